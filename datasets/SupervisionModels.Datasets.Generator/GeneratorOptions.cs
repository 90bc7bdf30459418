namespace SupervisionModels.Datasets.Generator;

/// <summary>What to generate and where.</summary>
/// <param name="Scale">How much data.</param>
/// <param name="Seed">The seed: the same seed and scale give byte-identical files.</param>
/// <param name="OutputDirectory">The run data folder: one sub-folder per dataset, plus truth and metadata files.</param>
public sealed record GeneratorOptions(Scale Scale, int Seed, string OutputDirectory)
{
    /// <summary>
    /// The folder inside <see cref="OutputDirectory"/> that holds the labelled texts. A run reads only
    /// <c>DATA/&lt;dataset&gt;/</c> folders, and dataset names are snake_case, so a hyphenated folder is never read as a
    /// dataset: the labels sit beside the data they describe, where no model can see them.
    /// </summary>
    public const string LabelledTextFolder = "labelled-text";

    /// <summary>
    /// Where the labelled text examples go. The default value is null, meaning <c>OUT/labelled-text</c>
    /// (<see cref="LabelledTextFolder"/>); any other folder must lie outside <see cref="OutputDirectory"/>.
    /// </summary>
    public string? TextOutputDirectory { get; init; }

    /// <summary>Whether to write the labelled text examples at all. The default value is true.</summary>
    public bool WriteLabelledText { get; init; } = true;

    /// <summary>How hard the decoys are; the default value is null, meaning <see cref="Difficulties.DefaultFor"/> the scale.</summary>
    public Difficulty? Difficulty { get; init; }

    /// <summary>The difficulty actually used.</summary>
    public Difficulty ResolvedDifficulty => Difficulty ?? Difficulties.DefaultFor(Scale);

    /// <summary>The text folder actually used.</summary>
    public string ResolvedTextDirectory =>
        TextOutputDirectory ?? Path.Combine(Path.GetFullPath(OutputDirectory), LabelledTextFolder);
}
