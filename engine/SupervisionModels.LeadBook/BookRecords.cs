using System.Text.Json;
using SupervisionModels.Leads;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.LeadBook;

/// <summary>A lead as the book keeps it: the lead as last imported, and its state in the workflow.</summary>
public sealed record BookLead(
    string LeadId,
    string ModelId,
    string ModelVersion,
    string SubjectKey,
    string SubjectName,
    string SubjectKind,
    string SubjectRole,
    double Score,
    int Rank,
    IReadOnlyList<string> RuleIds,
    int EvidenceCount,
    string Status,
    string? Outcome,
    string? OutcomeReason,
    string? ReferredTo,
    string? Assignee,
    string? Department,
    string? DueDate,
    bool HasNewEvidence,
    bool MissingFromLatestRun,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt,
    DateTimeOffset? ClosedAt,
    int Version,
    string UpdatedBy,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The lead as its last import wrote it (JSON Lines format).</summary>
    public required string LeadJsonText { get; init; }

    /// <summary>The lead as its last import wrote it.</summary>
    public Lead ToLead() => JsonSerializer.Deserialize<Lead>(LeadJsonText, LeadJson.Options)!;

    /// <summary>True when the lead is not closed and its due date lies before <paramref name="now"/>'s UTC date (due dates are UTC dates, as imports set them).</summary>
    public bool IsOverdueOn(DateTimeOffset now) =>
        Status != LeadWorkflow.Closed && DueDate is { } due
        && string.CompareOrdinal(due, now.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) < 0;

    /// <summary>The flags people see beside the status: 有新证据, 最近一次运行未再发现.</summary>
    public IReadOnlyList<string> Flags =>
        [.. HasNewEvidence ? ["有新证据"] : Array.Empty<string>(), .. MissingFromLatestRun ? ["最近一次运行未再发现"] : Array.Empty<string>()];
}

/// <summary>One entry of a lead's history: who did what when, the old and new values, and a note.</summary>
public sealed record LeadEvent(long EventId, string LeadId, DateTimeOffset At, string Actor, string Kind, string? OldValue, string? NewValue, string? Note, long? RunId);

/// <summary>What <c>leads list</c> filters on; null means any.</summary>
public sealed record LeadQuery(string? Status = null, string? ModelId = null, string? Assignee = null, int? Limit = null);

/// <summary>Where an imported run came from.</summary>
/// <param name="LeadsFile">The leads file, as the user named it.</param>
/// <param name="LeadsSha256">The leads file's SHA-256 from its run record, when there is one.</param>
/// <param name="ModelIds">The models the run ran: their leads that the run did not find again are flagged.</param>
/// <param name="RunRecordJson">The run record, stored as it is.</param>
public sealed record RunImport(string LeadsFile, string? LeadsSha256, IReadOnlyList<string> ModelIds, string? RunRecordJson);

/// <summary>What an import did.</summary>
public sealed record ImportResult(long RunId, int Added, int SeenAgain, int WithNewEvidence, int NoLongerFound, int SuppressedRules, int SuppressedLeads);

/// <summary>Options of a lead book: the clock, and the default due date per model (days from first import).</summary>
public sealed record LeadBookOptions
{
    /// <summary>The clock (tests move it).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Days from a lead's first import to its due date, when its model has no entry in <see cref="DueDaysByModel"/>.</summary>
    public int DefaultDueDays { get; init; } = 30;

    /// <summary>Days to the due date per model id.</summary>
    public IReadOnlyDictionary<string, int> DueDaysByModel { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Where every change is reported for the audit log (<see cref="AuditLogSink"/>), inside the change's transaction:
    /// a sink that fails rolls the change back. Null: changes are recorded in the lead's history only.
    /// </summary>
    public ILeadBookAuditSink? Audit { get; init; }

    /// <summary>Statements per round trip on import, instead of the dialect's (the leadbook benchmark measures 1 against the batch).</summary>
    internal int? ImportBatchSize { get; init; }

    internal int DueDaysFor(string modelId) => DueDaysByModel.TryGetValue(modelId, out var days) ? days : DefaultDueDays;
}
