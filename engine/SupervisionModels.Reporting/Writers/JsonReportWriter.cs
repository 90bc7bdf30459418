using System.Text.Json;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Reporting.Writers;

/// <summary>
/// One JSON document: <c>{"report": header, "leads": [lead, …]}</c>, the leads in the documented lead format (the
/// same fields as <c>leads.jsonl</c>, masked unless <c>--unmask</c>), the header with the run record when there is one.
/// </summary>
internal static class JsonReportWriter
{
    private static readonly JsonSerializerOptions Indented = new(LeadJson.Options) { WriteIndented = true };

    public static Task WriteAsync(LeadReport report, Stream stream, CancellationToken cancellationToken)
    {
        var header = report.Header;
        var document = new
        {
            report = new
            {
                title = header.Title,
                generatedAt = header.GeneratedAt,
                runStartedAt = header.RunStartedAt, // the run's start in the same time zone as generatedAt
                source = header.Source,
                dataDirectory = header.DataFolder,
                leadCount = header.LeadCount,
                masked = !header.Unmasked,
                masking = header.MaskingNote,
                leadsPerModel = report.Models.ToDictionary(m => m.ModelId, m => m.Leads.Count, StringComparer.Ordinal),
                run = header.Run,
                runNote = header.Run is null ? ReportHeader.NoRunRecordNote : null,
            },
            leads = report.Leads,
        };
        return JsonSerializer.SerializeAsync(stream, document, Indented, cancellationToken);
    }
}
