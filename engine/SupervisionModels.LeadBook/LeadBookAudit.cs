using System.Globalization;
using SupervisionModels.Runtime.Audit;

namespace SupervisionModels.LeadBook;

/// <summary>
/// One change to the lead book as the audit log records it: the action in the words of the CLI verb that does it
/// (<c>leads assign</c>), who did it and when, the lead, the facts (old → new), and the equivalent command line, so
/// that a change made in the web workbench reads in <c>audit show</c> like one made on the command line.
/// </summary>
/// <param name="Action">The verb: <c>leads import</c>, <c>leads claim</c>, <c>leads assign</c>, <c>leads status</c>, <c>leads note</c>, <c>leads suppress</c>, <c>leads users add</c>, <c>leads departments add</c>.</param>
/// <param name="Actor">Who made the change.</param>
/// <param name="At">When (the book's clock).</param>
/// <param name="Book">The book, as messages name it (never a password).</param>
/// <param name="LeadId">The lead changed; null for an import or a user or department added.</param>
/// <param name="Details">What changed: <c>leadId</c>, <c>version</c>, and one entry per event (<c>status</c> = 待核查 → 核查中).</param>
/// <param name="CommandLine">The CLI command that makes the same change.</param>
public sealed record LeadBookChange(string Action, string Actor, DateTimeOffset At, string Book, string? LeadId, IReadOnlyList<AuditDetail> Details, IReadOnlyList<string> CommandLine)
{
    /// <summary>Leads per model that the change put in the book (an import); empty otherwise.</summary>
    public IReadOnlyList<AuditLeadCount> LeadCounts { get; init; } = [];
}

/// <summary>
/// Where a lead book reports each change. The book calls it inside the change's transaction, after every check and
/// write and before the commit: a sink that throws rolls the change back, so the book never holds a change its audit
/// log lacks (a commit failing after the entry is written leaves an entry for a change that did not happen, which a
/// reader of the log can tell from the book).
/// </summary>
public interface ILeadBookAuditSink
{
    /// <summary>Records <paramref name="change"/>; throws when it cannot.</summary>
    Task RecordAsync(LeadBookChange change, CancellationToken cancellationToken);
}

/// <summary>The audit sink that appends each change to a hash-chained audit log (<see cref="AuditLog"/>), as the CLI's commands are.</summary>
public sealed class AuditLogSink : ILeadBookAuditSink
{
    private readonly Action<string>? onWarning;

    /// <summary>A sink appending to the audit log at <paramref name="path"/>; <paramref name="onWarning"/> hears of a torn last line the append found.</summary>
    public AuditLogSink(string path, Action<string>? onWarning = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        this.onWarning = onWarning;
    }

    /// <summary>The audit log's full path.</summary>
    public string Path { get; }

    /// <summary>The audit log beside a SQLite book (<c>DATA/.supervise/audit.jsonl</c> for the default book), or that of <paramref name="dataDirectory"/> for PostgreSQL.</summary>
    public static string DefaultPathFor(LeadBookLocation location, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.FilePath is { } file
            ? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(file)!, AuditLog.FileName)
            : AuditLog.DefaultPathFor(dataDirectory);
    }

    /// <inheritdoc />
    public async Task RecordAsync(LeadBookChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var entry = AuditEntry.ForCommand(change.Action, change.CommandLine, change.Actor) with
        {
            Time = change.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            Details = [new AuditDetail("book", change.Book), .. change.Details],
            LeadCounts = change.LeadCounts,
            ExitCode = 0,
        };
        var (_, warning) = await AuditLog.AppendAsync(Path, entry, cancellationToken).ConfigureAwait(false);
        if (warning is not null)
        {
            onWarning?.Invoke(warning);
        }
    }
}
