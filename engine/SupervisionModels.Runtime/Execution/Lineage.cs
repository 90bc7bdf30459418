using SupervisionModels.Runtime.Text;

namespace SupervisionModels.Runtime.Execution;

/// <summary>A dataset record behind a fact: the evidence a lead cites.</summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="RecordKey">The record's key.</param>
/// <param name="Text">The keyword match on the record's text, if a text condition read it.</param>
/// <param name="Match">How an entity-key join tied the record in (idNumber, creditCode, normalizedName), if one did.</param>
internal sealed record EvidenceSeed(string Dataset, string RecordKey, TextMatch? Text, string? Match = null);

/// <summary>
/// The records a fact, a group or a binding stands on, and the weight factor they carry (below 1 when a classifier
/// judged a keyword hit out of context). Derived facts inherit their sources' lineage, so a lead about a plaintiff
/// still cites the judgments it was screened from.
/// </summary>
internal sealed class Lineage
{
    /// <summary>Enough evidence to verify a lead, not the whole history of a large group.</summary>
    public const int MaxSeeds = 64;

    public static readonly Lineage Empty = new([], 1.0);

    public Lineage(IReadOnlyList<EvidenceSeed> seeds, double factor)
    {
        Seeds = seeds;
        Factor = factor;
    }

    public IReadOnlyList<EvidenceSeed> Seeds { get; }

    public double Factor { get; }

    /// <summary>The lineage of facts used together (a binding): all seeds, and the weakest factor.</summary>
    public static Lineage Combine(IEnumerable<Lineage> parts) => Merge(parts, Math.Min);

    /// <summary>The lineage of a group: all members' seeds, and the strongest member's factor.</summary>
    public static Lineage Union(IEnumerable<Lineage> parts) => Merge(parts, Math.Max);

    private static Lineage Merge(IEnumerable<Lineage> parts, Func<double, double, double> fold)
    {
        // Most merges join two or three single-record lineages: dedupe with a linear scan, an index only for big groups.
        // When a record comes twice, the copy that carries a keyword match (or a match kind) is the one kept.
        var seeds = new List<EvidenceSeed>();
        Dictionary<(string, string), int>? index = null;
        double? factor = null;
        foreach (var part in parts)
        {
            factor = factor is null ? part.Factor : fold(factor.Value, part.Factor);
            foreach (var seed in part.Seeds)
            {
                if (index is null && seeds.Count >= 16)
                {
                    index = [];
                    for (var i = 0; i < seeds.Count; i++)
                    {
                        index[(seeds[i].Dataset, seeds[i].RecordKey)] = i;
                    }
                }

                var at = index is not null
                    ? index.GetValueOrDefault((seed.Dataset, seed.RecordKey), -1)
                    : seeds.FindIndex(s => s.RecordKey == seed.RecordKey && s.Dataset == seed.Dataset);
                if (at >= 0)
                {
                    var known = seeds[at];
                    if ((known.Text is null && seed.Text is not null) || (known.Match is null && seed.Match is not null))
                    {
                        seeds[at] = known with { Text = known.Text ?? seed.Text, Match = known.Match ?? seed.Match };
                    }
                }
                else if (seeds.Count < MaxSeeds)
                {
                    index?.Add((seed.Dataset, seed.RecordKey), seeds.Count);
                    seeds.Add(seed);
                }
            }
        }

        return new Lineage(seeds, factor ?? 1.0);
    }
}
