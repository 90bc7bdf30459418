using Microsoft.CodeAnalysis;

namespace SupervisionModels.Hosting.Sources;

/// <summary>
/// A compiler diagnostic of a source plugin, kept relative to the plugin folder so that a cached compilation reports
/// its warnings under whatever path the folder is given by next time.
/// </summary>
/// <param name="RelativePath">The file, relative to the plugin folder; null for diagnostics without a source location.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Id">The compiler's id (<c>CS1002</c>).</param>
/// <param name="Message">The compiler's message, in invariant culture.</param>
internal sealed record SourceDiagnostic(string? RelativePath, int Line, int Column, DiagnosticSeverity Severity, string Id, string Message)
{
    /// <summary><c>path:line:col: error CSxxxx: message</c>, the path joined to <paramref name="directory"/> as the user gave it.</summary>
    public string Format(string directory)
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return RelativePath is null
            ? $"{directory}: {severity} {Id}: {Message}"
            : $"{Path.Combine(directory, RelativePath)}:{Line}:{Column}: {severity} {Id}: {Message}";
    }
}
