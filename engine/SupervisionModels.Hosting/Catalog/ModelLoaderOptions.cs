namespace SupervisionModels.Hosting.Catalog;

/// <summary>How models are loaded.</summary>
public sealed record ModelLoaderOptions
{
    /// <summary>
    /// A directory where compiled source plugins are kept by content hash, so that the next run skips compilation;
    /// null keeps them in memory for this process only. The default value is null.
    /// </summary>
    public string? CacheDirectory { get; init; }
}
