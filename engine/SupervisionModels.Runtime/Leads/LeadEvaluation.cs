using System.Text.Json;
using SupervisionModels.Leads;

namespace SupervisionModels.Runtime.Leads;

/// <summary>A planted lead of a generated dataset's truth file.</summary>
/// <param name="ModelId">The model that should find it.</param>
/// <param name="SubjectKey">The subject's entity key value.</param>
/// <param name="Role">The lead's kind (原告, 场所, …).</param>
/// <param name="Name">The subject's name.</param>
public sealed record TruthLead(string ModelId, string SubjectKey, string Role, string Name);

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

/// <summary>Compares leads with a truth file, per model: planted, found, precision, recall, precision at the number planted, F1.</summary>
public static class LeadEvaluation
{
    /// <summary>Reads a truth file (JSON Lines of planted leads); a malformed line is an error naming file and line.</summary>
    public static async Task<IReadOnlyList<TruthLead>> ReadTruthAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new LeadFileException($"{path}: no such truth file.");
        }

        var truth = new List<TruthLead>();
        var number = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var t = JsonSerializer.Deserialize<TruthLead>(line, LeadJson.Options);
                if (t is null || string.IsNullOrEmpty(t.ModelId) || string.IsNullOrEmpty(t.SubjectKey))
                {
                    throw new LeadFileException($"{path}:{number}: a truth line needs modelId and subjectKey.");
                }

                truth.Add(t with { Role = t.Role ?? string.Empty });
            }
            catch (JsonException e)
            {
                throw new LeadFileException($"{path}:{number}: not valid JSON: {e.Message}");
            }
        }

        return truth;
    }

    /// <summary>Quality per model, for every model that has leads or planted truth, ordered by model id.</summary>
    public static IReadOnlyList<ModelQuality> Evaluate(IReadOnlyList<Lead> leads, IReadOnlyList<TruthLead> truth)
    {
        var models = leads.Select(l => l.ModelId).Concat(truth.Select(t => t.ModelId)).Distinct().Order(StringComparer.Ordinal);
        return models.Select(id =>
        {
            var planted = truth.Where(t => t.ModelId == id).ToArray();
            var keys = planted.Select(Key).ToHashSet();
            var ranked = leads.Where(l => l.ModelId == id).OrderBy(l => l.Rank).ToArray();
            var hits = ranked.Where(l => keys.Contains((l.Subject.Key, l.Subject.Role))).ToArray();
            var found = hits.Select(l => (l.Subject.Key, l.Subject.Role)).ToHashSet();
            var atPlanted = ranked.Take(planted.Length).Count(l => keys.Contains((l.Subject.Key, l.Subject.Role)));
            return new ModelQuality(
                id,
                planted.Length,
                ranked.Length,
                hits.Length,
                atPlanted,
                planted.Where(t => !found.Contains(Key(t))).ToArray(),
                ranked.Where(l => !keys.Contains((l.Subject.Key, l.Subject.Role))).ToArray());
        }).ToArray();
    }

    private static (string, string) Key(TruthLead t) => (t.SubjectKey, t.Role);
}
