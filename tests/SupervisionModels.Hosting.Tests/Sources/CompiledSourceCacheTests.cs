using SupervisionModels.Hosting.Sources;
using SupervisionModels.Hosting.Tests.Support;

namespace SupervisionModels.Hosting.Tests.Sources;

public sealed class CompiledSourceCacheTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Compile_SameSourcesTwice_SecondComesFromMemory()
    {
        var cache = new CompiledSourceCache();
        var folder = _temp.Folder("plate");
        _temp.Write("plate/PlateModel.cs", PluginSources.Model("PlateModel", "USR0001"));

        var first = SourcePluginCompiler.Compile(folder, null, cache);
        var second = SourcePluginCompiler.Compile(folder, null, cache);

        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal(first.Image, second.Image);
    }

    [Fact]
    public void Compile_ChangedSource_Recompiles()
    {
        var cache = new CompiledSourceCache();
        var folder = _temp.Folder("plate");
        var file = _temp.Write("plate/PlateModel.cs", PluginSources.Model("PlateModel", "USR0001"));
        SourcePluginCompiler.Compile(folder, null, cache);

        File.WriteAllText(file, PluginSources.Model("PlateModel", "USR0002"));
        var changed = SourcePluginCompiler.Compile(folder, null, cache);

        Assert.False(changed.FromCache);
    }

    [Fact]
    public void Compile_WithCacheDirectory_ReusesImageAndWarningsInANewProcess()
    {
        //Arrange: a compilation with a warning, cached on disk
        var cacheDirectory = _temp.Folder("cache");
        var folder = _temp.Folder("warn");
        _temp.Write("warn/Model.cs", PluginSources.Model("Warned", "USR0001").Replace("=> context.LeadWhen(1);", "{ int unused; context.LeadWhen(1); }", StringComparison.Ordinal));
        var first = SourcePluginCompiler.Compile(folder, cacheDirectory, new CompiledSourceCache());

        //Act: a fresh in-memory cache stands for the next run of the CLI; the folder is given by another path
        var moved = Path.Combine(_temp.Folder("elsewhere"), "warn");
        Directory.Move(folder, moved);
        var second = SourcePluginCompiler.Compile(moved, cacheDirectory, new CompiledSourceCache());

        //Assert
        Assert.True(second.FromCache);
        Assert.Equal(first.Image, second.Image);
        var warning = Assert.Single(second.Warnings);
        Assert.Equal($"{Path.Combine(moved, "Model.cs")}:14:66: warning CS0168: The variable 'unused' is declared but never used", warning.Format(moved));
    }

    [Fact]
    public void Compile_Errors_AreNotCached()
    {
        var cache = new CompiledSourceCache();
        var cacheDirectory = _temp.Folder("cache");
        var folder = _temp.Folder("broken");
        _temp.Write("broken/Model.cs", "class Broken {");

        var first = SourcePluginCompiler.Compile(folder, cacheDirectory, cache);
        var second = SourcePluginCompiler.Compile(folder, cacheDirectory, cache);

        Assert.Null(second.Image);
        Assert.False(second.FromCache);
        Assert.Equal(first.Errors, second.Errors);
        Assert.Empty(Directory.EnumerateFiles(cacheDirectory));
    }

    [Fact]
    public void Compile_CorruptCacheEntry_Recompiles()
    {
        var cacheDirectory = _temp.Folder("cache");
        var folder = _temp.Folder("plate");
        _temp.Write("plate/PlateModel.cs", PluginSources.Model("PlateModel", "USR0001"));
        SourcePluginCompiler.Compile(folder, cacheDirectory, new CompiledSourceCache());
        foreach (var file in Directory.EnumerateFiles(cacheDirectory, "*.json"))
        {
            File.WriteAllText(file, "{ not json");
        }

        var again = SourcePluginCompiler.Compile(folder, cacheDirectory, new CompiledSourceCache());

        Assert.False(again.FromCache);
        Assert.NotNull(again.Image);
    }
}
