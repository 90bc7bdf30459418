using System.Reflection;
using System.Runtime.Loader;

namespace SupervisionModels.Hosting.Catalog;

/// <summary>
/// The models of a run, each with its origin, ordered by id. Owns the load contexts of its plugins: disposing the
/// catalog unloads them once the models are no longer referenced.
/// </summary>
public sealed class ModelCatalog : IDisposable
{
    private IReadOnlyList<LoadedModel> _models;
    private readonly IReadOnlyList<AssemblyLoadContext> _contexts;
    private bool _disposed;

    internal ModelCatalog(IReadOnlyList<LoadedModel> models, IReadOnlyList<AssemblyLoadContext> contexts, IReadOnlyList<string> warnings)
    {
        _models = models;
        _contexts = contexts;
        Warnings = warnings;
    }

    /// <summary>The models, ordered by id.</summary>
    public IReadOnlyList<LoadedModel> Models
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _models;
        }
    }

    /// <summary>Compiler warnings of source plugins (<c>path:line:col: warning CSxxxx: message</c>) and plugins that declare no model.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>
    /// Loads the built-in models of <paramref name="builtIn"/> (if given) and the plugins of each directory (see
    /// <see cref="ModelCatalogBuilder.AddPlugins"/>). Throws <see cref="ModelLoadException"/> listing every problem.
    /// </summary>
    public static ModelCatalog Load(Assembly? builtIn, IEnumerable<string> pluginDirectories, ModelLoaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pluginDirectories);
        using var builder = new ModelCatalogBuilder(options);
        if (builtIn is not null)
        {
            builder.AddAssembly(builtIn);
        }

        foreach (var directory in pluginDirectories)
        {
            builder.AddPlugins(directory);
        }

        return builder.Build();
    }

    /// <summary>The model with <paramref name="id"/> (ordinal), or null.</summary>
    public LoadedModel? Find(string id) => Models.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal));

    /// <summary>Unloads the plugins' load contexts; the runtime collects them once no model instance or type is referenced.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        // Dropping the models lets the contexts be collected even while this catalog object is still referenced.
        _disposed = true;
        _models = [];
        foreach (var context in _contexts)
        {
            context.Unload();
        }
    }
}
