using System.Reflection;
using System.Runtime.Loader;
using SupervisionModels.Declarative;
using SupervisionModels.Declarative.Diagnostics;
using SupervisionModels.Hosting.Confinement;
using SupervisionModels.Hosting.Plugins;
using SupervisionModels.Hosting.Sources;

namespace SupervisionModels.Hosting.Catalog;

/// <summary>
/// Gathers models from the built-in assembly, plugin DLLs and source folders. Problems are collected, not thrown one
/// by one, so that <see cref="Build"/> reports all of them at once (every compile error, every bad model).
/// </summary>
public sealed class ModelCatalogBuilder : IDisposable
{
    private readonly ModelLoaderOptions _options;
    private readonly List<LoadedModel> _models = [];
    private readonly List<ModelLoadError> _errors = [];
    private readonly List<string> _warnings = [];
    private readonly List<AssemblyLoadContext> _contexts = [];
    private bool _built;

    /// <summary>Creates a builder.</summary>
    public ModelCatalogBuilder(ModelLoaderOptions? options = null)
    {
        _options = options ?? new ModelLoaderOptions();
    }

    /// <summary>Adds the models of an assembly the host references (the built-in models), in the default load context.</summary>
    public ModelCatalogBuilder AddAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ThrowIfBuilt();
        ModelDiscovery.Discover(assembly, ModelOrigin.BuiltIn(assembly.GetName().Name ?? assembly.FullName ?? "?"), _models, _errors);
        return this;
    }

    /// <summary>
    /// Adds a compiled plugin DLL, loaded into its own collectible load context. Its dependencies resolve beside it;
    /// the plugin API and dataset assemblies resolve to the host's.
    /// </summary>
    public ModelCatalogBuilder AddPluginAssembly(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ThrowIfBuilt();
        var origin = ModelOrigin.PluginAssembly(path);
        if (!File.Exists(path))
        {
            _errors.Add(new ModelLoadError(origin, $"{origin}: the file does not exist."));
            return this;
        }

        var probe = Probe(path, origin);
        if (probe is null)
        {
            _errors.Add(new ModelLoadError(origin, $"{origin}: not a plugin: it does not reference {SharedAssemblies.AbstractionsName}."));
            return this;
        }

        LoadPluginAssembly(path, probe, origin);
        return this;
    }

    /// <summary>Adds every plugin DLL directly in <paramref name="directory"/>; DLLs that do not reference the plugin API are dependencies and are skipped.</summary>
    public ModelCatalogBuilder AddPluginDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ThrowIfBuilt();
        if (!Directory.Exists(directory))
        {
            _errors.Add(new ModelLoadError(ModelOrigin.PluginAssembly(directory), $"plugin folder {directory} does not exist."));
            return this;
        }

        foreach (var path in Directory.EnumerateFiles(directory, "*.dll").Order(StringComparer.Ordinal))
        {
            var origin = ModelOrigin.PluginAssembly(path);
            if (Probe(path, origin) is { } probe)
            {
                LoadPluginAssembly(path, probe, origin);
            }
        }

        return this;
    }

    /// <summary>
    /// Compiles the <c>.cs</c> files of <paramref name="directory"/> (recursively, without <c>bin/</c> and
    /// <c>obj/</c>) against the plugin API and the dataset records, and adds their models. Compile errors are
    /// reported as <c>path:line:col: error CSxxxx: message</c>; warnings go to <see cref="ModelCatalog.Warnings"/>.
    /// </summary>
    public ModelCatalogBuilder AddSourceDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ThrowIfBuilt();
        var origin = ModelOrigin.SourceFolder(directory);
        if (!Directory.Exists(directory))
        {
            _errors.Add(new ModelLoadError(origin, $"{origin}: the folder does not exist."));
            return this;
        }

        if (SourcePluginCompiler.SourceFiles(directory).Count == 0)
        {
            _errors.Add(new ModelLoadError(origin, $"{origin}: the folder has no .cs files."));
            return this;
        }

        var compilation = SourcePluginCompiler.Compile(directory, _options.CacheDirectory, CompiledSourceCache.Shared);
        _warnings.AddRange(compilation.Warnings.Select(w => w.Format(directory)));
        if (compilation.Image is null)
        {
            _errors.AddRange(compilation.Errors.Select(e => new ModelLoadError(origin, e.Format(directory))));
            return this;
        }

        var context = NewContext($"source:{directory}", mainAssemblyPath: null);
        using var image = new MemoryStream(compilation.Image, writable: false);
        DiscoverPlugin(context.LoadFromStream(image), origin);
        return this;
    }

    /// <summary>
    /// Adds a plugins directory the way <c>supervise run --plugins DIR</c> reads it: when it holds <c>.cs</c> files it
    /// is one source plugin; its DLLs that reference the plugin API are DLL plugins; and, when it holds no
    /// <c>.cs</c> files of its own, each subfolder is read the same way (one plugin per folder).
    /// </summary>
    public ModelCatalogBuilder AddPlugins(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ThrowIfBuilt();
        if (!Directory.Exists(directory))
        {
            _errors.Add(new ModelLoadError(ModelOrigin.SourceFolder(directory), $"plugin folder {directory} does not exist."));
            return this;
        }

        var hasSources = Directory.EnumerateFiles(directory, "*.cs").Any();
        if (hasSources)
        {
            AddSourceDirectory(directory);
        }

        AddPluginDirectory(directory);
        foreach (var file in Directory.EnumerateFiles(directory, "*" + DeclarativeModel.FileSuffix).Order(StringComparer.Ordinal))
        {
            AddModelFile(file);
        }

        if (!hasSources)
        {
            foreach (var sub in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal).Where(d => !IsSkippedFolder(d)))
            {
                AddPlugins(sub);
            }
        }

        return this;
    }

    /// <summary>
    /// Adds the model of a declarative model file (<c>*.model.yaml</c>). Its errors are reported like a compiler's,
    /// <c>path:line:col: error SMDxxxx: message</c>, one a line.
    /// </summary>
    public ModelCatalogBuilder AddModelFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ThrowIfBuilt();
        var origin = ModelOrigin.ModelFile(path);
        try
        {
            var model = DeclarativeModel.Load(path);
            var problems = ModelValidator.Validate(model, origin);
            if (problems.Count == 0)
            {
                _models.Add(new LoadedModel(model, origin));
            }

            _errors.AddRange(problems.Select(p => new ModelLoadError(origin, $"{origin}: {p}")));
        }
        catch (DeclarativeModelException e)
        {
            _errors.AddRange(e.Diagnostics.Select(d => new ModelLoadError(origin, d.ToString())));
        }
        catch (IOException e)
        {
            _errors.Add(new ModelLoadError(origin, $"{origin}: cannot read: {e.Message}"));
        }

        return this;
    }

    /// <summary>
    /// The catalog. Throws <see cref="ModelLoadException"/> listing every problem, including ids declared more than
    /// once (naming every origin); on failure every plugin load context is unloaded.
    /// </summary>
    public ModelCatalog Build()
    {
        ThrowIfBuilt();
        foreach (var group in _models.GroupBy(m => m.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var places = string.Join(", ", group.Select(m => $"{m.TypeName} in {m.Origin}"));
            _errors.Add(new ModelLoadError(group.First().Origin, $"model id {group.Key} is declared more than once: {places}."));
        }

        if (_errors.Count > 0)
        {
            Dispose();
            throw new ModelLoadException(_errors.ToArray());
        }

        _built = true;
        var models = _models.OrderBy(m => m.Id, StringComparer.Ordinal).ToArray();
        return new ModelCatalog(models, _contexts.ToArray(), _warnings.ToArray());
    }

    /// <summary>Unloads the plugin load contexts unless <see cref="Build"/> handed them to a catalog.</summary>
    public void Dispose()
    {
        if (_built)
        {
            return;
        }

        _built = true;
        _models.Clear();
        foreach (var context in _contexts)
        {
            context.Unload();
        }
    }

    private void LoadPluginAssembly(string path, PluginProbe probe, ModelOrigin origin)
    {
        var hostVersion = SharedAssemblies.Abstractions.GetName().Version;
        if (hostVersion is not null && probe.ApiVersion > hostVersion)
        {
            // Loading would work, and the first call into a newer API member would fail mid-run with MissingMethodException.
            _errors.Add(new ModelLoadError(origin, $"{origin}: built against {SharedAssemblies.AbstractionsName} {probe.ApiVersion}, newer than this engine's {hostVersion}."));
            return;
        }

        if (!IsConfinedOrTrusted(path, origin))
        {
            return;
        }

        var fullPath = Path.GetFullPath(path);
        var context = NewContext($"plugin:{path}", fullPath);
        Assembly assembly;
        try
        {
            assembly = context.LoadFromAssemblyPath(fullPath);
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException or InvalidOperationException)
        {
            _errors.Add(new ModelLoadError(origin, $"{origin}: cannot load: {ModelDiscovery.Describe(e)}"));
            return;
        }

        DiscoverPlugin(assembly, origin);
    }

    /// <summary>
    /// Checks the DLL's metadata against the plugin allow-list before anything of it loads. A DLL with refusals loads
    /// only when the settings trust that exact build by SHA-256; its refusals are then warnings, printed on every run,
    /// so that whoever runs it sees what the trusted code can do.
    /// </summary>
    private bool IsConfinedOrTrusted(string path, ModelOrigin origin)
    {
        IReadOnlyList<MetadataRefusal> refusals;
        string hash;
        try
        {
            refusals = AssemblyConfinement.Check(path);
            hash = TrustedAssembly.HashOf(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
        {
            _errors.Add(new ModelLoadError(origin, $"{origin}: cannot read its metadata: {ModelDiscovery.Describe(e)}"));
            return false;
        }

        if (refusals.Count == 0)
        {
            return true;
        }

        var file = Path.GetFileName(path);
        var entries = _options.TrustedAssemblies.Where(t => t.Names(file)).ToArray();
        if (entries.Any(t => t.Matches(hash)))
        {
            _warnings.Add($"{origin}: loaded because the settings trust it (SHA-256 {hash}); it uses {refusals.Count} API(s) outside the plugin allow-list:");
            _warnings.AddRange(refusals.Select(r => r.Format(path, "warning")));
            return true;
        }

        _errors.AddRange(refusals.Select(r => new ModelLoadError(origin, r.Format(path, "error"))));
        var where = _options.TrustSource ?? "the settings file of the run (DATA/supervise.settings.json or --settings FILE)";
        var other = entries.Length > 0 ? $" The settings trust another build of {file} (SHA-256 {entries[0].Sha256}); this one differs." : "";
        _errors.Add(new ModelLoadError(origin,
            $"{origin}: refused: it uses {refusals.Count} API(s) outside the plugin allow-list (above).{other} If you trust this build, add to {where}:"
            + $"\n  \"trust\": [ {{ \"file\": \"{file}\", \"sha256\": \"{hash}\" }} ]"));
        return false;
    }

    private PluginProbe? Probe(string path, ModelOrigin origin)
    {
        try
        {
            return PluginAssemblyProbe.Probe(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            _errors.Add(new ModelLoadError(origin, $"{origin}: cannot read: {ModelDiscovery.Describe(e)}"));
            return null;
        }
    }

    private void DiscoverPlugin(Assembly assembly, ModelOrigin origin)
    {
        var before = _models.Count + _errors.Count;
        ModelDiscovery.Discover(assembly, origin, _models, _errors);
        if (_models.Count + _errors.Count == before)
        {
            _warnings.Add($"{origin}: declares no public model class.");
        }
    }

    private PluginLoadContext NewContext(string name, string? mainAssemblyPath)
    {
        var context = new PluginLoadContext(name, mainAssemblyPath);
        _contexts.Add(context);
        return context;
    }

    private static bool IsSkippedFolder(string directory)
    {
        var name = Path.GetFileName(directory);
        return name.StartsWith('.') || name.Equals("bin", StringComparison.OrdinalIgnoreCase) || name.Equals("obj", StringComparison.OrdinalIgnoreCase);
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("The catalog has been built (or the builder disposed); start a new builder.");
        }
    }
}
