using System.Diagnostics;
using SupervisionModels.Datasets.Generator.Court;
using SupervisionModels.Datasets.Generator.Output;
using SupervisionModels.Datasets.Generator.Registries;

namespace SupervisionModels.Datasets.Generator;

/// <summary>
/// Generates a synthetic region's datasets with planted leads and decoys (see <c>datasets/README.md</c>). The same
/// options give byte-identical files: every random choice comes from the seed, chunks are generated in parallel from
/// their own derived seeds and written in order.
/// </summary>
public static class DatasetGenerator
{
    /// <summary>Generates every dataset, the truth files and (unless turned off) the labelled texts.</summary>
    /// <exception cref="ArgumentException">The output folder is empty or the text folder lies inside it elsewhere than in <see cref="GeneratorOptions.LabelledTextFolder"/>.</exception>
    public static async Task<GenerationSummary> GenerateAsync(GeneratorOptions options, IProgress<GenerationProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.OutputDirectory);
        var output = Path.GetFullPath(options.OutputDirectory);
        var textDirectory = options.WriteLabelledText ? Path.GetFullPath(options.ResolvedTextDirectory) : null;
        var reserved = Path.Combine(output, GeneratorOptions.LabelledTextFolder);
        if (textDirectory is not null && IsInside(textDirectory, output) && !IsInside(textDirectory, reserved))
        {
            throw new ArgumentException(
                $"The labelled-text folder {textDirectory} must not be inside the run data folder {output} (a dataset folder there would show models the labels); leave --text-out out to use {reserved}, or give a folder outside.",
                nameof(options));
        }

        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(output);
        progress?.Report(new GenerationProgress("world", 0, 0));
        var profile = ScaleProfile.For(options.Scale);
        var world = WorldBuilder.Build(options.Seed, profile, options.ResolvedDifficulty);
        progress?.Report(new GenerationProgress("world", 1, 1));

        void Report(string stage, long done, long total) => progress?.Report(new GenerationProgress(stage, done, total));
        var results = new List<SinkResult>();
        results.AddRange(await CourtStream.WriteAsync(world, output, Report, ct).ConfigureAwait(false));
        results.Add(await RegistryWriter.EnterprisesAsync(world, output, ct).ConfigureAwait(false));
        results.Add(await VehicleFactory.WriteAsync(world, output, Report, ct).ConfigureAwait(false));
        results.Add(await RegistryWriter.PlateAuctionsAsync(world, output, ct).ConfigureAwait(false));
        results.AddRange(await OtherStreams.WriteAsync(world, output, Report, ct).ConfigureAwait(false));

        Report("truth", 0, 1);
        await TruthLog.WriteAsync(Path.Combine(output, "truth.jsonl"), world.Truth.Leads, ct).ConfigureAwait(false);
        await TruthLog.WriteAsync(Path.Combine(output, "decoys.jsonl"), world.Truth.Decoys, ct).ConfigureAwait(false);
        await EntitiesWriter.WriteAsync(world, Path.Combine(output, "entities.jsonl"), ct).ConfigureAwait(false);

        var summaries = results
            .OrderBy(r => IndexInCatalog(r.Dataset))
            .Select(r => new DatasetSummary(r.Dataset, r.Rows, r.Files, r.Files.Sum(f => new FileInfo(Path.Combine(output, f)).Length)))
            .ToList();
        await Manifest.WriteAsync(Path.Combine(output, "manifest.json"), options, world, summaries, ct).ConfigureAwait(false);
        Report("truth", 1, 1);

        if (textDirectory is not null)
        {
            await Text.LabelledTextWriter.WriteAsync(options.Seed, profile, textDirectory, Report, ct).ConfigureAwait(false);
        }

        return new GenerationSummary(
            options.Scale,
            options.Seed,
            output,
            textDirectory,
            summaries,
            world.Truth.Leads.GroupBy(l => l.ModelId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            world.Truth.Decoys.GroupBy(l => l.ModelId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            clock.Elapsed);
    }

    private static int IndexInCatalog(string dataset)
    {
        var types = DatasetRecordTypes.All;
        for (var i = 0; i < types.Count; i++)
        {
            if (Facts.Schema.FactSchema.For(types[i]).DatasetName == dataset)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static bool IsInside(string path, string folder) =>
        (path + Path.DirectorySeparatorChar).StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
