namespace SupervisionModels.Datasets.Generator;

/// <summary>What one dataset's generation wrote.</summary>
/// <param name="Name">The dataset (folder) name.</param>
/// <param name="Rows">Rows written.</param>
/// <param name="Files">Part files, relative to the output folder, with '/' separators.</param>
/// <param name="Bytes">Total size of the part files.</param>
public sealed record DatasetSummary(string Name, long Rows, IReadOnlyList<string> Files, long Bytes);

/// <summary>The result of <see cref="DatasetGenerator.GenerateAsync"/>.</summary>
/// <param name="Scale">The scale generated.</param>
/// <param name="Seed">The seed used.</param>
/// <param name="OutputDirectory">The run data folder.</param>
/// <param name="TextDirectory">The labelled-text folder, or null when not written.</param>
/// <param name="Datasets">Per dataset, in catalogue order.</param>
/// <param name="PlantedLeads">Planted leads per model id.</param>
/// <param name="Decoys">Decoys per model id.</param>
/// <param name="Elapsed">Wall-clock time of the generation.</param>
public sealed record GenerationSummary(
    Scale Scale,
    int Seed,
    string OutputDirectory,
    string? TextDirectory,
    IReadOnlyList<DatasetSummary> Datasets,
    IReadOnlyDictionary<string, int> PlantedLeads,
    IReadOnlyDictionary<string, int> Decoys,
    TimeSpan Elapsed);

/// <summary>Progress of a generation: the stage, and for streamed datasets rows done of rows planned.</summary>
/// <param name="Stage">What is running: world, a dataset name, truth, text.</param>
/// <param name="Done">Rows (or items) done in the stage.</param>
/// <param name="Total">Rows (or items) planned in the stage; 0 when unknown.</param>
public sealed record GenerationProgress(string Stage, long Done, long Total);
