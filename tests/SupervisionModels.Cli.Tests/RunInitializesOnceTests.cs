using System.Text.RegularExpressions;
using SupervisionModels.Data;
using SupervisionModels.Datasets;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli.Tests;

/// <summary><c>run</c> plans once: each model's Initialize runs once, the settings' rule ids checked against that plan.</summary>
public sealed class RunInitializesOnceTests
{
    private static Judgment CivilJudgment(int n, string plaintiff, string text) => new()
    {
        CaseNo = $"（2021）鲁0403民初{n}号",
        Court = "山东省枣庄市薛城区人民法院",
        CourtCode = "鲁0403",
        CaseType = CaseTypes.CivilFirstInstance,
        PlaintiffNames = plaintiff,
        DefendantNames = "枣庄某运输有限公司",
        FullText = text,
    };

    /// <summary>
    /// Judgments, and a scaffolded model whose Initialize appends a line to a file each time it runs (the plugin lives
    /// in its own load context, so a file is the simplest counter the test can read). Writing files is refused in
    /// plugins, so the model is built as a DLL and trusted by its hash (<c>Trust</c>, for the settings' "trust").
    /// </summary>
    private static async Task<(TempFolder Temp, string Data, string Plugins, string Id, string Counter, string Trust)> ArrangeAsync()
    {
        var temp = new TempFolder();
        var data = temp.Combine("data");
        Directory.CreateDirectory(Path.Combine(data, "judgments"));
        await ParquetFactWriter<Judgment>.WriteAllAsync(Path.Combine(data, "judgments", "part-00000.parquet"),
        [
            CivilJudgment(1, "张三", "原告诉称：被告以其名下车牌额度抵偿借款。"),
            CivilJudgment(2, "张三", "双方约定转让号牌指标一个。"),
            CivilJudgment(3, "李四", "民间借贷纠纷，被告未还款。"),
        ]);

        var plugins = temp.Combine("plugins");
        Assert.Equal(0, await new CliHarness().RunAsync("models", "new", "CountedScreen", "--out", Path.Combine(plugins, "counted")));
        var source = Directory.GetFiles(plugins, "*.cs", SearchOption.AllDirectories).Single();
        var text = await File.ReadAllTextAsync(source);
        var id = Regex.Match(text, "Id: \"(USR\\d{4})\"").Groups[1].Value;
        var counter = temp.Combine("initialize-calls.txt");
        const string firstLine = "var keywords = context.GetValue(Keywords);";
        Assert.Contains(firstLine, text, StringComparison.Ordinal);
        var counted = text.Replace(firstLine, $"System.IO.File.AppendAllText(@\"{counter}\", \"Initialize\\n\");\n        {firstLine}", StringComparison.Ordinal);
        Directory.Delete(Path.GetDirectoryName(source)!, recursive: true);
        var dll = PluginDll.Compile(Path.Combine(plugins, "CountedScreen.dll"), "CountedScreen", counted);
        return (temp, data, plugins, id, counter, PluginDll.TrustEntry(dll));
    }

    [Fact]
    public async Task Run_WithSettingsWeights_InitializesTheModelOnce_AndAppliesTheWeights()
    {
        // Arrange
        var (temp, data, plugins, id, counter, trust) = await ArrangeAsync();
        using var _ = temp;
        await File.WriteAllTextAsync(Path.Combine(data, "supervise.settings.json"), $$"""{ "trust": [{{trust}}], "models": { "{{id}}": { "weights": { "R1": 30 } } } }""", TestContext.Current.CancellationToken);
        var output = temp.Combine("leads.jsonl");

        // Act
        var exit = await new CliHarness().RunAsync("run", "--data", data, "--plugins", plugins, "--models", id, "--out", output);

        // Assert
        Assert.Equal(0, exit);
        Assert.Equal(["Initialize"], await File.ReadAllLinesAsync(counter, TestContext.Current.CancellationToken));
        var lead = Assert.Single(await LeadJson.ReadAsync(output, TestContext.Current.CancellationToken));
        Assert.Equal("PN:张三", lead.Subject.Key);
        Assert.Equal(30, lead.Score);
    }

    [Fact]
    public async Task Run_SettingsWeightForUnknownRule_ExitsOneNamingFileAndLine_AfterOneInitialize()
    {
        // Arrange
        var (temp, data, plugins, id, counter, trust) = await ArrangeAsync();
        using var _ = temp;
        await File.WriteAllTextAsync(Path.Combine(data, "supervise.settings.json"), $$"""
            { "trust": [{{trust}}], "models": { "{{id}}": {
                "weights": { "R9": 30 } } } }
            """, TestContext.Current.CancellationToken);
        var output = temp.Combine("leads.jsonl");

        // Act
        var cli = new CliHarness();
        var exit = await cli.RunAsync("run", "--data", data, "--plugins", plugins, "--models", id, "--out", output);

        // Assert
        Assert.Equal(1, exit);
        Assert.Contains("supervise.settings.json:2", cli.Error, StringComparison.Ordinal);
        Assert.Contains("unknown rule 'R9'", cli.Error, StringComparison.Ordinal);
        Assert.Equal(["Initialize"], await File.ReadAllLinesAsync(counter, TestContext.Current.CancellationToken));
        Assert.False(File.Exists(output));
    }
}
