using SupervisionModels.Reporting.Writers;
using SupervisionModels.Runtime.IO;

namespace SupervisionModels.Reporting;

/// <summary>Writes a report in a format, atomically: an interrupted export leaves the old file or none, never half of one.</summary>
public static class ReportWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="path"/> as <paramref name="format"/>.</summary>
    public static Task WriteAsync(LeadReport report, ReportFormat format, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return AtomicFile.WriteAsync(path, (stream, ct) => WriteAsync(report, format, stream, ct), cancellationToken);
    }

    /// <summary>Writes <paramref name="report"/> to a stream as <paramref name="format"/>.</summary>
    public static Task WriteAsync(LeadReport report, ReportFormat format, Stream stream, CancellationToken cancellationToken = default) => format switch
    {
        ReportFormat.Csv => CsvReportWriter.WriteAsync(report, stream, cancellationToken),
        ReportFormat.Json => JsonReportWriter.WriteAsync(report, stream, cancellationToken),
        ReportFormat.Xlsx => XlsxReportWriter.WriteAsync(report, stream, cancellationToken),
        ReportFormat.Html => HtmlReportWriter.WriteAsync(report, stream, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown report format"),
    };
}
