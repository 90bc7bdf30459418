using System.Text.RegularExpressions;
using Parquet;
using SupervisionModels.Cli.Ui;
using SupervisionModels.Data;
using SupervisionModels.Datasets;
using SupervisionModels.Leads;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli.Tests;

/// <summary>What a new user reads: hints they can paste, explain without repeats, inspect's sizes, generate's layout.</summary>
public sealed class OutputForPeopleTests
{
    [Fact]
    public void CommandName_FromTheProjectsBuildOutput_IsDotnetRun_RelativeToTheWorkingFolder()
    {
        using var temp = new TempFolder();
        var project = temp.Combine("repo", "engine", "SupervisionModels.Cli");
        var bin = Path.Combine(project, "bin", "Debug", "net10.0");
        Directory.CreateDirectory(bin);
        File.WriteAllText(Path.Combine(project, "SupervisionModels.Cli.csproj"), "<Project />");

        Assert.Equal("dotnet run --project engine/SupervisionModels.Cli --", CommandName.For(bin, temp.Combine("repo")));
        Assert.Equal("dotnet run --project . --", CommandName.For(bin, project));
        Assert.Equal($"dotnet run --project {project} --", CommandName.For(bin, temp.Combine("elsewhere"))); // outside: the whole path
    }

    [Fact]
    public void CommandName_InstalledOrPublished_IsSupervise()
    {
        using var temp = new TempFolder();
        var store = temp.Combine(".dotnet", "tools", ".store", "supervisionmodels.cli", "0.1.0", "supervisionmodels.cli", "0.1.0", "tools", "net10.0", "any");
        var published = temp.Combine("repo", "bin", "supervise"); // dotnet publish -o bin/supervise at the root: no CLI project above
        Directory.CreateDirectory(store);
        Directory.CreateDirectory(published);

        Assert.Equal("supervise", CommandName.For(store, temp.Path));
        Assert.Equal("supervise", CommandName.For(published, temp.Combine("repo")));
    }

    [Theory]
    [InlineData("supervise")]
    [InlineData("dotnet run --project engine/SupervisionModels.Cli --")]
    public async Task Hints_StartWithTheCommandTheUserRan(string commandName)
    {
        using var temp = new TempFolder();
        var cli = new CliHarness(commandName);

        Assert.Equal(0, await cli.RunAsync("models", "new", "PlateScreen", "--out", temp.Combine("plate-screen")));

        Assert.Matches(new Regex("Try it: " + Regex.Escape(commandName) + " models describe USR\\d{4} --plugins "), cli.Output);
    }

    [Fact]
    public async Task Demo_HintsNameTheCommand_AndExplainTheFirstLead()
    {
        using var temp = new TempFolder();
        var cli = new CliHarness("supervise");

        Assert.True(await cli.RunAsync("demo", "--out", temp.Path) == 0, cli.Error);

        var leads = temp.Combine("leads.jsonl");
        var first = (await LeadJson.ReadAsync(leads, TestContext.Current.CancellationToken))[0];
        Assert.Contains($"Explain one: supervise explain --leads {leads} {first.LeadId}", cli.Output, StringComparison.Ordinal);
        Assert.Contains($"Another format: supervise report --leads {leads} --out {temp.Combine("leads.csv")}", cli.Output, StringComparison.Ordinal);
        Assert.Contains("datasets/sample", cli.Error, StringComparison.Ordinal); // inside the source tree: the committed sample, not a copy under bin/
    }

