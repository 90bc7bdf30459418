using SupervisionModels.Data;
using SupervisionModels.Datasets;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli.Tests;

public sealed class RunCommandTests
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

    /// <summary>A data folder with judgments, and a scaffolded source plugin that screens them.</summary>
    private static async Task<(TempFolder Temp, string Data, string Plugins)> ArrangeAsync()
    {
        var temp = new TempFolder();
        var data = temp.Combine("data");
        Directory.CreateDirectory(Path.Combine(data, "judgments"));
        await ParquetFactWriter<Judgment>.WriteAllAsync(Path.Combine(data, "judgments", "part-00000.parquet"),
        [
            CivilJudgment(1, "张三", "原告诉称：被告以其名下车牌额度抵偿借款。"),
            CivilJudgment(2, "张三", "双方约定转让号牌指标一个。"),
            CivilJudgment(3, "李四", "二手车买卖合同纠纷，车辆存在质量问题。"),
            CivilJudgment(4, "王五", "民间借贷纠纷，被告未还款。"),
        ]);

        var plugins = temp.Combine("plugins");
        var harness = new CliHarness();
        Assert.Equal(0, await harness.RunAsync("models", "new", "PlateScreen", "--out", Path.Combine(plugins, "plate-screen")));
        return (temp, data, plugins);
    }

    [Fact]
    public async Task Run_SourcePluginOverParquet_WritesRankedLeadsAndRunRecord_ThenExplains()
    {
        var (temp, data, plugins) = await ArrangeAsync();
        using var _ = temp;
        var output = temp.Combine("out", "leads.jsonl");

        var cli = new CliHarness();
        var exit = await cli.RunAsync("run", "--data", data, "--plugins", plugins, "--models", "USR0001", "--out", output);

        Assert.True(exit == 0, cli.Error);
        var lead = Assert.Single(await LeadJson.ReadAsync(output, TestContext.Current.CancellationToken));
        Assert.Equal("PN:张三", lead.Subject.Key);
        Assert.Equal("原告", lead.Subject.Role);
        Assert.Equal(["（2021）鲁0403民初1号", "（2021）鲁0403民初2号"], lead.Evidence.Select(e => e.RecordKey));
        var record = await LeadJson.ReadRunAsync(output, TestContext.Current.CancellationToken);
        Assert.NotNull(record);
        Assert.Equal(4, record.Summary.Datasets.Single().Rows);
        Assert.Contains("full_text", record.Summary.Datasets.Single().ScannedColumns);
        Assert.DoesNotContain("full_text", record.Summary.Datasets.Single().LoadedColumns);
        Assert.Equal(64, record.Summary.Datasets.Single().Provenance.Files.Single().Sha256.Length);

        var explain = new CliHarness();
        Assert.Equal(0, await explain.RunAsync("explain", "--leads", output, lead.LeadId));
        Assert.Contains("【车牌额度】", explain.Output, StringComparison.Ordinal);
        Assert.Contains("张*", cli.Output, StringComparison.Ordinal); // the summary masks natural persons' names
    }

    [Fact]
    public async Task Run_SettingsOverrideKeywords_ChangesTheLeads()
    {
        var (temp, data, plugins) = await ArrangeAsync();
        using var _ = temp;
        var id = Directory.GetFiles(plugins, "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText)
            .Select(s => System.Text.RegularExpressions.Regex.Match(s, "Id: \"(USR\\d{4})\"").Groups[1].Value).Single();
        await File.WriteAllTextAsync(Path.Combine(data, "supervise.settings.json"),
            $$"""{ "models": { "{{id}}": { "parameters": { "keywords": ["二手车买卖", "借贷"], "min-cases": 1 } } } }""", TestContext.Current.CancellationToken);
        var output = temp.Combine("leads.jsonl");

        var cli = new CliHarness();
        Assert.Equal(0, await cli.RunAsync("run", "--data", data, "--plugins", plugins, "--models", id, "--out", output));

        var leads = await LeadJson.ReadAsync(output, TestContext.Current.CancellationToken);
        Assert.Equal(["PN:李四", "PN:王五"], leads.Select(l => l.Subject.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_UnknownSettingsParameter_ExitsOneNamingFileAndLine()
    {
        var (temp, data, plugins) = await ArrangeAsync();
        using var _ = temp;
        var id = Directory.GetFiles(plugins, "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText)
            .Select(s => System.Text.RegularExpressions.Regex.Match(s, "Id: \"(USR\\d{4})\"").Groups[1].Value).Single();
        await File.WriteAllTextAsync(Path.Combine(data, "supervise.settings.json"), $$"""
            { "models": { "{{id}}": {
                "parameters": { "min-case": 3 } } } }
            """, TestContext.Current.CancellationToken);

        var cli = new CliHarness();
        var exit = await cli.RunAsync("run", "--data", data, "--plugins", plugins, "--models", id, "--out", temp.Combine("leads.jsonl"));

        Assert.Equal(1, exit);
        Assert.Contains("supervise.settings.json:2", cli.Error, StringComparison.Ordinal);
        Assert.Contains("min-case", cli.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("leads.jsonl")));
    }

    [Fact]
    public async Task Run_DatasetMissingAColumn_ExitsOneNamingDatasetFileAndColumn()
    {
        var (temp, data, plugins) = await ArrangeAsync();
        using var _ = temp;
        // Replace the judgments with a file of another shape (a record type with fewer columns).
        File.Delete(Path.Combine(data, "judgments", "part-00000.parquet"));
        await ParquetFactWriter<ThinJudgment>.WriteAllAsync(Path.Combine(data, "judgments", "part-00000.parquet"), [new ThinJudgment { CaseNo = "X" }], ct: TestContext.Current.CancellationToken);

        var cli = new CliHarness();
        var exit = await cli.RunAsync("run", "--data", data, "--plugins", plugins, "--models", "USR0001", "--out", temp.Combine("leads.jsonl"));

        Assert.Equal(1, exit);
        Assert.Contains("judgments", cli.Error, StringComparison.Ordinal);
        Assert.Contains("part-00000.parquet", cli.Error, StringComparison.Ordinal);
        Assert.Contains("full_text", cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", cli.Error, StringComparison.Ordinal); // no stack trace for bad input
    }

    [Fact]
    public async Task Run_UnknownModel_ExitsOneListingKnownModels()
    {
        using var temp = new TempFolder();
        var cli = new CliHarness();
        var exit = await cli.RunAsync("run", "--data", temp.Path, "--models", "SM9999", "--out", temp.Combine("x.jsonl"));
        Assert.Equal(1, exit);
        Assert.Contains("unknown model 'SM9999'", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_UnknownLead_ExitsOne()
    {
        using var temp = new TempFolder();
        var leads = temp.Combine("leads.jsonl");
        await File.WriteAllTextAsync(leads, string.Empty, TestContext.Current.CancellationToken);
        var cli = new CliHarness();
        Assert.Equal(1, await cli.RunAsync("explain", "--leads", leads, "SM0001-AAAAAAAAAA"));
        Assert.Contains("no lead with id SM0001-AAAAAAAAAA", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_MalformedLeadsFile_NamesFileAndLine()
    {
        using var temp = new TempFolder();
        var leads = temp.Combine("leads.jsonl");
        await File.WriteAllTextAsync(leads, "\n{ not json\n", TestContext.Current.CancellationToken);
        var cli = new CliHarness();
        Assert.Equal(1, await cli.RunAsync("explain", "--leads", leads, "X"));
        Assert.Contains("leads.jsonl:2: not valid lead JSON", cli.Error, StringComparison.Ordinal);
    }
}

/// <summary>A judgments file of the wrong shape: only the case number.</summary>
[SupervisionModels.Facts.Dataset("judgments")]
public sealed record ThinJudgment
{
    [SupervisionModels.Facts.Column("case_no"), SupervisionModels.Facts.RecordKey] public string CaseNo { get; init; } = "";
}
