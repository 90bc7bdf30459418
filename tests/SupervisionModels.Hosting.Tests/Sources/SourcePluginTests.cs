using System.Runtime.Loader;
using SupervisionModels.Hosting.Catalog;
using SupervisionModels.Hosting.Tests.Support;

namespace SupervisionModels.Hosting.Tests.Sources;

public sealed class SourcePluginTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void LoadSource_ValidFolder_LoadsModelInCollectibleContext()
    {
        //Arrange
        var folder = _temp.Folder("plate");
        _temp.Write("plate/PlateModel.cs", PluginSources.Model("PlateModel", "USR0001"));

        //Act
        using var catalog = new ModelCatalogBuilder().AddSourceDirectory(folder).Build();

        //Assert
        var loaded = Assert.Single(catalog.Models);
        Assert.Equal("USR0001", loaded.Id);
        Assert.Equal("Acme.Models.PlateModel", loaded.TypeName);
        Assert.Equal(ModelOrigin.SourceFolder(folder), loaded.Origin);
        Assert.True(AssemblyLoadContext.GetLoadContext(loaded.Model.GetType().Assembly)!.IsCollectible);
        Assert.Empty(catalog.Warnings);
    }

    [Fact]
    public void LoadSource_CompileError_ReportsFileLineCol()
    {
        //Arrange: errors in two files, one in a subfolder, given by a relative path
        var folder = Path.GetRelativePath(Environment.CurrentDirectory, _temp.Folder("broken"));
        _temp.Write("broken/Model.cs", PluginSources.Model("Broken", "USR0001").Replace("context.LeadWhen(1);", "context.LeadWhen(missing);", StringComparison.Ordinal));
        _temp.Write("broken/Rules/Helper.cs", "namespace Acme;\n\npublic static class Helper\n{\n    public static int Two() => 2\n}\n");

        //Act
        var e = Assert.Throws<ModelLoadException>(() => new ModelCatalogBuilder().AddSourceDirectory(folder).Build());

        //Assert
        var model = Path.Combine(folder, "Model.cs");
        var helper = Path.Combine(folder, "Rules", "Helper.cs");
        Assert.Equal(
            $"""
            Could not load models (2 errors):
            {model}:14:80: error CS0103: The name 'missing' does not exist in the current context
            {helper}:5:33: error CS1002: ; expected
            """.ReplaceLineEndings("\n"),
            e.Message);
        Assert.All(e.Errors, x => Assert.Equal(ModelOrigin.SourceFolder(folder), x.Origin));
    }

    [Fact]
    public void LoadSource_WarningsOnly_LoadsAndReportsWarnings()
    {
        var folder = _temp.Folder("warn");
        _temp.Write("warn/Model.cs", PluginSources.Model("Warned", "USR0001").Replace("=> context.LeadWhen(1);", "{ int unused; context.LeadWhen(1); }", StringComparison.Ordinal));

        using var catalog = new ModelCatalogBuilder().AddSourceDirectory(folder).Build();

        Assert.Single(catalog.Models);
        Assert.Equal([$"{Path.Combine(folder, "Model.cs")}:14:66: warning CS0168: The variable 'unused' is declared but never used"], catalog.Warnings);
    }

    [Fact]
    public void LoadSource_ReachesForEngineInternals_DoesNotCompile()
    {
        // Plugins compile against the plugin API and the datasets only: the hosting layer is not there to reach.
        var folder = _temp.Folder("sneaky");
        _temp.Write("sneaky/Sneaky.cs", "namespace Acme;\n\npublic static class Sneaky\n{\n    public static object Catalog() => typeof(SupervisionModels.Hosting.Catalog.ModelCatalog);\n}\n");

        var e = Assert.Throws<ModelLoadException>(() => new ModelCatalogBuilder().AddSourceDirectory(folder).Build());

        Assert.Equal(
            $"{Path.Combine(folder, "Sneaky.cs")}:5:64: error CS0234: The type or namespace name 'Hosting' does not exist in the namespace 'SupervisionModels' (are you missing an assembly reference?)",
            Assert.Single(e.Errors).Message);
    }

    [Fact]
    public void LoadSource_FilesUnderBinAndObj_AreIgnored()
    {
        var folder = _temp.Folder("clean");
        _temp.Write("clean/Model.cs", PluginSources.Model("Clean", "USR0001"));
        _temp.Write("clean/obj/Generated.cs", "this does not compile");
        _temp.Write("clean/bin/Old.cs", "neither does this");

        using var catalog = new ModelCatalogBuilder().AddSourceDirectory(folder).Build();

        Assert.Equal("USR0001", Assert.Single(catalog.Models).Id);
    }

    [Fact]
    public void LoadSource_FolderWithoutSources_ReportsIt()
    {
        var folder = _temp.Folder("empty");

        var e = Assert.Throws<ModelLoadException>(() => new ModelCatalogBuilder().AddSourceDirectory(folder).Build());

        Assert.Equal($"source folder {folder}: the folder has no .cs files.", Assert.Single(e.Errors).Message);
    }

    [Fact]
    public void LoadSource_NoModelClass_WarnsAndLoadsNothing()
    {
        var folder = _temp.Folder("nomodel");
        _temp.Write("nomodel/Helper.cs", "namespace Acme;\n\npublic static class Helper { }\n");

        using var catalog = new ModelCatalogBuilder().AddSourceDirectory(folder).Build();

        Assert.Empty(catalog.Models);
        Assert.Equal([$"source folder {folder}: declares no public model class."], catalog.Warnings);
    }

    [Fact]
    public void AddPlugins_FolderOfPluginFolders_LoadsSourceAndDllPlugins()
    {
        //Arrange: plugins/plate (sources) and plugins/acme (a DLL and its copy of the plugin API)
        var plugins = _temp.Folder("plugins");
        _temp.Write("plugins/plate/PlateModel.cs", PluginSources.Model("PlateModel", "USR0001"));
        var dll = PluginCompiler.CompileDll(Path.Combine(plugins, "acme", "Acme.dll"), "Acme", null, PluginSources.Model("AcmeModel", "ACME0001"));
        File.Copy(typeof(SupervisionModels.Models.SupervisionModel).Assembly.Location, Path.Combine(plugins, "acme", "SupervisionModels.Abstractions.dll"));

        //Act
        using var catalog = ModelCatalog.Load(typeof(TestModels).Assembly, [plugins]);

        //Assert
        Assert.Equal(
            [
                ("ACME0001", ModelOrigin.PluginAssembly(dll)),
                ("TST0001", ModelOrigin.BuiltIn("SupervisionModels.Hosting.Tests")),
                ("TST0002", ModelOrigin.BuiltIn("SupervisionModels.Hosting.Tests")),
                ("USR0001", ModelOrigin.SourceFolder(Path.Combine(plugins, "plate"))),
            ],
            catalog.Models.Select(m => (m.Id, m.Origin)));
    }

    [Fact]
    public void AddPlugins_FolderWithSources_IsOneSourcePlugin()
    {
        var folder = _temp.Folder("plate");
        _temp.Write("plate/PlateModel.cs", PluginSources.Model("PlateModel", "USR0001"));
        _temp.Write("plate/Rules/More.cs", PluginSources.Model("More", "USR0002"));

        using var catalog = new ModelCatalogBuilder().AddPlugins(folder).Build();

        Assert.Equal(["USR0001", "USR0002"], catalog.Models.Select(m => m.Id));
        Assert.All(catalog.Models, m => Assert.Equal(ModelOrigin.SourceFolder(folder), m.Origin));
    }

    [Fact]
    public void AddPlugins_MissingFolder_ReportsIt()
    {
        var folder = Path.Combine(_temp.Path, "nowhere");

        var e = Assert.Throws<ModelLoadException>(() => new ModelCatalogBuilder().AddPlugins(folder).Build());

        Assert.Equal($"plugin folder {folder} does not exist.", Assert.Single(e.Errors).Message);
    }

    [Fact]
    public void LoadSource_FileWithByteOrderMark_KeepsChineseText()
    {
        // Windows editors often save UTF-8 with a byte order mark.
        var folder = _temp.Folder("bom");
        File.WriteAllText(Path.Combine(folder, "Model.cs"), PluginSources.Model("Bom", "USR0001"), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        using var catalog = new ModelCatalogBuilder().AddSourceDirectory(folder).Build();

        Assert.Equal("插件模型 Bom", Assert.Single(catalog.Models).Model.Descriptor.Title);
    }
}
