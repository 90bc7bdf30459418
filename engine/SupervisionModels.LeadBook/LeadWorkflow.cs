namespace SupervisionModels.LeadBook;

/// <summary>
/// The lead's workflow, in code: 待核查 → 核查中 → 办结, and 办结 → 核查中 to reopen. The outcome is kept apart from the
/// status (as Marble's case manager does): it is set on 办结 and cleared on reopening, its history kept in the events.
/// </summary>
public static class LeadWorkflow
{
    /// <summary>Not yet taken up (待核查).</summary>
    public const string Pending = "待核查";

    /// <summary>Being checked by its handler (核查中).</summary>
    public const string Investigating = "核查中";

    /// <summary>Closed with an outcome (办结); read-only until reopened.</summary>
    public const string Closed = "办结";

    /// <summary>Outcome: became a supervision case (成案).</summary>
    public const string Case = "成案";

    /// <summary>Outcome: not a case (不成案); a reason is required.</summary>
    public const string NotCase = "不成案";

    /// <summary>Outcome: referred to another body (移送); the receiving body is required.</summary>
    public const string Referred = "移送";

    /// <summary>The statuses in workflow order.</summary>
    public static IReadOnlyList<string> Statuses { get; } = [Pending, Investigating, Closed];

    /// <summary>The outcomes a closed lead can have.</summary>
    public static IReadOnlyList<string> Outcomes { get; } = [Case, NotCase, Referred];

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Allowed = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [Pending] = [Investigating],
        [Investigating] = [Closed],
        [Closed] = [Investigating],
    };

    private static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["pending"] = Pending, ["investigating"] = Investigating, ["closed"] = Closed, ["reopen"] = Investigating,
        ["case"] = Case, ["not-case"] = NotCase, ["notcase"] = NotCase, ["referred"] = Referred,
    };

    /// <summary>The statuses a lead in <paramref name="status"/> may move to.</summary>
    public static IReadOnlyList<string> AllowedFrom(string status) => Allowed.TryGetValue(status, out var next) ? next : [];

    /// <summary>A status as the user typed it (Chinese, or pending/investigating/closed/reopen), or an error listing them.</summary>
    public static string ParseStatus(string value) => Normalize(value, Statuses, "status");

    /// <summary>An outcome as the user typed it (Chinese, or case/not-case/referred), or an error listing them.</summary>
    public static string ParseOutcome(string value) => Normalize(value, Outcomes, "outcome");

    private static string Normalize(string value, IReadOnlyList<string> known, string what)
    {
        var trimmed = value.Trim();
        if (known.Contains(trimmed, StringComparer.Ordinal))
        {
            return trimmed;
        }

        return Aliases.TryGetValue(trimmed, out var alias) && known.Contains(alias, StringComparer.Ordinal)
            ? alias
            : throw new LeadBookException($"unknown {what} '{value}': use one of {string.Join(", ", known)}.");
    }

    /// <summary>
    /// Checks a status change and its outcome fields; an error names the lead, its state and what is allowed.
    /// Returns the outcome fields the lead gets (all null unless closing).
    /// </summary>
    public static (string? Outcome, string? Reason, string? ReferredTo) Check(string leadId, string current, StatusChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var allowed = AllowedFrom(current);
        if (!allowed.Contains(change.Status, StringComparer.Ordinal))
        {
            var options = allowed.Count == 0 ? "none" : string.Join(", ", allowed);
            throw new LeadTransitionException($"lead {leadId} is {current}: cannot move to {change.Status}; allowed from {current}: {options}.");
        }

        if (change.Status != Closed)
        {
            if (change.Outcome is not null)
            {
                throw new LeadTransitionException($"lead {leadId}: an outcome is given only when closing ({Closed}), not when moving to {change.Status}.");
            }

            return (null, null, null);
        }

        return change.Outcome switch
        {
            null => throw new LeadTransitionException($"lead {leadId}: closing ({Closed}) needs an outcome: {string.Join(", ", Outcomes)}."),
            NotCase when string.IsNullOrWhiteSpace(change.Reason) => throw new LeadTransitionException($"lead {leadId}: {NotCase} needs a reason (--reason)."),
            Referred when string.IsNullOrWhiteSpace(change.ReferredTo) => throw new LeadTransitionException($"lead {leadId}: {Referred} needs the receiving body (--to)."),
            NotCase => (NotCase, change.Reason!.Trim(), null),
            Referred => (Referred, change.Reason?.Trim(), change.ReferredTo!.Trim()),
            _ => (change.Outcome, change.Reason?.Trim(), null),
        };
    }
}

/// <summary>A requested status change: the target status and, when closing, the outcome with its reason or receiving body.</summary>
public sealed record StatusChange(string Status, string? Outcome = null, string? Reason = null, string? ReferredTo = null);
