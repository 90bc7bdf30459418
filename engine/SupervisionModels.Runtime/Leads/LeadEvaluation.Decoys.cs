using System.Collections.Immutable;
using SupervisionModels.Leads;

namespace SupervisionModels.Runtime.Leads;

/// <summary>
/// A planted near-miss of a generated dataset's decoys file: a subject that looks like a lead of the model and is
/// innocent. It counts against the model when it becomes a lead (same model, subject key and role).
/// </summary>
/// <param name="ModelId">The model it is meant to tempt.</param>
/// <param name="SubjectKey">The subject's entity key value.</param>
/// <param name="Role">The lead kind it would be (原告, 场所, …).</param>
/// <param name="Name">The subject's name.</param>
/// <param name="DecoyKind">Why it looks like a lead (持牌放贷机构, 互殴过错, …).</param>
/// <param name="Note">Why it is innocent, for people.</param>
public sealed record DecoyLead(string ModelId, string SubjectKey, string Role, string Name, string DecoyKind, string Note)
{
    /// <summary>Dataset name → the record keys behind the decoy.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Evidence { get; init; } = ImmutableDictionary<string, IReadOnlyList<string>>.Empty;

    /// <summary>The generator's tags, as in the truth file.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>
    /// For hard decoys: the one fact in which the decoy differs from a planted lead, with the rule that decides on it
    /// ("R5: 被告到庭实质抗辩…"); null for decoys that have none (easy data, older datasets).
    /// </summary>
    public string? DecisiveFact { get; init; }
}

/// <summary>How many of one kind of decoy a model took for leads.</summary>
/// <param name="DecoyKind">The decoy kind.</param>
/// <param name="Planted">Decoys of this kind planted for the model.</param>
/// <param name="BecameLeads">Those that are leads of the model.</param>
/// <param name="BestRank">The best (lowest) rank any of them reached; null when none became a lead.</param>
public sealed record DecoyKindQuality(string DecoyKind, int Planted, int BecameLeads, int? BestRank)
{
    /// <summary>Share of the planted decoys that became leads (0 when none were planted).</summary>
    public double Share => Planted == 0 ? 0 : (double)BecameLeads / Planted;
}

/// <summary>A model's planted decoys, all kinds together and by kind (kinds in ordinal order).</summary>
/// <param name="Planted">Decoys planted for the model.</param>
/// <param name="BecameLeads">Those that are leads of the model.</param>
/// <param name="BestRank">The best rank any of them reached; null when none became a lead.</param>
/// <param name="Kinds">The same by decoy kind.</param>
public sealed record DecoyQuality(int Planted, int BecameLeads, int? BestRank, IReadOnlyList<DecoyKindQuality> Kinds)
{
    /// <summary>Share of the planted decoys that became leads (0 when none were planted).</summary>
    public double Share => Planted == 0 ? 0 : (double)BecameLeads / Planted;
}

/// <summary>A lead that is not in the truth, with the planted decoy it is, if it is one.</summary>
/// <param name="Lead">The lead.</param>
/// <param name="Decoy">The decoy with the lead's model, subject key and role; null when none was planted (or no decoys file was read).</param>
public sealed record WrongLead(Lead Lead, DecoyLead? Decoy);

/// <summary>The decoys side of the evaluation.</summary>
public static partial class LeadEvaluation
{
    /// <summary>The decoys file a generated dataset writes beside its truth file.</summary>
    public static string DecoysPathFor(string truthPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(truthPath))!, "decoys.jsonl");

    /// <summary>Reads a decoys file (JSON Lines of planted near-misses); a malformed line is an error naming file and line.</summary>
    public static Task<IReadOnlyList<DecoyLead>> ReadDecoysAsync(string path, CancellationToken cancellationToken = default) =>
        ReadJsonLinesAsync<DecoyLead>(
            path,
            "decoys",
            d => string.IsNullOrEmpty(d.ModelId) || string.IsNullOrEmpty(d.SubjectKey) || string.IsNullOrEmpty(d.DecoyKind)
                ? "a decoys line needs modelId, subjectKey and decoyKind"
                : null,
            d => d with
            {
                Role = d.Role ?? string.Empty,
                Name = d.Name ?? string.Empty,
                Note = d.Note ?? string.Empty,
                Evidence = d.Evidence ?? ImmutableDictionary<string, IReadOnlyList<string>>.Empty,
                Tags = d.Tags ?? [],
                DecisiveFact = string.IsNullOrWhiteSpace(d.DecisiveFact) ? null : d.DecisiveFact,
            },
            cancellationToken);

    private static DecoyQuality EvaluateDecoys(IReadOnlyList<DecoyLead> decoys, IReadOnlyList<Lead> modelLeads)
    {
        var rankOf = modelLeads
            .GroupBy(l => (l.Subject.Key, l.Subject.Role))
            .ToDictionary(g => g.Key, g => g.Min(l => l.Rank));
        int? RankOf(DecoyLead d) => rankOf.TryGetValue((d.SubjectKey, d.Role), out var rank) ? rank : null;

        var kinds = decoys
            .GroupBy(d => d.DecoyKind, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var ranks = g.Select(RankOf).Where(r => r is not null).ToArray();
                return new DecoyKindQuality(g.Key, g.Count(), ranks.Length, ranks.Min());
            })
            .ToArray();
        return new DecoyQuality(kinds.Sum(k => k.Planted), kinds.Sum(k => k.BecameLeads), kinds.Min(k => k.BestRank), kinds);
    }

    private static WrongLead[] WrongLeadsOf(IReadOnlyList<Lead> wrong, IReadOnlyList<DecoyLead> decoys)
    {
        // One subject may be planted as two kinds of decoy; the first line of the file names it.
        var byKey = decoys
            .GroupBy(d => (d.SubjectKey, d.Role))
            .ToDictionary(g => g.Key, g => g.First());
        return wrong.Select(l => new WrongLead(l, byKey.GetValueOrDefault((l.Subject.Key, l.Subject.Role)))).ToArray();
    }
}
