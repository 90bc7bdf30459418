using System.Collections.Immutable;
using System.Text.Json;
using SupervisionModels.Leads;

namespace SupervisionModels.Runtime.Leads;

/// <summary>A planted lead of a generated dataset's truth file.</summary>
/// <param name="ModelId">The model that should find it.</param>
/// <param name="SubjectKey">The subject's entity key value.</param>
/// <param name="Role">The lead's kind (原告, 场所, …).</param>
/// <param name="Name">The subject's name.</param>
public sealed record TruthLead(string ModelId, string SubjectKey, string Role, string Name)
{
    /// <summary>What the generator says of the lead, for people reading an evaluation (empty when the line has none).</summary>
    public string Note { get; init; } = string.Empty;

    /// <summary>How the lead was made hard to find: <c>paraphrase</c>, <c>name_variant</c>, <c>no_id_in_one_case</c>…</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Dataset name → the record keys that make the case (case numbers, credit codes, venue ids…).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Evidence { get; init; } = ImmutableDictionary<string, IReadOnlyList<string>>.Empty;
}

/// <summary>How one model's leads compare with the planted truth.</summary>
/// <param name="ModelId">The model.</param>
/// <param name="Planted">Planted leads.</param>
/// <param name="Found">Leads the model gave.</param>
/// <param name="TruePositives">Leads that are planted ones.</param>
/// <param name="TruePositivesAtPlanted">Planted leads among the top <paramref name="Planted"/> leads by rank.</param>
/// <param name="Missed">The planted leads not found.</param>
/// <param name="FalsePositives">The leads that are not planted.</param>
public sealed record ModelQuality(
    string ModelId, int Planted, int Found, int TruePositives, int TruePositivesAtPlanted,
    IReadOnlyList<TruthLead> Missed, IReadOnlyList<Lead> FalsePositives)
{
    /// <summary>The planted decoys and how many became leads; null when evaluated without a decoys file.</summary>
    public DecoyQuality? Decoys { get; init; }

    /// <summary>
    /// <see cref="FalsePositives"/> in the same order, each with the planted decoy it is, if any; without a decoys file
    /// every <see cref="WrongLead.Decoy"/> is null and says nothing about whether the lead was planted.
    /// </summary>
    public IReadOnlyList<WrongLead> WrongLeads { get; init; } = [];

    /// <summary>
    /// The planted leads by the generator's tags (paraphrase, slang, text_only, name_variant…), each with how many were
    /// found, tags in ordinal order: where the recall is lost. Leads without a tag are not counted here.
    /// </summary>
    public IReadOnlyList<TagRecall> ByTag { get; init; } = [];

    /// <summary>Share of leads that are planted (1 when there are no leads).</summary>
    public double Precision => Found == 0 ? 1 : (double)TruePositives / Found;

    /// <summary>Share of planted leads found (1 when nothing was planted).</summary>
    public double Recall => Planted == 0 ? 1 : (double)TruePositives / Planted;

    /// <summary>Precision among the top-ranked leads, as many as were planted: what a prosecutor reading that far sees.</summary>
    /// <remarks>The top N leads with N = planted; when the model gave fewer leads than were planted, over those it gave.</remarks>
    public double PrecisionAtPlanted => Planted == 0 || Found == 0 ? 1 : (double)TruePositivesAtPlanted / Math.Min(Planted, Found);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>How many planted leads carrying one tag of the truth file a model found.</summary>
/// <param name="Tag">The tag (paraphrase, slang, text_only…).</param>
/// <param name="Planted">Planted leads of the model with the tag.</param>
/// <param name="Found">Those among the model's leads.</param>
public sealed record TagRecall(string Tag, int Planted, int Found)
{
    /// <summary>Share of the tagged planted leads found (1 when none were planted).</summary>
    public double Recall => Planted == 0 ? 1 : (double)Found / Planted;
}

/// <summary>Compares leads with a truth file, per model: planted, found, precision, recall, precision at the number planted, F1.</summary>
public static partial class LeadEvaluation
{
    /// <summary>Reads a truth file (JSON Lines of planted leads); a malformed line is an error naming file and line.</summary>
    public static Task<IReadOnlyList<TruthLead>> ReadTruthAsync(string path, CancellationToken cancellationToken = default) =>
        ReadJsonLinesAsync<TruthLead>(
            path,
            "truth",
            t => string.IsNullOrEmpty(t.ModelId) || string.IsNullOrEmpty(t.SubjectKey) ? "a truth line needs modelId and subjectKey" : null,
            t => t with { Role = t.Role ?? string.Empty, Note = t.Note ?? string.Empty, Tags = t.Tags ?? [], Evidence = t.Evidence ?? ImmutableDictionary<string, IReadOnlyList<string>>.Empty },
            cancellationToken);

    /// <summary>
    /// Reads a JSON Lines file of <typeparamref name="T"/> with the lead files' conventions, skipping blank lines; a line
    /// that is not valid JSON or that <paramref name="problem"/> rejects is an error naming the file and line.
    /// </summary>
    private static async Task<IReadOnlyList<T>> ReadJsonLinesAsync<T>(
        string path, string kind, Func<T, string?> problem, Func<T, T> normalize, CancellationToken cancellationToken)
        where T : class
    {
        if (!File.Exists(path))
        {
            throw new LeadFileException($"{path}: no such {kind} file.");
        }

        var records = new List<T>();
        var number = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            T? record;
            try
            {
                record = JsonSerializer.Deserialize<T>(line, LeadJson.Options);
            }
            catch (JsonException e)
            {
                throw new LeadFileException($"{path}:{number}: not valid JSON: {e.Message}");
            }

            var error = record is null ? $"a {kind} line needs an object" : problem(record);
            if (error is not null)
            {
                throw new LeadFileException($"{path}:{number}: {error}.");
            }

            records.Add(normalize(record!));
        }

        return records;
    }

    /// <summary>
    /// Quality per model, for every model that has leads, planted truth or planted decoys, ordered by model id; with
    /// <paramref name="decoys"/> (a generated dataset's decoys file) also the decoys that became leads, by kind, and
    /// which wrong leads are planted decoys.
    /// </summary>
    public static IReadOnlyList<ModelQuality> Evaluate(IReadOnlyList<Lead> leads, IReadOnlyList<TruthLead> truth, IReadOnlyList<DecoyLead>? decoys = null)
    {
        var models = leads.Select(l => l.ModelId).Concat(truth.Select(t => t.ModelId)).Concat(decoys?.Select(d => d.ModelId) ?? [])
            .Distinct().Order(StringComparer.Ordinal);
        return models.Select(id =>
        {
            var planted = truth.Where(t => t.ModelId == id).ToArray();
            var keys = planted.Select(Key).ToHashSet();
            var ranked = leads.Where(l => l.ModelId == id).OrderBy(l => l.Rank).ToArray();
            var hits = ranked.Where(l => keys.Contains((l.Subject.Key, l.Subject.Role))).ToArray();
            var found = hits.Select(l => (l.Subject.Key, l.Subject.Role)).ToHashSet();
            var atPlanted = ranked.Take(planted.Length).Count(l => keys.Contains((l.Subject.Key, l.Subject.Role)));
            var wrong = ranked.Where(l => !keys.Contains((l.Subject.Key, l.Subject.Role))).ToArray();
            var modelDecoys = decoys?.Where(d => d.ModelId == id).ToArray();
            return new ModelQuality(
                id,
                planted.Length,
                ranked.Length,
                hits.Length,
                atPlanted,
                planted.Where(t => !found.Contains(Key(t))).ToArray(),
                wrong)
            {
                Decoys = modelDecoys is null ? null : EvaluateDecoys(modelDecoys, ranked),
                WrongLeads = WrongLeadsOf(wrong, modelDecoys ?? []),
                ByTag = planted
                    .SelectMany(t => t.Tags.Distinct(StringComparer.Ordinal).Select(tag => (Tag: tag, Found: found.Contains(Key(t)))))
                    .GroupBy(x => x.Tag, StringComparer.Ordinal)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new TagRecall(g.Key, g.Count(), g.Count(x => x.Found)))
                    .ToArray(),
            };
        }).ToArray();
    }

    private static (string, string) Key(TruthLead t) => (t.SubjectKey, t.Role);
}
