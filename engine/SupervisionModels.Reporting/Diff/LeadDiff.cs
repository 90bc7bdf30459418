using SupervisionModels.Leads;

namespace SupervisionModels.Reporting.Diff;

/// <summary>
/// Two runs' leads compared by their stable ids (model, subject and role): the leads only the new run has, those both
/// have (with the old and new score, rank, rules and evidence), and those only the old run had.
/// </summary>
/// <param name="New">Leads only in the new run, by model and rank.</param>
/// <param name="Kept">Leads in both runs (the id is the same; score, rank, rules and evidence may have changed: see <see cref="LeadPair.Changed"/>), by model and new rank.</param>
/// <param name="Gone">Leads only in the old run, by model and old rank.</param>
public sealed record LeadDiff(IReadOnlyList<Lead> New, IReadOnlyList<LeadPair> Kept, IReadOnlyList<Lead> Gone)
{
    /// <summary>Compares <paramref name="oldLeads"/> with <paramref name="newLeads"/>.</summary>
    public static LeadDiff Compare(IReadOnlyList<Lead> oldLeads, IReadOnlyList<Lead> newLeads)
    {
        ArgumentNullException.ThrowIfNull(oldLeads);
        ArgumentNullException.ThrowIfNull(newLeads);
        var before = ById(oldLeads);
        var after = ById(newLeads);
        return new LeadDiff(
            Order(after.Values.Where(l => !before.ContainsKey(l.LeadId))),
            after.Values.Where(l => before.ContainsKey(l.LeadId)).Select(l => new LeadPair(before[l.LeadId], l))
                .OrderBy(p => p.New.ModelId, StringComparer.Ordinal).ThenBy(p => p.New.Rank).ToArray(),
            Order(before.Values.Where(l => !after.ContainsKey(l.LeadId))));
    }

    /// <summary>The leads in both runs whose score, rank, rules or evidence changed.</summary>
    public IReadOnlyList<LeadPair> Changed => Kept.Where(p => p.Changed).ToArray();

    /// <summary>The leads in both runs with the same score, rank, rules and evidence records.</summary>
    public IReadOnlyList<LeadPair> Unchanged => Kept.Where(p => !p.Changed).ToArray();

    private static Dictionary<string, Lead> ById(IReadOnlyList<Lead> leads)
    {
        var map = new Dictionary<string, Lead>(StringComparer.Ordinal);
        foreach (var lead in leads)
        {
            map.TryAdd(lead.LeadId, lead); // a leads file has each id once; a hand-edited one keeps its first
        }

        return map;
    }

    private static Lead[] Order(IEnumerable<Lead> leads) =>
        leads.OrderBy(l => l.ModelId, StringComparer.Ordinal).ThenBy(l => l.Rank).ToArray();
}

/// <summary>The same lead in the old and the new run.</summary>
/// <param name="Old">As the old run had it.</param>
/// <param name="New">As the new run has it.</param>
public sealed record LeadPair(Lead Old, Lead New)
{
    /// <summary>True when the score or rank moved.</summary>
    public bool Moved => Math.Abs(Old.Score - New.Score) > 1e-9 || Old.Rank != New.Rank;

    /// <summary>Rules the new run fired and the old did not.</summary>
    public IReadOnlyList<string> RulesAdded => New.Rules.Select(r => r.RuleId).Except(Old.Rules.Select(r => r.RuleId), StringComparer.Ordinal).ToArray();

    /// <summary>Rules the old run fired and the new does not.</summary>
    public IReadOnlyList<string> RulesRemoved => Old.Rules.Select(r => r.RuleId).Except(New.Rules.Select(r => r.RuleId), StringComparer.Ordinal).ToArray();

    /// <summary>Evidence records (dataset and record key) only the new run has.</summary>
    public int EvidenceAdded => Records(New).Except(Records(Old)).Count();

    /// <summary>Evidence records (dataset and record key) only the old run had.</summary>
    public int EvidenceRemoved => Records(Old).Except(Records(New)).Count();

    /// <summary>True when anything a reader acts on changed: score, rank, the rules fired or the evidence records.</summary>
    public bool Changed => Moved || RulesAdded.Count > 0 || RulesRemoved.Count > 0 || EvidenceAdded > 0 || EvidenceRemoved > 0;

    private static HashSet<(string, string)> Records(Lead lead) => lead.Evidence.Select(e => (e.Dataset, e.RecordKey)).ToHashSet();
}
