using System.Text;

namespace SupervisionModels.Reporting.Writers;

/// <summary>
/// One lead a row, all models together, with a header row. UTF-8 with a byte-order mark, so that Excel in a Chinese
/// locale opens it as UTF-8 rather than GBK; CRLF line ends and RFC 4180 quoting, as Excel writes CSV.
/// </summary>
internal static class CsvReportWriter
{
    public static async Task WriteAsync(LeadReport report, Stream stream, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(Line(LeadText.Columns)).ConfigureAwait(false);
        foreach (var lead in report.Leads)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(Line(LeadText.Row(lead))).ConfigureAwait(false);
        }
    }

    private static string Line(IEnumerable<string> values) => string.Join(",", values.Select(Field));

    /// <summary>
    /// A field, quoted when it holds a comma, quote or line break. Text that a spreadsheet would take for a formula
    /// (=, +, -, @ first) is prefixed with an apostrophe: a lead's name comes from the data and must not run.
    /// </summary>
    internal static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '@' || (value.Length > 1 && value[0] == '-' && !char.IsAsciiDigit(value[1])))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