    [Fact]
    public async Task Explain_ShowsEachRecordOnce_WithItsRules_AndAGroupRuleCountsItsRecords()
    {
        using var temp = new TempFolder();
        var suits = Enumerable.Range(1, 4).Select(n => $"（2021）鲁0403民初{n}号").ToArray();
        var evidence = new[] { "R1", "R2" }.SelectMany(rule => suits.SelectMany(suit => new[]
        {
            new Evidence(rule, "judgments", suit) { Excerpt = $"原告张三以被告名下【车牌额度】抵偿（{suit}）", MatchedWords = ["车牌额度"] },
            new Evidence(rule, "judgment_parties", suit + "#1"),
        })).ToArray();
        var lead = new Lead("SM0001-AAAAAAAAAA", "SM0001", "1.0.0", new LeadSubject("ID:370403198001011234", "张三", "person", "原告", "idNumber"), 35, 1,
            [new LeadRule("R1", "同一原告起诉 ≥ 2 件", 10, 1), new LeadRule("R2", "被告为僵尸企业", 25, 4), new LeadRule("R9", "快立快判", 0, 2)], evidence);
        var leads = temp.Combine("leads.jsonl");
        await LeadJson.WriteAsync(leads, [lead], cancellationToken: TestContext.Current.CancellationToken);
        var cli = new CliHarness();

        Assert.Equal(0, await cli.RunAsync("explain", "--leads", leads, lead.LeadId));

        var output = cli.Output;
        Assert.Matches(new Regex(@"│ R1\s+│ 同一原告起诉 ≥ 2 件\s+│ 10\s+│ 4\s+│"), output); // one binding for the group of four suits
        Assert.Contains("证据 Evidence — 8 条记录 records", output, StringComparison.Ordinal);
        foreach (var suit in suits)
        {
            Assert.Single(Regex.Matches(output, Regex.Escape(suit) + @"\s+│ R1 R2\s+│ 原告张\*以被告名下【车牌额度】抵偿"));
            Assert.Single(Regex.Matches(output, Regex.Escape(suit + "#1") + @"\s+│ R1 R2\s+│"));
        }

        Assert.Contains("At weight 0, not scored: R9 快立快判", output, StringComparison.Ordinal);
        Assert.DoesNotContain("│ R9", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_PrintsTheColumnChunksCompressedAndUncompressedSizes()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("judgments", "part-00000.parquet");
        Directory.CreateDirectory(temp.Combine("judgments"));
        await ParquetFactWriter<Judgment>.WriteAllAsync(file, Enumerable.Range(1, 200).Select(n => new Judgment
        {
            CaseNo = $"（2021）鲁0403民初{n}号",
            Court = "山东省枣庄市薛城区人民法院",
            CourtCode = "鲁0403",
            CaseType = CaseTypes.CivilFirstInstance,
            PlaintiffNames = "张三",
            DefendantNames = "枣庄某运输有限公司",
            FullText = string.Concat(Enumerable.Repeat("原告诉称：被告以其名下车牌额度抵偿借款。", 20)),
        }).ToArray(), ct: TestContext.Current.CancellationToken);
        var cli = new CliHarness();

        Assert.True(await cli.RunAsync("datasets", "inspect", temp.Combine("judgments")) == 0, cli.Error);

        // The expected figures straight from the footer, read with Parquet.Net.
        await using var reader = await ParquetReader.CreateAsync(file, cancellationToken: TestContext.Current.CancellationToken);
        var chunk = reader.Metadata!.RowGroups[0].Columns.Single(c => c.MetaData!.PathInSchema.SequenceEqual(["full_text"])).MetaData!;
        Assert.True(chunk.TotalCompressedSize < chunk.TotalUncompressedSize / 4); // repetitive text compresses: the two columns differ
        Assert.Matches(new Regex(@"│ full_text\s+│.*│ " + Regex.Escape(chunk.TotalCompressedSize.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))
            + @"\s+│ " + Regex.Escape(chunk.TotalUncompressedSize.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)) + @"\s+│"), cli.Output);
        var compressed = reader.Metadata.RowGroups.SelectMany(g => g.Columns).Sum(c => c.MetaData!.TotalCompressedSize);
        var uncompressed = reader.Metadata.RowGroups.SelectMany(g => g.Columns).Sum(c => c.MetaData!.TotalUncompressedSize);
        Assert.Contains(FormattableString.Invariant($"column data {compressed:N0} bytes compressed, {uncompressed:N0} uncompressed"), cli.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Bytes ", cli.Output, StringComparison.Ordinal); // the old column that repeated Uncompressed
    }

    [Fact]
    public async Task Generate_WritesEverythingUnderOut_LabelledTextsInAFolderRunsNeverRead()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("out");
        var generate = new CliHarness();

        Assert.True(await generate.RunAsync("datasets", "generate", "--scale", "tiny", "--seed", "3", "--out", output) == 0, generate.Error);

        Assert.Equal(["out"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName)); // no sibling out-text/
        Assert.True(File.Exists(Path.Combine(output, "labelled-text", "labelled_text", "part-00000.parquet")));
        var run = new CliHarness();
        var leads = temp.Combine("leads.jsonl");
        Assert.True(await run.RunAsync("run", "--data", output, "--out", leads) == 0, run.Error);
        var record = await LeadJson.ReadRunAsync(leads, TestContext.Current.CancellationToken);
        Assert.NotNull(record);
        Assert.DoesNotContain(record.Summary.Datasets.SelectMany(d => d.Provenance.Files), f => f.Path.Contains("labelled", StringComparison.Ordinal));

        var noRealTexts = temp.Combine("no-real-texts"); // an empty folder: the generated texts alone, no real ones
        Directory.CreateDirectory(noRealTexts);
        var train = new CliHarness();
        Assert.True(await train.RunAsync("classifier", "train", "--model", "SM0001", "--labelled", output, "--real", noRealTexts, "--out", temp.Combine("SM0001.zip")) == 0, train.Error);
        Assert.Contains("SM0001: trained on 240 texts (240 generated", train.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_TextFolderInsideOut_ElsewhereThanTheReservedFolder_IsRefused()
    {
        using var temp = new TempFolder();
        var cli = new CliHarness();

        Assert.Equal(ExitCodes.BadInput, await cli.RunAsync("datasets", "generate", "--seed", "3", "--out", temp.Combine("out"), "--text-out", temp.Combine("out", "judgments")));
        Assert.Contains("must not be inside the run data folder", cli.Error, StringComparison.Ordinal);
    }
}
