using System.Reflection;
using System.Runtime.Loader;
using SupervisionModels.Models;

namespace SupervisionModels.Hosting.Plugins;

/// <summary>
/// The assemblies a plugin must share with the host: the plugin API and the dataset records. A plugin that loaded its
/// own copy would see a different <see cref="SupervisionModel"/> type, and the host could neither find its models nor
/// hand it facts, so every plugin load context resolves these names to the host's instances.
/// </summary>
internal static class SharedAssemblies
{
    public const string AbstractionsName = "SupervisionModels.Abstractions";
    public const string DatasetsName = "SupervisionModels.Datasets";

    private static readonly Lazy<Assembly> LazyDatasets = new(
        () => AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(DatasetsName)));

    /// <summary>The host's plugin API assembly.</summary>
    public static Assembly Abstractions { get; } = typeof(SupervisionModel).Assembly;

    /// <summary>
    /// The host's dataset records assembly, loaded by name into the default context (the host references it, so it is
    /// on the host's dependency list) rather than through a type, which keeps this working while it has few types.
    /// </summary>
    public static Assembly Datasets => LazyDatasets.Value;

    /// <summary>Both shared assemblies.</summary>
    public static IReadOnlyList<Assembly> All => [Abstractions, Datasets];

    /// <summary>True when <paramref name="name"/> is a shared assembly's simple name.</summary>
    public static bool IsShared(string? name) =>
        string.Equals(name, AbstractionsName, StringComparison.Ordinal) || string.Equals(name, DatasetsName, StringComparison.Ordinal);

    /// <summary>The host's instance of a shared assembly, or null when <paramref name="name"/> is not shared.</summary>
    public static Assembly? Find(AssemblyName name) => name.Name switch
    {
        AbstractionsName => Abstractions,
        DatasetsName => Datasets,
        _ => null,
    };
}
