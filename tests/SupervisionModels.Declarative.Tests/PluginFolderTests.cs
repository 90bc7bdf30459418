using SupervisionModels.Hosting.Catalog;
using SupervisionModels.TestSupport;

namespace SupervisionModels.Declarative.Tests;

/// <summary>Model files in a plugins folder load beside DLLs and C# sources, and their errors stop the load.</summary>
public sealed class PluginFolderTests
{
    private static string ModelFile => Path.Combine(FixtureFiles.RepositoryRoot, "models", "declarative", "USR0301.model.yaml");

    [Fact]
    public void A_model_file_in_a_plugins_folder_is_a_model_of_the_catalog()
    {
        using var folder = new TempFolder();
        File.Copy(ModelFile, folder.Combine("USR0301.model.yaml"));

        using var catalog = ModelCatalog.Load(null, [folder.Path]);

        var loaded = Assert.Single(catalog.Models);
        Assert.Equal("USR0301", loaded.Id);
        Assert.Equal(ModelOriginKind.ModelFile, loaded.Origin.Kind);
        Assert.Equal($"model file {folder.Combine("USR0301.model.yaml")}", loaded.Origin.ToString());
        Assert.Equal(5, loaded.Model.Parameters.Count);
    }

    [Fact]
    public void A_bad_model_file_is_a_load_error_with_its_line_and_column()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("bad.model.yaml");
        File.WriteAllText(path, File.ReadAllText(ModelFile).Replace("p.id_no == s.id_no", "p.id_number == s.id_no", StringComparison.Ordinal));

        var e = Assert.Throws<ModelLoadException>(() => ModelCatalog.Load(null, [folder.Path]));

        var errors = e.Errors.Select(x => x.Message).ToArray();
        Assert.Equal(2, errors.Length);
        Assert.All(errors, m => Assert.StartsWith(path + ":", m, StringComparison.Ordinal));
        Assert.All(errors, m => Assert.EndsWith(": error SMD0004: column 'id_number' is not in case_persons; did you mean 'id_no'?", m, StringComparison.Ordinal));
    }

    [Fact]
    public void A_plugin_model_file_may_not_take_a_built_in_id()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("x.model.yaml"), File.ReadAllText(ModelFile).Replace("id: USR0301", "id: SM0009", StringComparison.Ordinal));

        var e = Assert.Throws<ModelLoadException>(() => ModelCatalog.Load(null, [folder.Path]));

        Assert.Contains(e.Errors, x => x.Message.Contains("reserved for built-in models", StringComparison.Ordinal));
    }
}
