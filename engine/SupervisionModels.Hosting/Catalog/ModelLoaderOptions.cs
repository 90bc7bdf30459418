namespace SupervisionModels.Hosting.Catalog;

/// <summary>How models are loaded.</summary>
public sealed record ModelLoaderOptions
{
    /// <summary>
    /// A directory where compiled source plugins are kept by content hash, so that the next run skips compilation;
    /// null keeps them in memory for this process only. The default value is null.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>
    /// Plugin DLLs that load although their metadata references APIs outside the plugin allow-list (their refusals
    /// become warnings), each by file name and SHA-256; from the settings' <c>trust</c> list. The default value is none.
    /// </summary>
    public IReadOnlyList<Confinement.TrustedAssembly> TrustedAssemblies { get; init; } = [];

    /// <summary>Where <see cref="TrustedAssemblies"/> are read from, named in the refusal's hint; null when unknown. The default value is null.</summary>
    public string? TrustSource { get; init; }
}
