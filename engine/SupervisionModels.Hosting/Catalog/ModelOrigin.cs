namespace SupervisionModels.Hosting.Catalog;

/// <summary>Where a model was loaded from.</summary>
public enum ModelOriginKind
{
    /// <summary>An assembly the host references (the built-in models).</summary>
    BuiltIn,

    /// <summary>A compiled plugin DLL, loaded into its own collectible load context.</summary>
    PluginAssembly,

    /// <summary>A folder of C# files compiled at load time.</summary>
    SourceFolder,

    /// <summary>A declarative model file (<c>*.model.yaml</c>), compiled at load time without C#.</summary>
    ModelFile,
}

/// <summary>Where a model came from, as error messages and reports name it.</summary>
/// <param name="Kind">Built-in assembly, plugin DLL or source folder.</param>
/// <param name="Location">The assembly name (built-in), the DLL path or the folder path, as given.</param>
public sealed record ModelOrigin(ModelOriginKind Kind, string Location)
{
    /// <summary>True for plugins (DLL or source), which may not use the reserved built-in id prefix nor define datasets.</summary>
    public bool IsPlugin => Kind != ModelOriginKind.BuiltIn;

    /// <summary>A built-in assembly, named by its simple name.</summary>
    public static ModelOrigin BuiltIn(string assemblyName) => new(ModelOriginKind.BuiltIn, assemblyName);

    /// <summary>A plugin DLL at <paramref name="path"/>.</summary>
    public static ModelOrigin PluginAssembly(string path) => new(ModelOriginKind.PluginAssembly, path);

    /// <summary>A source plugin folder at <paramref name="path"/>.</summary>
    public static ModelOrigin SourceFolder(string path) => new(ModelOriginKind.SourceFolder, path);

    /// <summary>A declarative model file at <paramref name="path"/>.</summary>
    public static ModelOrigin ModelFile(string path) => new(ModelOriginKind.ModelFile, path);

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        ModelOriginKind.BuiltIn => $"built-in assembly {Location}",
        ModelOriginKind.PluginAssembly => $"plugin DLL {Location}",
        ModelOriginKind.SourceFolder => $"source folder {Location}",
        ModelOriginKind.ModelFile => $"model file {Location}",
        _ => throw new InvalidOperationException($"Unknown origin kind {Kind}."),
    };
}
