using System.Text.RegularExpressions;
using SupervisionModels.Hosting.Catalog;
using SupervisionModels.Hosting.Scaffolding;
using SupervisionModels.Hosting.Tests.Support;
using SupervisionModels.TestSupport;

namespace SupervisionModels.Hosting.Tests.Confinement;

/// <summary>What the documentation tells model authors to write compiles under the plugin allow-list.</summary>
public sealed partial class ReadmeExampleTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ReadmeModelExample_CompilesUnderTheAllowList()
    {
        //Arrange: the README's "shape of a model", with the usings the scaffold writes (the README leaves them out)
        var readme = File.ReadAllText(Path.Combine(FixtureFiles.RepositoryRoot, "README.md"));
        var blocks = CSharpBlock().Matches(readme).Select(m => m.Groups["code"].Value).Where(c => c.Contains(": SupervisionModel", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(blocks);
        var folder = _temp.Folder("readme");
        for (var i = 0; i < blocks.Length; i++)
        {
            _temp.Write(Path.Combine("readme", $"Example{i}.cs"), "using SupervisionModels.Datasets;\nusing SupervisionModels.Models;\nusing SupervisionModels.Rules;\n\nnamespace Readme" + i + ";\n\n" + blocks[i]);
        }

        //Act
        using var catalog = new ModelCatalogBuilder().AddSourceDirectory(folder).Build();

        //Assert
        Assert.Equal(blocks.Length, catalog.Models.Count);
        Assert.Empty(catalog.Warnings);
    }

    [Fact]
    public void ScaffoldedModel_CompilesUnderTheAllowList()
    {
        var folder = Path.Combine(_temp.Folder("plugins"), "wage");
        ModelScaffolder.Create("WageClaims", folder);

        using var catalog = new ModelCatalogBuilder().AddSourceDirectory(folder).Build();

        Assert.Single(catalog.Models);
        Assert.Empty(catalog.Warnings);
    }

    [GeneratedRegex("```csharp\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
