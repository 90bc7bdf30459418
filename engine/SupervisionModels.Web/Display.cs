using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using SupervisionModels.Leads;
using SupervisionModels.Reporting.Masking;

namespace SupervisionModels.Web;

/// <summary>
/// How the pages show personal data: masked (the reports' one rule, <see cref="PersonalData"/>) unless the viewer has
/// the unmask permission and asked for it; then every such view is recorded in the lead's history by the page.
/// </summary>
public sealed class Masking(bool unmasked, IReadOnlyCollection<string> personNames)
{
    public bool Unmasked { get; } = unmasked;

    public static Masking For(ClaimsPrincipal user, bool requested, IEnumerable<Lead> leads) =>
        new(requested && CanUnmask(user), PersonalData.PersonNames(leads));

    public static bool CanUnmask(ClaimsPrincipal user) => user.HasClaim(Roles.UnmaskClaim, "true");

    public string Name(string name, string kind) => Unmasked ? name : PersonalData.Name(name, kind);

    public string Key(string key) => Unmasked ? key : PersonalData.Key(key);

    public string Text(string text) => Unmasked ? text : PersonalData.Text(text, personNames);

    /// <summary>An excerpt as HTML, its 【matched words】 in &lt;mark&gt; (the text is encoded first, then marked).</summary>
    public IHtmlContent Excerpt(string excerpt)
    {
        var text = Text(excerpt);
        var html = new StringBuilder();
        var rest = text.AsSpan();
        while (rest.Length > 0)
        {
            var open = rest.IndexOf('【');
            var close = open < 0 ? -1 : rest[open..].IndexOf('】');
            if (open < 0 || close < 0)
            {
                html.Append(Html.Encoder.Encode(rest.ToString()));
                break;
            }

            html.Append(Html.Encoder.Encode(rest[..open].ToString()))
                .Append("<mark>").Append(Html.Encoder.Encode(rest.Slice(open + 1, close - 1).ToString())).Append("</mark>");
            rest = rest[(open + close + 1)..];
        }

        return new HtmlString(html.ToString());
    }
}

/// <summary>The pages' HTML encoder: markup characters escaped, Chinese written as it is (the default writes entities).</summary>
internal static class Html
{
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
}

/// <summary>Numbers and times as the pages write them.</summary>
public static class Format
{
    public static string Score(double score) => score.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Time(DateTimeOffset time) => time.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}

/// <summary>Charts drawn on the server as SVG (as the HTML report does): no script, nothing loaded from elsewhere.</summary>
public static class SvgCharts
{
    /// <summary>Horizontal bars, one per row, scaled to <paramref name="max"/>; each bar's value written beside it.</summary>
    public static IHtmlContent Bars(string title, IReadOnlyList<(string Label, double Value, string Text)> rows, double max)
    {
        const int labelWidth = 150, barWidth = 360, rowHeight = 26;
        var height = Math.Max(1, rows.Count) * rowHeight + 30;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-label=\"{Encode(title)}\" viewBox=\"0 0 {labelWidth + barWidth + 90} {height}\" width=\"{labelWidth + barWidth + 90}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"16\" font-size=\"14\" font-weight=\"bold\" fill=\"#222\">{Encode(title)}</text>");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, value, text) = rows[i];
            var y = 30 + i * rowHeight;
            var width = max <= 0 ? 0 : Math.Round(barWidth * Math.Clamp(value / max, 0, 1), 1);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 15}\" font-size=\"13\" fill=\"#333\">{Encode(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 2}\" width=\"{width}\" height=\"{rowHeight - 8}\" fill=\"#1f5fa8\"><title>{Encode(label)}: {Encode(text)}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + width + 6}\" y=\"{y + 15}\" font-size=\"13\" fill=\"#333\">{Encode(text)}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Encode(string text) => Html.Encoder.Encode(text);
}
