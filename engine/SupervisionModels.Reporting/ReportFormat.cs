namespace SupervisionModels.Reporting;

/// <summary>The report formats.</summary>
public enum ReportFormat
{
    /// <summary>Excel workbook: a summary sheet, a sheet per model, an evidence sheet.</summary>
    Xlsx,

    /// <summary>One self-contained HTML page with sorting, filtering and inline SVG charts.</summary>
    Html,

    /// <summary>UTF-8 with a byte-order mark, one lead a row.</summary>
    Csv,

    /// <summary>The report header and the leads in the documented lead format.</summary>
    Json,
}

/// <summary>Names and file extensions of the formats.</summary>
public static class ReportFormats
{
    /// <summary>The format names, as the command line takes them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["xlsx", "html", "csv", "json"];

    /// <summary>The format named <paramref name="name"/> (xlsx, html, htm, csv, json; any case), or null.</summary>
    public static ReportFormat? Parse(string name) => name.Trim().TrimStart('.').ToLowerInvariant() switch
    {
        "xlsx" => ReportFormat.Xlsx,
        "html" or "htm" => ReportFormat.Html,
        "csv" => ReportFormat.Csv,
        "json" => ReportFormat.Json,
        _ => null,
    };

    /// <summary>The format a file's extension names, or null.</summary>
    public static ReportFormat? FromPath(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Length == 0 ? null : Parse(extension);
    }
}
