using SupervisionModels.Reporting.Masking;

namespace SupervisionModels.Reporting;

/// <summary>
/// What a lead book export adds to a report: each lead's state in the workflow with its history, and the outcome
/// figures (成案率) per model and rule. Null in a report made from a leads file, which has no workflow.
/// </summary>
/// <param name="States">Each lead's state, by lead id.</param>
/// <param name="Outcomes">The outcome figures, per model (rule null) and per rule that closed leads fired.</param>
public sealed record ReportWorkflow(IReadOnlyDictionary<string, LeadState> States, IReadOnlyList<OutcomeRow> Outcomes)
{
    /// <summary>The state of a lead, or null when the export has none for it.</summary>
    public LeadState? For(string leadId) => States.TryGetValue(leadId, out var state) ? state : null;

    /// <summary>The same workflow with the persons' names, ids, phones and addresses masked in reasons and history.</summary>
    internal ReportWorkflow Masked(IReadOnlyCollection<string> personNames)
    {
        string? M(string? text) => text is null ? null : PersonalData.Text(text, personNames);
        return this with
        {
            States = States.ToDictionary(p => p.Key, p => p.Value with
            {
                OutcomeReason = M(p.Value.OutcomeReason),
                History = [.. p.Value.History.Select(e => e with { OldValue = M(e.OldValue), NewValue = M(e.NewValue), Note = M(e.Note) })],
            }, StringComparer.Ordinal),
        };
    }
}

/// <summary>A lead's state in the lead book.</summary>
/// <param name="Status">待核查, 核查中 or 办结.</param>
/// <param name="Outcome">On 办结: 成案, 不成案 or 移送.</param>
/// <param name="OutcomeReason">Why it is 不成案.</param>
/// <param name="ReferredTo">The receiving body of a 移送.</param>
/// <param name="Assignee">The handler (承办人).</param>
/// <param name="Department">The department (承办部门).</param>
/// <param name="DueDate">The due date, yyyy-MM-dd.</param>
/// <param name="Overdue">True when the due date has passed and the lead is not closed.</param>
/// <param name="Flags">有新证据, 最近一次运行未再发现.</param>
/// <param name="Version">The lead's version in the book.</param>
/// <param name="History">Its events, oldest first.</param>
public sealed record LeadState(
    string Status, string? Outcome, string? OutcomeReason, string? ReferredTo, string? Assignee, string? Department, string? DueDate, bool Overdue,
    IReadOnlyList<string> Flags, int Version, IReadOnlyList<LeadHistoryEntry> History)
{
    /// <summary>The outcome in words: 成案, 不成案：reason, 移送 → body; empty while open.</summary>
    public string OutcomeText => Outcome is null ? string.Empty : Outcome + (ReferredTo is null ? string.Empty : " → " + ReferredTo) + (OutcomeReason is null ? string.Empty : "：" + OutcomeReason);
}

/// <summary>One event of a lead's history: who did what when, old and new values, a note.</summary>
public sealed record LeadHistoryEntry(DateTimeOffset At, string Actor, string Kind, string? OldValue, string? NewValue, string? Note);

/// <summary>Closed leads as a measure of a model or rule: closed, 成案 and 成案率, 移送, 不成案 share by reason, median days to close.</summary>
public sealed record OutcomeRow(
    string ModelId, string? RuleId, int Closed, int Cases, double CaseRate, int Referred, IReadOnlyDictionary<string, double> NotCaseShareByReason, double MedianDaysToClose)
{
    /// <summary>The 不成案 shares in words, largest first: 债务真实 66.7%; ….</summary>
    public string NotCaseText => string.Join("；", NotCaseShareByReason.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
        .Select(p => (p.Key.Length == 0 ? "（未写原因）" : p.Key) + " " + p.Value.ToString("0.0%", System.Globalization.CultureInfo.InvariantCulture)));
}
