using SupervisionModels.Datasets;
using SupervisionModels.Hosting.Catalog;
using SupervisionModels.Hosting.Scaffolding;
using SupervisionModels.Hosting.Tests.Support;
using SupervisionModels.Rules;
using SupervisionModels.Rules.Model;

namespace SupervisionModels.Hosting.Tests.Scaffolding;

public sealed class ModelScaffolderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Create_Scaffold_CompilesAndLoadsAsIs()
    {
        //Arrange
        var plugins = _temp.Folder("plugins");
        var folder = Path.Combine(plugins, "plate");

        //Act
        var created = ModelScaffolder.Create("plate-quota litigation", folder);
        using var catalog = new ModelCatalogBuilder().AddPlugins(plugins).Build();

        //Assert
        Assert.Equal((folder, "USR0001", "PlateQuotaLitigation"), (created.Directory, created.ModelId, created.ClassName));
        Assert.Equal(["PlateQuotaLitigation.cs", "README.md"], created.Files);
        Assert.Empty(catalog.Warnings);
        var loaded = Assert.Single(catalog.Models);
        Assert.Equal("USR0001", loaded.Id);
        Assert.Equal("UserModels.PlateQuotaLitigation", loaded.TypeName);
        Assert.Equal(ModelOrigin.SourceFolder(folder), loaded.Origin);
        Assert.Equal("plate-quota litigation", loaded.Model.Descriptor.Title);
        Assert.Equal([typeof(Judgment)], loaded.Model.Descriptor.Datasets);
        Assert.Equal(["keywords", "min-cases"], loaded.Model.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void Create_Scaffold_RegistersOneReasonRuleOverJudgments()
    {
        var folder = Path.Combine(_temp.Path, "plate");
        ModelScaffolder.Create("PlateQuota", folder);
        using var catalog = new ModelCatalogBuilder().AddSourceDirectory(folder).Build();
        var model = catalog.Models[0].Model;
        var context = new RecordingContext(model.Descriptor);

        model.Initialize(context);

        var rule = Assert.Single(context.Rules);
        Assert.Equal("R1", rule.RuleId);
        Assert.Equal("同一原告在命中关键词的民事一审文书中作为原告 ≥ 2 件", rule.Description);
        Assert.Equal(typeof(Judgment), rule.SourceType);
        Assert.Contains(rule.Steps, s => s is TextStep { Keywords.Name: "keywords" });
        Assert.Contains(rule.Steps, s => s is GroupStep);
        Assert.Equal(10, Assert.IsType<ReasonAction>(rule.Action).Weight);
        Assert.Equal(10, context.MinScore);
    }

    [Fact]
    public void Create_ReadmeErrorExample_IsWhatTheCompilerSays()
    {
        //Arrange: make the typo the help page shows
        var folder = Path.Combine(_temp.Path, "plate");
        var created = ModelScaffolder.Create("PlateQuota", folder);
        var source = Path.Combine(folder, "PlateQuota.cs");
        File.WriteAllText(source, File.ReadAllText(source).Replace(".Having(g => g.Count() >= minCases)", ".Having(g => g.Count() >= minCase)", StringComparison.Ordinal));
        var example = File.ReadAllLines(Path.Combine(folder, "README.md")).Single(l => l.Contains("error CS0103", StringComparison.Ordinal));

        //Act
        var e = Assert.Throws<ModelLoadException>(() => new ModelCatalogBuilder().AddSourceDirectory(created.Directory).Build());

        //Assert
        Assert.Equal(example, Assert.Single(e.Errors).Message.Replace('\\', '/'));
    }

    [Fact]
    public void Create_Readme_ExplainsHowToRunThisFolder()
    {
        var folder = Path.Combine(_temp.Path, "plate");

        ModelScaffolder.Create("PlateQuota", folder);

        var readme = File.ReadAllText(Path.Combine(folder, "README.md"));
        Assert.StartsWith("# PlateQuota（USR0001）\n", readme, StringComparison.Ordinal);
        Assert.Contains($"supervise run --data DIR --plugins {folder.Replace('\\', '/')} --out leads.jsonl", readme, StringComparison.Ordinal);
        Assert.Contains("\"USR0001\": {", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SecondModelBesideTheFirst_GetsTheNextIdAndBothLoad()
    {
        var plugins = _temp.Folder("plugins");

        var first = ModelScaffolder.Create("PlateQuota", Path.Combine(plugins, "plate"));
        var second = ModelScaffolder.Create("WageArrears", Path.Combine(plugins, "wages"));
        using var catalog = new ModelCatalogBuilder().AddPlugins(plugins).Build();

        Assert.Equal("USR0001", first.ModelId);
        Assert.Equal("USR0002", second.ModelId);
        Assert.Equal(["USR0001", "USR0002"], catalog.Models.Select(m => m.Id));
    }

    [Fact]
    public void Create_ExplicitId_IsUsed()
    {
        var created = ModelScaffolder.Create("PlateQuota", Path.Combine(_temp.Path, "plate"), "HDQ0007");

        using var catalog = new ModelCatalogBuilder().AddSourceDirectory(created.Directory).Build();

        Assert.Equal("HDQ0007", Assert.Single(catalog.Models).Id);
    }

    [Theory]
    [InlineData("SM0001")]
    [InlineData("usr1")]
    public void Create_UnusableId_Throws(string id)
    {
        var e = Assert.Throws<ScaffoldException>(() => ModelScaffolder.Create("PlateQuota", Path.Combine(_temp.Path, "plate"), id));

        Assert.Equal($"model id '{id}' is not usable for a plugin: use 2–4 capitals and four digits, not the built-in prefix SM (USR0001).", e.Message);
    }

    [Fact]
    public void Create_FolderWithFiles_ThrowsAndWritesNothing()
    {
        var folder = _temp.Folder("busy");
        _temp.Write("busy/notes.txt", "mine");

        var e = Assert.Throws<ScaffoldException>(() => ModelScaffolder.Create("PlateQuota", folder));

        Assert.Equal($"{folder} is not empty; scaffold into a new or empty folder.", e.Message);
        Assert.Equal([Path.Combine(folder, "notes.txt")], Directory.GetFiles(folder));
    }

    [Theory]
    [InlineData("wage-arrears", "WageArrears")]
    [InlineData("PlateQuota", "PlateQuota")]
    [InlineData("车牌额度 虚假诉讼", "车牌额度虚假诉讼")]
    [InlineData("2024 plates", "Model2024Plates")]
    [InlineData("class", "Class")]
    public void ClassNameOf_Name_GivesPascalCaseIdentifier(string name, string expected)
    {
        Assert.Equal(expected, ModelScaffolder.ClassNameOf(name));
    }

    [Fact]
    public void Create_NameWithoutLetters_Throws()
    {
        var e = Assert.Throws<ScaffoldException>(() => ModelScaffolder.Create("--", Path.Combine(_temp.Path, "x")));

        Assert.Equal("model name '--' gives no C# class name; use letters and digits, e.g. WageArrears.", e.Message);
    }

    [Fact]
    public void UserModelIds_Next_SkipsIdsUsedBySiblings()
    {
        var plugins = _temp.Folder("plugins");
        _temp.Write("plugins/old/Old.cs", "// Id: \"USR0041\"");

        Assert.Equal("USR0042", UserModelIds.Next(Path.Combine(plugins, "new")));
        Assert.Equal("USR0001", UserModelIds.Next(Path.Combine(_temp.Folder("elsewhere"), "new")));
    }
}
