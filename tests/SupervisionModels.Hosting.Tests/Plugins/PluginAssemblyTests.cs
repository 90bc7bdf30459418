using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using SupervisionModels.Hosting.Catalog;
using SupervisionModels.Hosting.Sources;
using SupervisionModels.Hosting.Tests.Support;
using SupervisionModels.Models;

namespace SupervisionModels.Hosting.Tests.Plugins;

public sealed class PluginAssemblyTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void AddPluginDirectory_BuiltDll_LoadsModelInItsOwnCollectibleContext()
    {
        //Arrange
        var folder = _temp.Folder("plugins");
        var dll = PluginCompiler.CompileDll(Path.Combine(folder, "Acme.Plugin.dll"), "Acme.Plugin", null, PluginSources.Model("PlateModel", "ACME0001"));

        //Act
        using var catalog = new ModelCatalogBuilder().AddPluginDirectory(folder).Build();

        //Assert
        var loaded = Assert.Single(catalog.Models);
        Assert.Equal("ACME0001", loaded.Id);
        Assert.Equal(ModelOrigin.PluginAssembly(dll), loaded.Origin);
        var context = AssemblyLoadContext.GetLoadContext(loaded.Model.GetType().Assembly)!;
        Assert.NotSame(AssemblyLoadContext.Default, context);
        Assert.True(context.IsCollectible);
    }

    [Fact]
    public void AddPluginDirectory_FolderShipsItsOwnAbstractions_SharesTheHostAssembly()
    {
        //Arrange
        var folder = _temp.Folder("plugins");
        var dll = PluginCompiler.CompileDll(Path.Combine(folder, "Acme.Plugin.dll"), "Acme.Plugin", null, PluginSources.Model("PlateModel", "ACME0001"));
        var copy = Path.Combine(folder, "SupervisionModels.Abstractions.dll");
        File.Copy(typeof(SupervisionModel).Assembly.Location, copy);

        // Without sharing, the plugin's resolver would hand out the copy: that is what this test guards against.
        Assert.Equal(copy, new AssemblyDependencyResolver(dll).ResolveAssemblyToPath(new("SupervisionModels.Abstractions")));

        //Act
        using var catalog = new ModelCatalogBuilder().AddPluginDirectory(folder).Build();

        //Assert
        var loaded = Assert.Single(catalog.Models);
        Assert.Same(typeof(SupervisionModel), loaded.Model.GetType().BaseType);
        Assert.Same(typeof(ModelDescriptor), loaded.Model.Descriptor.GetType());
    }

    [Fact]
    public void AddPluginDirectory_PluginWithDependency_ResolvesItBesideThePluginAndSkipsItAsPlugin()
    {
        //Arrange
        var folder = _temp.Folder("plugins");
        var helper = PluginCompiler.CompileDll(
            Path.Combine(folder, "Acme.Text.dll"), "Acme.Text", null, "namespace Acme.Text; public static class Titles { public static string Of(string s) => \"依赖:\" + s; }");
        var model = PluginSources.Model("PlateModel", "ACME0001").Replace("\"插件模型 PlateModel\"", "Acme.Text.Titles.Of(\"车牌\")", StringComparison.Ordinal);
        PluginCompiler.CompileDll(Path.Combine(folder, "Acme.Plugin.dll"), "Acme.Plugin", [MetadataReference.CreateFromFile(helper)], model);

        //Act
        using var catalog = new ModelCatalogBuilder().AddPluginDirectory(folder).Build();

        //Assert
        var loaded = Assert.Single(catalog.Models);
        Assert.Equal("依赖:车牌", loaded.Model.Descriptor.Title);
        var helperAssembly = AssemblyLoadContext.GetLoadContext(loaded.Model.GetType().Assembly)!.Assemblies.Single(a => a.GetName().Name == "Acme.Text");
        Assert.Equal(helper, helperAssembly.Location);
    }

    [Fact]
    public void AddPluginDirectory_TwoPlugins_EachGetsItsOwnContext()
    {
        var folder = _temp.Folder("plugins");
        PluginCompiler.CompileDll(Path.Combine(folder, "A.dll"), "A", null, PluginSources.Model("ModelA", "ACME0001"));
        PluginCompiler.CompileDll(Path.Combine(folder, "B.dll"), "B", null, PluginSources.Model("ModelB", "ACME0002"));

        using var catalog = new ModelCatalogBuilder().AddPluginDirectory(folder).Build();

        var contexts = catalog.Models.Select(m => AssemblyLoadContext.GetLoadContext(m.Model.GetType().Assembly)).ToArray();
        Assert.Equal(2, contexts.Length);
        Assert.NotSame(contexts[0], contexts[1]);
    }

    [Fact]
    public void Dispose_Catalog_UnloadsPluginContext()
    {
        //Arrange
        var folder = _temp.Folder("plugins");
        PluginCompiler.CompileDll(Path.Combine(folder, "Acme.Plugin.dll"), "Acme.Plugin", null, PluginSources.Model("PlateModel", "ACME0001"));

        //Act
        var context = LoadAndDispose(folder);
        for (var i = 0; i < 20 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        //Assert
        Assert.False(context.IsAlive);
    }

    [Fact]
    public void AddPluginAssembly_DllWithoutPluginApi_ReportsNotAPlugin()
    {
        var dll = PluginCompiler.CompileDll(Path.Combine(_temp.Path, "Lib.dll"), "Lib", null, "namespace Lib; public static class X { }");

        var e = Assert.Throws<ModelLoadException>(() => new ModelCatalogBuilder().AddPluginAssembly(dll).Build());

        Assert.Equal($"Could not load models (1 error):\nplugin DLL {dll}: not a plugin: it does not reference SupervisionModels.Abstractions.", e.Message);
    }

    [Fact]
    public void AddPluginAssembly_BuiltAgainstNewerPluginApi_ReportsBothVersions()
    {
        //Arrange: a plugin API with a higher version, and a plugin built against it
        var framework = PluginReferences.All.Where(r => !Path.GetFileName(r.Display!).StartsWith("SupervisionModels.", StringComparison.Ordinal)).ToImmutableArray();
        var fakeApi = PluginCompiler.Emit(
            Path.Combine(_temp.Path, "api", "SupervisionModels.Abstractions.dll"),
            "SupervisionModels.Abstractions",
            framework,
            "[assembly: System.Reflection.AssemblyVersion(\"99.0.0.0\")] namespace SupervisionModels.Models { public abstract class SupervisionModel { } }");
        var dll = PluginCompiler.Emit(
            Path.Combine(_temp.Path, "plugins", "Future.dll"),
            "Future",
            framework.Add(MetadataReference.CreateFromFile(fakeApi)),
            "public sealed class Future : SupervisionModels.Models.SupervisionModel { }");
        var host = typeof(SupervisionModel).Assembly.GetName().Version;

        //Act
        var e = Assert.Throws<ModelLoadException>(() => new ModelCatalogBuilder().AddPluginAssembly(dll).Build());

        //Assert
        Assert.Equal($"plugin DLL {dll}: built against SupervisionModels.Abstractions 99.0.0.0, newer than this engine's {host}.", Assert.Single(e.Errors).Message);
    }

    [Fact]
    public void AddPluginAssembly_MissingFile_ReportsIt()
    {
        var path = Path.Combine(_temp.Path, "none.dll");

        var e = Assert.Throws<ModelLoadException>(() => new ModelCatalogBuilder().AddPluginAssembly(path).Build());

        Assert.Equal($"plugin DLL {path}: the file does not exist.", Assert.Single(e.Errors).Message);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference LoadAndDispose(string folder)
    {
        var catalog = new ModelCatalogBuilder().AddPluginDirectory(folder).Build();
        var context = new WeakReference(AssemblyLoadContext.GetLoadContext(catalog.Models[0].Model.GetType().Assembly));
        Assert.Equal("ACME0001", catalog.Models[0].Id);
        catalog.Dispose();
        return context;
    }
}
