using System.Text.Json;

namespace SupervisionModels.Datasets.Generator.Output;

/// <summary>
/// <c>manifest.json</c>: what was generated (generator version, scale, seed, cut-off, datasets with rows and files,
/// counts of leads and decoys). Deliberately without timestamps or timings, so that it is as reproducible as the data.
/// </summary>
internal static class Manifest
{
    public const string GeneratorVersion = "1.0.0";

    public static async Task WriteAsync(string path, GeneratorOptions options, World world, IReadOnlyList<DatasetSummary> datasets, CancellationToken ct)
    {
        var manifest = new
        {
            generator = "SupervisionModels.Datasets.Generator",
            version = GeneratorVersion,
            scale = options.Scale.ToString().ToLowerInvariant(),
            seed = options.Seed,

            // Only hard is written: easy is what every earlier version generated, and its manifests (the committed sample's among them) stay as they were.
            difficulty = world.IsHard ? "hard" : null,
            dataFrom = World.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            cutoff = World.Cutoff.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            datasets = datasets.Select(d => new { name = d.Name, rows = d.Rows, files = d.Files }),
            leads = world.Truth.Leads.GroupBy(l => l.ModelId + "/" + l.Role, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            decoys = world.Truth.Decoys.GroupBy(l => l.ModelId + "/" + l.DecoyKind, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
        };
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        await JsonSerializer.SerializeAsync(stream, manifest, new JsonSerializerOptions(TruthLog.Json) { WriteIndented = true, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull }, ct).ConfigureAwait(false);
    }
}
