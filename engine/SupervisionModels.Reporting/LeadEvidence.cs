using SupervisionModels.Leads;

namespace SupervisionModels.Reporting;

/// <summary>One record behind a lead, shown once, with every rule of the lead it supports.</summary>
/// <param name="Dataset">The dataset the record comes from.</param>
/// <param name="RecordKey">The record's key in that dataset.</param>
/// <param name="RuleIds">The rules it supports, in the lead's rule order.</param>
/// <param name="Excerpt">The excerpt around the matched words, when a keyword condition read the record.</param>
/// <param name="MatchedWords">The keywords found in it.</param>
/// <param name="Match">How a join on an entity key tied it to the others, when one did.</param>
/// <param name="Probability">The classifier's probability, when one was used.</param>
public sealed record EvidenceRecord(
    string Dataset, string RecordKey, IReadOnlyList<string> RuleIds, string? Excerpt, IReadOnlyList<string> MatchedWords, string? Match, double? Probability);

/// <summary>
/// A lead's evidence as people read it. The lead stores evidence per rule, so a judgment behind six rules is there six
/// times with its excerpt; a reader wants each record once, saying which rules it supports.
/// </summary>
public static class LeadEvidence
{
    /// <summary>Each record once, grouped by dataset in the order the datasets first appear, records in their first order.</summary>
    public static IReadOnlyList<EvidenceRecord> Records(Lead lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var ruleOrder = lead.Rules.Select(r => r.RuleId).ToList();
        return lead.Evidence
            .GroupBy(e => (e.Dataset, e.RecordKey))
            .GroupBy(g => g.Key.Dataset, StringComparer.Ordinal)
            .SelectMany(dataset => dataset)
            .Select(g => new EvidenceRecord(
                g.Key.Dataset,
                g.Key.RecordKey,
                g.Select(e => e.RuleId).Distinct(StringComparer.Ordinal).OrderBy(id => ruleOrder.IndexOf(id) is var i && i < 0 ? int.MaxValue : i).ToArray(),
                g.Select(e => e.Excerpt).FirstOrDefault(x => x is not null),
                g.SelectMany(e => e.MatchedWords).Distinct(StringComparer.Ordinal).ToArray(),
                g.Select(e => e.Match).FirstOrDefault(x => x is not null),
                g.Max(e => e.Probability)))
            .ToArray();
    }

    /// <summary>
    /// How many records a rule stands on. A group rule (同一原告起诉 ≥ 2 件) fires once for its group, so its binding
    /// count is 1 for four suits; the suits are the distinct records of the first dataset in its evidence (the facts it
    /// matched; the datasets after it are what joins brought in). The larger of the two is the count a reader expects.
    /// </summary>
    public static int Count(Lead lead, LeadRule rule)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(rule);
        var evidence = lead.Evidence.Where(e => e.RuleId == rule.RuleId).ToArray();
        if (evidence.Length == 0)
        {
            return rule.Matches;
        }

        var matched = evidence[0].Dataset;
        var records = evidence.Where(e => e.Dataset == matched).Select(e => e.RecordKey).Distinct(StringComparer.Ordinal).Count();
        return Math.Max(rule.Matches, records);
    }
}
