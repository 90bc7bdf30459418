using System.Text.Json;

namespace SupervisionModels.Cli.Tests;

public sealed class ModelsCommandTests
{
    [Fact]
    public async Task New_ThenDescribe_ShowsParametersRulesAndColumns()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("wage");
        var created = new CliHarness();
        Assert.Equal(0, await created.RunAsync("models", "new", "WageClaims", "--out", folder));
        Assert.Contains("USR0001", created.Output, StringComparison.Ordinal);

        var described = new CliHarness();
        var exit = await described.RunAsync("models", "describe", "USR0001", "--plugins", folder);

        Assert.True(exit == 0, described.Error);
        Assert.Contains("min-cases", described.Output, StringComparison.Ordinal);
        Assert.Contains("R1", described.Output, StringComparison.Ordinal);
        Assert.Contains("judgments", described.Output, StringComparison.Ordinal);
        Assert.Contains("full_text", described.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Json_IsMachineReadable()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("p");
        Assert.Equal(0, await new CliHarness().RunAsync("models", "new", "Screen", "--out", folder));

        var cli = new CliHarness();
        Assert.Equal(0, await cli.RunAsync("models", "list", "--plugins", folder, "--json"));

        using var json = JsonDocument.Parse(cli.Output);
        var plugin = json.RootElement.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "USR0001");
        Assert.Equal(["judgments"], plugin.GetProperty("datasets").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public async Task Plugins_CompileError_ExitsOneWithFileLineCol()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("broken");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "Model.cs"), "namespace X;\npublic sealed class M { int x = \"a\"; }\n", TestContext.Current.CancellationToken);

        var cli = new CliHarness();
        Assert.Equal(1, await cli.RunAsync("models", "list", "--plugins", folder));
        Assert.Matches(@"Model\.cs:2:\d+: error CS0029", cli.Error);
    }
}
