using SupervisionModels.Leads;

namespace SupervisionModels.Reporting.Diff;

/// <summary>
/// Two runs' leads compared by their stable ids (model, subject and role): the leads only the new run has, those both
/// have (with the old and new score and rank), and those only the old run had.
/// </summary>
/// <param name="New">Leads only in the new run, by model and rank.</param>
/// <param name="Unchanged">Leads in both runs (the id is the same; score, rank and evidence may have moved), by model and new rank.</param>
/// <param name="Gone">Leads only in the old run, by model and old rank.</param>
public sealed record LeadDiff(IReadOnlyList<Lead> New, IReadOnlyList<LeadPair> Unchanged, IReadOnlyList<Lead> Gone)
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
}
