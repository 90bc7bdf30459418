using System.Reflection;
using System.Runtime.Loader;

namespace SupervisionModels.Hosting.Plugins;

/// <summary>
/// A collectible load context for one plugin. The plugin's own dependencies resolve next to it (through its
/// <c>.deps.json</c> when it has one); the plugin API and dataset assemblies always resolve to the host's copies, even
/// when the plugin folder ships its own; everything else (the framework) falls back to the default context.
/// </summary>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver? _resolver;

    /// <summary>Creates a context; <paramref name="mainAssemblyPath"/> is null for compiled sources, which have no dependencies of their own.</summary>
    public PluginLoadContext(string name, string? mainAssemblyPath)
        : base(name, isCollectible: true)
    {
        _resolver = mainAssemblyPath is null ? null : new AssemblyDependencyResolver(mainAssemblyPath);
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        // Checked before the resolver: a plugin that ships SupervisionModels.Abstractions.dll must still get the host's.
        var shared = SharedAssemblies.Find(assemblyName);
        if (shared is not null)
        {
            return shared;
        }

        var path = _resolver?.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver?.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
