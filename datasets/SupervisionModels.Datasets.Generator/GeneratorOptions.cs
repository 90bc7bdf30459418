namespace SupervisionModels.Datasets.Generator;

/// <summary>What to generate and where.</summary>
/// <param name="Scale">How much data.</param>
/// <param name="Seed">The seed: the same seed and scale give byte-identical files.</param>
/// <param name="OutputDirectory">The run data folder: one sub-folder per dataset, plus truth and metadata files.</param>
public sealed record GeneratorOptions(Scale Scale, int Seed, string OutputDirectory)
{
    /// <summary>
    /// Where the labelled text examples go: never inside <see cref="OutputDirectory"/>, so that models cannot see labels.
    /// The default value is null, meaning a sibling folder named after the output folder with <c>-text</c> appended
    /// (<c>out/city</c> → <c>out/city-text</c>).
    /// </summary>
    public string? TextOutputDirectory { get; init; }

    /// <summary>Whether to write the labelled text examples at all. The default value is true.</summary>
    public bool WriteLabelledText { get; init; } = true;

    /// <summary>The text folder actually used.</summary>
    public string ResolvedTextDirectory =>
        TextOutputDirectory ?? Path.TrimEndingDirectorySeparator(Path.GetFullPath(OutputDirectory)) + "-text";
}
