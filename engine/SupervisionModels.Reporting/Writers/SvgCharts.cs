using System.Globalization;
using System.Text;

namespace SupervisionModels.Reporting.Writers;

/// <summary>Small charts as inline SVG: no script, no fonts or images to fetch, and they print.</summary>
internal static class SvgCharts
{
    private const int Width = 400;
    private const int LabelWidth = 170;
    private const int BarHeight = 18;
    private const int Gap = 6;

    /// <summary>A horizontal bar per label, longest first as given, with the value at the end of each bar.</summary>
    public static string HorizontalBars(string id, string title, IReadOnlyList<(string Label, int Value)> bars)
    {
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var height = 30 + (bars.Count * (BarHeight + Gap));
        var sb = Open(id, title, height);
        var y = 30;
        foreach (var (label, value) in bars)
        {
            var length = (int)Math.Round((Width - LabelWidth - 40) * (double)value / max);
            sb.Append("<text x=\"").Append(LabelWidth - 6).Append("\" y=\"").Append(y + 13).Append("\" text-anchor=\"end\" class=\"label\">")
              .Append(HtmlReportWriter.E(Shorten(label, 14))).Append("<title>").Append(HtmlReportWriter.E(label)).Append("</title></text>")
              .Append("<rect class=\"bar\" x=\"").Append(LabelWidth).Append("\" y=\"").Append(y).Append("\" width=\"").Append(Math.Max(1, length))
              .Append("\" height=\"").Append(BarHeight).Append("\"><title>").Append(HtmlReportWriter.E(label)).Append(": ").Append(value).Append("</title></rect>")
              .Append("<text x=\"").Append(LabelWidth + Math.Max(1, length) + 4).Append("\" y=\"").Append(y + 13).Append("\" class=\"value\">").Append(value).Append("</text>\n");
            y += BarHeight + Gap;
        }

        return Close(sb);
    }

    /// <summary>A histogram of <paramref name="values"/> in buckets of <paramref name="bucket"/> (0–9, 10–19…).</summary>
    public static string Histogram(string id, string title, IReadOnlyList<double> values, int bucket)
    {
        var top = values.Count == 0 ? 0 : (int)(values.Max() / bucket);
        var low = values.Count == 0 ? 0 : (int)(values.Min() / bucket);
        var counts = new int[top - low + 1];
        foreach (var v in values)
        {
            counts[(int)(v / bucket) - low]++;
        }

        const int height = 200;
        const int plotTop = 30;
        const int plotBottom = height - 30;
        var max = Math.Max(1, counts.Max());
        var slot = (Width - 40) / (double)counts.Length;
        var sb = Open(id, title, height);
        sb.Append("<line x1=\"20\" x2=\"").Append(Width - 20).Append("\" y1=\"").Append(plotBottom).Append("\" y2=\"").Append(plotBottom).Append("\" class=\"axis\"/>\n");
        for (var i = 0; i < counts.Length; i++)
        {
            var from = (low + i) * bucket;
            var barHeight = (int)Math.Round((plotBottom - plotTop - 14) * (double)counts[i] / max);
            var x = 20 + (i * slot) + 2;
            var w = Math.Max(2, slot - 4);
            var range = string.Create(CultureInfo.InvariantCulture, $"{from}–{from + bucket - 1}");
            sb.Append("<rect class=\"bar\" x=\"").Append(F(x)).Append("\" y=\"").Append(plotBottom - barHeight).Append("\" width=\"").Append(F(w))
              .Append("\" height=\"").Append(barHeight).Append("\"><title>").Append(range).Append(" 分: ").Append(counts[i]).Append(" 条</title></rect>");
            if (counts[i] > 0)
            {
                sb.Append("<text x=\"").Append(F(x + (w / 2))).Append("\" y=\"").Append(plotBottom - barHeight - 3).Append("\" text-anchor=\"middle\" class=\"value\">").Append(counts[i]).Append("</text>");
            }

            if (counts.Length <= 12 || i % 2 == 0)
            {
                sb.Append("<text x=\"").Append(F(x + (w / 2))).Append("\" y=\"").Append(plotBottom + 14).Append("\" text-anchor=\"middle\" class=\"label\">").Append(from).Append("</text>");
            }

            sb.Append('\n');
        }

        sb.Append("<text x=\"").Append(Width - 20).Append("\" y=\"").Append(height - 2).Append("\" text-anchor=\"end\" class=\"label\">分值（每档 ").Append(bucket).Append(" 分）</text>\n");
        return Close(sb);
    }

    private static StringBuilder Open(string id, string title, int height) => new StringBuilder()
        .Append("<figure class=\"chart\"><svg id=\"").Append(id).Append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height)
        .Append("\" width=\"").Append(Width).Append("\" height=\"").Append(height).Append("\" role=\"img\" aria-label=\"").Append(HtmlReportWriter.E(title)).Append("\">")
        .Append("<text x=\"0\" y=\"16\" class=\"title\">").Append(HtmlReportWriter.E(title)).Append("</text>\n");

    private static string Close(StringBuilder sb) => sb.Append("</svg></figure>\n").ToString();

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Shorten(string label, int max) => label.Length <= max ? label : label[..(max - 1)] + "…";
}
