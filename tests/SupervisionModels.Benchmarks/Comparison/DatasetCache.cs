using System.Reflection;
using System.Text.Json;
using SupervisionModels.Datasets.Generator;

namespace SupervisionModels.Benchmarks.Comparison;

/// <summary>Generates a dataset once and reuses it while its manifest matches (scale, seed, generator version).</summary>
internal static class DatasetCache
{
    /// <summary>The default cache folder: tests/SupervisionModels.Benchmarks/.data (git-ignored), else the temp folder.</summary>
    public static string DefaultFolder(Scale scale, int seed)
    {
        var name = $"{scale.ToString().ToLowerInvariant()}-{seed}";
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupervisionModels.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "SupervisionModels.Benchmarks", ".data", name);
            }
        }

        return Path.Combine(Path.GetTempPath(), "supervisionmodels-bench", name);
    }

    public static async Task<string> EnsureAsync(string folder, Scale scale, int seed)
    {
        var version = GeneratorVersion();
        if (Matches(folder, scale, seed, version, out var why))
        {
            Console.WriteLine($"dataset: {folder} (reused: {scale.ToString().ToLowerInvariant()}, seed {seed}, generator {version})");
            return folder;
        }

        Console.WriteLine($"dataset: generating {scale.ToString().ToLowerInvariant()} seed {seed} into {folder} ({why})");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var last = DateTime.UtcNow;
        var progress = new Progress<GenerationProgress>(p =>
        {
            if ((DateTime.UtcNow - last).TotalSeconds >= 10)
            {
                last = DateTime.UtcNow;
                Console.WriteLine($"  {p.Stage} {p.Done:N0}/{p.Total:N0}");
            }
        });
        await DatasetGenerator.GenerateAsync(new GeneratorOptions(scale, seed, folder) { WriteLabelledText = false }, progress, CancellationToken.None);
        Console.WriteLine($"dataset: generated in {clock.Elapsed.TotalSeconds:0} s");
        return folder;
    }

    private static bool Matches(string folder, Scale scale, int seed, string version, out string why)
    {
        var path = Path.Combine(folder, "manifest.json");
        if (!File.Exists(path))
        {
            why = "no manifest";
            return false;
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        var found = (Scale: root.GetProperty("scale").GetString(), Seed: root.GetProperty("seed").GetInt32(), Version: root.GetProperty("version").GetString());
        why = $"manifest has {found.Scale}, seed {found.Seed}, generator {found.Version}";
        return found.Scale == scale.ToString().ToLowerInvariant() && found.Seed == seed && found.Version == version;
    }

    // The generator's version is an internal constant (Output.Manifest.GeneratorVersion); read by reflection so that a
    // new generator version invalidates the cache without a copy here. A public constant would be the better hook.
    private static string GeneratorVersion() =>
        typeof(DatasetGenerator).Assembly.GetType("SupervisionModels.Datasets.Generator.Output.Manifest")
            ?.GetField("GeneratorVersion", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null) as string
        ?? "unknown";
}
