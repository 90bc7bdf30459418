using SupervisionModels.Hosting.Catalog;
using SupervisionModels.Hosting.Tests.Support;

namespace SupervisionModels.Hosting.Tests.Catalog;

public sealed class DuplicateIdTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Build_BuiltInAndPluginShareAnId_NamesBothOrigins()
    {
        //Arrange
        var folder = _temp.Folder("copycat");
        _temp.Write("copycat/Copycat.cs", PluginSources.Model("Copycat", TestModels.FirstId));
        using var builder = new ModelCatalogBuilder().AddAssembly(typeof(TestModels).Assembly).AddSourceDirectory(folder);

        //Act
        var e = Assert.Throws<ModelLoadException>(builder.Build);

        //Assert
        Assert.Equal(
            $"model id TST0001 is declared more than once: SupervisionModels.Hosting.Tests.Support.TestModels+First in built-in assembly SupervisionModels.Hosting.Tests, "
            + $"Acme.Models.Copycat in source folder {folder}.",
            Assert.Single(e.Errors).Message);
    }

    [Fact]
    public void Build_TwoPluginsShareAnId_NamesBothOrigins()
    {
        var plugins = _temp.Folder("plugins");
        _temp.Write("plugins/a/A.cs", PluginSources.Model("ModelA", "USR0007", "Team.A"));
        var dll = PluginCompiler.CompileDll(Path.Combine(plugins, "b", "B.dll"), "B", null, PluginSources.Model("ModelB", "USR0007", "Team.B"));

        var e = Assert.Throws<ModelLoadException>(() => ModelCatalog.Load(null, [plugins]));

        Assert.Equal(
            $"Could not load models (1 error):\nmodel id USR0007 is declared more than once: Team.A.ModelA in source folder {Path.Combine(plugins, "a")}, Team.B.ModelB in plugin DLL {dll}.",
            e.Message);
    }

    [Fact]
    public void Build_SameIdTwiceInOnePlugin_NamesBothTypes()
    {
        var folder = _temp.Folder("twice");
        _temp.Write("twice/A.cs", PluginSources.Model("ModelA", "USR0003"));
        _temp.Write("twice/B.cs", PluginSources.Model("ModelB", "USR0003"));

        var e = Assert.Throws<ModelLoadException>(() => new ModelCatalogBuilder().AddSourceDirectory(folder).Build());

        Assert.Equal(
            $"model id USR0003 is declared more than once: Acme.Models.ModelA in source folder {folder}, Acme.Models.ModelB in source folder {folder}.",
            Assert.Single(e.Errors).Message);
    }
}
