using System.Text.RegularExpressions;
using SupervisionModels.TestSupport;

namespace SupervisionModels.Declarative.Tests;

/// <summary>The examples of the README section and of the format's help page are model files that load.</summary>
public sealed partial class DocumentationTests
{
    [Theory]
    [InlineData("README.md", "## Models without C#")]
    [InlineData("models/docs/declarative/README.md", "## The file")]
    public void The_documented_example_loads(string page, string section)
    {
        var text = File.ReadAllText(Path.Combine(FixtureFiles.RepositoryRoot, page));
        var start = text.IndexOf(section, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{page} has no section '{section}'");

        var example = YamlBlock().Match(text, start);
        Assert.True(example.Success, $"{page}: no yaml block after '{section}'");

        var model = DeclarativeModel.Parse(page, example.Groups[1].Value);
        Assert.StartsWith("USR", model.Descriptor.Id, StringComparison.Ordinal);
    }

    [GeneratedRegex("```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
