using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using SupervisionModels.Hosting.Plugins;

namespace SupervisionModels.Hosting.Sources;

/// <summary>
/// What source plugins compile against: the plugin API, the dataset records, and the assemblies of the shared
/// framework the host runs on (Microsoft.NETCore.App). Never the engine, the hosting layer or the CLI, so a plugin
/// cannot reach engine internals by accident, and never the host's other packages (Roslyn, Parquet).
/// </summary>
/// <remarks>
/// The framework's implementation assemblies are used rather than its reference pack: the pack ships with the SDK
/// only, while these exist on every machine that can run the engine, and they are exactly the versions the compiled
/// plugin will run against, so a plugin compiles the same way on a developer's machine, in CI and in an office.
/// Built once per process: Roslyn also caches symbols per reference object, so later compilations are much faster.
/// </remarks>
internal static class PluginReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyAll = new(Build);
    private static readonly Lazy<string> LazyFingerprint = new(BuildFingerprint);

    /// <summary>All references of a source plugin compilation.</summary>
    public static ImmutableArray<MetadataReference> All => LazyAll.Value;

    /// <summary>
    /// Identifies the reference set and the compiler, so that cached plugin images are rebuilt when the plugin API,
    /// the datasets, the runtime or Roslyn change.
    /// </summary>
    public static string Fingerprint => LazyFingerprint.Value;

    /// <summary>The directory of the shared framework the host runs on.</summary>
    public static string FrameworkDirectory => Path.TrimEndingDirectorySeparator(RuntimeEnvironment.GetRuntimeDirectory());

    private static ImmutableArray<MetadataReference> Build()
    {
        var builder = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var path in FrameworkAssemblyPaths())
        {
            builder.Add(MetadataReference.CreateFromFile(path));
        }

        foreach (var assembly in SharedAssemblies.All)
        {
            builder.Add(FromLoaded(assembly));
        }

        return builder.ToImmutable();
    }

    private static IEnumerable<string> FrameworkAssemblyPaths()
    {
        var directory = FrameworkDirectory;

        // The trusted platform assemblies list the managed framework files (and the host's own assemblies, which the
        // directory filter drops); the plain directory also holds native libraries, which are not references.
        var tpa = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string;
        var candidates = tpa is null
            ? Directory.EnumerateFiles(directory, "*.dll").Where(IsManaged)
            : tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Where(p => string.Equals(Path.GetDirectoryName(p), directory, StringComparison.Ordinal));
        return candidates.Order(StringComparer.Ordinal).ToArray();
    }

    private static bool IsManaged(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    private static unsafe MetadataReference FromLoaded(Assembly assembly)
    {
        if (assembly.Location.Length > 0)
        {
            return MetadataReference.CreateFromFile(assembly.Location);
        }

        // Single-file hosts have no file for their own assemblies; the loaded image's metadata lives as long as the
        // default context, which is never unloaded.
        if (!assembly.TryGetRawMetadata(out var blob, out var length))
        {
            throw new InvalidOperationException($"Cannot read the metadata of {assembly.GetName().Name} to compile source plugins against it.");
        }

        var module = ModuleMetadata.CreateFromMetadata((IntPtr)blob, length);
        return AssemblyMetadata.Create(module).GetReference(display: assembly.GetName().Name);
    }

    private static string BuildFingerprint()
    {
        var roslyn = typeof(Compilation).Assembly;
        var parts = new List<string>
        {
            $"roslyn={roslyn.GetName().Version}/{roslyn.ManifestModule.ModuleVersionId}",
            $"runtime={Environment.Version}",
        };
        parts.AddRange(SharedAssemblies.All.Select(a => $"{a.GetName().Name}={a.ManifestModule.ModuleVersionId}"));
        return string.Join(';', parts);
    }
}
