using System.Runtime.Loader;
using SupervisionModels.Hosting.Catalog;
using SupervisionModels.Hosting.Tests.Support;

namespace SupervisionModels.Hosting.Tests.Catalog;

public sealed class BuiltInDiscoveryTests
{
    [Fact]
    public void AddAssembly_FindsPublicConcreteModels_SkipsAbstractAndInternal()
    {
        //Arrange
        using var builder = new ModelCatalogBuilder();

        //Act
        using var catalog = builder.AddAssembly(typeof(TestModels).Assembly).Build();

        //Assert
        Assert.Equal([TestModels.FirstId, TestModels.SecondId], catalog.Models.Select(m => m.Id));
        Assert.All(catalog.Models, m => Assert.Equal(ModelOrigin.BuiltIn("SupervisionModels.Hosting.Tests"), m.Origin));
        Assert.IsType<TestModels.First>(catalog.Find(TestModels.FirstId)!.Model);
        Assert.Empty(catalog.Warnings);
    }

    [Fact]
    public void AddAssembly_BuiltInModels_StayInDefaultContext()
    {
        using var catalog = new ModelCatalogBuilder().AddAssembly(typeof(TestModels).Assembly).Build();

        var context = AssemblyLoadContext.GetLoadContext(catalog.Models[0].Model.GetType().Assembly);

        Assert.Same(AssemblyLoadContext.Default, context);
    }

    [Fact]
    public void Find_UnknownId_ReturnsNull()
    {
        using var catalog = new ModelCatalogBuilder().AddAssembly(typeof(TestModels).Assembly).Build();

        Assert.Null(catalog.Find("TST9999"));
        Assert.Null(catalog.Find("tst0001"));
    }

    [Fact]
    public void Models_AfterDispose_Throws()
    {
        var catalog = new ModelCatalogBuilder().AddAssembly(typeof(TestModels).Assembly).Build();

        catalog.Dispose();

        Assert.Throws<ObjectDisposedException>(() => catalog.Models);
    }

    [Fact]
    public void ModelOrigin_ToString_NamesKindAndLocation()
    {
        Assert.Equal("built-in assembly SupervisionModels.Models", ModelOrigin.BuiltIn("SupervisionModels.Models").ToString());
        Assert.Equal("plugin DLL plugins/a/A.dll", ModelOrigin.PluginAssembly("plugins/a/A.dll").ToString());
        Assert.Equal("source folder plugins/b", ModelOrigin.SourceFolder("plugins/b").ToString());
    }
}
