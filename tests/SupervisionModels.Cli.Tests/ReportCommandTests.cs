using System.Text;
using SupervisionModels.Leads;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli.Tests;

public sealed class ReportCommandTests
{
    private static Lead Lead(string id, string name, string kind, double score, int rank) => new(
        id, id[..6], "1.0.0", new LeadSubject(kind == "person" ? "ID:370403198001011234" : "CC:92370681MA54UWTB51", name, kind, "原告", "idNumber"),
        score, rank, [new LeadRule("R1", "同一原告多次起诉", score, 2)], [new Evidence("R1", "judgments", "（2021）鲁0403民初1号") { Excerpt = $"原告{name}与被告以【车牌额度】抵偿", MatchedWords = ["车牌额度"] }]);

    private static async Task<string> LeadsFileAsync(TempFolder temp, string name, params Lead[] leads)
    {
        var path = temp.Combine(name);
        await LeadJson.WriteAsync(path, leads);
        return path;
    }

    [Theory]
    [InlineData("report.xlsx", "xlsx")]
    [InlineData("report.html", "html")]
    [InlineData("report.csv", "csv")]
    [InlineData("report.json", "json")]
    public async Task Report_FormatFromTheOutExtension_WritesTheFile(string file, string format)
    {
        using var temp = new TempFolder();
        var leads = await LeadsFileAsync(temp, "leads.jsonl", Lead("SM0001-AAAAAAAAAA", "张三", "person", 60, 1));
        var output = temp.Combine(file);

        var cli = new CliHarness();
        var exit = await cli.RunAsync("report", "--leads", leads, "--out", output);

        Assert.True(exit == 0, cli.Error);
        Assert.True(new FileInfo(output).Length > 0);
        Assert.Contains($"Report written to {output} ({format}, 1 leads, personal data masked", cli.Output, StringComparison.Ordinal);
        Assert.Contains("no run record", cli.Error, StringComparison.Ordinal); // written without one: the report says provenance is unknown
        Assert.Equal(new[] { "leads.jsonl", file }.Order(StringComparer.Ordinal), Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal)); // no temporary left
    }

    [Fact]
    public async Task Report_Csv_MaskedByDefault_UnmaskShowsAndWarns()
    {
        using var temp = new TempFolder();
        var leads = await LeadsFileAsync(temp, "leads.jsonl", Lead("SM0001-AAAAAAAAAA", "张三", "person", 60, 1));

        Assert.Equal(0, await new CliHarness().RunAsync("report", "--leads", leads, "--format", "csv", "--out", temp.Combine("masked.txt")));
        var unmasked = new CliHarness();
        Assert.Equal(0, await unmasked.RunAsync("report", "--leads", leads, "--format", "csv", "--unmask", "--out", temp.Combine("open.csv")));

        var masked = await File.ReadAllTextAsync(temp.Combine("masked.txt"), Encoding.UTF8, TestContext.Current.CancellationToken);
        Assert.Contains(",张*,自然人,原告,ID:3704**********1234,", masked, StringComparison.Ordinal);
        Assert.Contains(",张三,自然人,原告,ID:370403198001011234,", await File.ReadAllTextAsync(temp.Combine("open.csv"), Encoding.UTF8, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("NOT masked", unmasked.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_MissingLeadsFile_IsAUserError()
    {
        using var temp = new TempFolder();
        var cli = new CliHarness();

        Assert.Equal(ExitCodes.BadInput, await cli.RunAsync("report", "--leads", temp.Combine("nope.jsonl"), "--out", temp.Combine("r.xlsx")));
        Assert.Contains("nope.jsonl: no such leads file.", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_MalformedLine_NamesFileAndLine_AndWritesNothing()
    {
        using var temp = new TempFolder();
        var leads = await LeadsFileAsync(temp, "leads.jsonl", Lead("SM0001-AAAAAAAAAA", "张三", "person", 60, 1));
        await File.AppendAllTextAsync(leads, "{\"leadId\": \n", TestContext.Current.CancellationToken);
        var cli = new CliHarness();

        Assert.Equal(ExitCodes.BadInput, await cli.RunAsync("report", "--leads", leads, "--out", temp.Combine("r.html")));
        Assert.Contains("leads.jsonl:2: not valid lead JSON", cli.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("r.html")));
    }

    [Fact]
    public async Task Report_UnknownFormat_AndUnknownExtension_AreUserErrors()
    {
        using var temp = new TempFolder();
        var leads = await LeadsFileAsync(temp, "leads.jsonl", Lead("SM0001-AAAAAAAAAA", "张三", "person", 60, 1));

        var format = new CliHarness();
        Assert.Equal(ExitCodes.BadInput, await format.RunAsync("report", "--leads", leads, "--format", "pdf", "--out", temp.Combine("r.pdf")));
        Assert.Contains("unknown report format 'pdf': use one of xlsx, html, csv, json.", format.Error, StringComparison.Ordinal);
        var extension = new CliHarness();
        Assert.Equal(ExitCodes.BadInput, await extension.RunAsync("report", "--leads", leads, "--out", temp.Combine("r.txt")));
        Assert.Contains("cannot tell the report format from", extension.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_OutputDirectoryMissing_IsAUserError()
    {
        using var temp = new TempFolder();
        var leads = await LeadsFileAsync(temp, "leads.jsonl", Lead("SM0001-AAAAAAAAAA", "张三", "person", 60, 1));
        var cli = new CliHarness();

        Assert.Equal(ExitCodes.BadInput, await cli.RunAsync("report", "--leads", leads, "--out", temp.Combine("missing", "r.xlsx")));
        Assert.Contains($"output directory {temp.Combine("missing")} does not exist.", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_ListsNewChangedAndGone_CountsTheUnchanged_ByLeadId_Masked()
    {
        using var temp = new TempFolder();
        var old = await LeadsFileAsync(temp, "old.jsonl", Lead("SM0001-AAAAAAAAAA", "张三", "person", 60, 1), Lead("SM0001-GGGGGGGGGG", "李四", "person", 30, 2), Lead("SM0001-SSSSSSSSSS", "王五", "person", 20, 3));
        var current = await LeadsFileAsync(temp, "new.jsonl", Lead("SM0001-AAAAAAAAAA", "张三", "person", 70, 1), Lead("SM0002-NNNNNNNNNN", "某运输有限公司", "organization", 50, 1), Lead("SM0001-SSSSSSSSSS", "王五", "person", 20, 3));
        var cli = new CliHarness();

        Assert.Equal(0, await cli.RunAsync("diff", "--old", old, "--new", current));

        Assert.Contains("1 new, 1 changed, 1 unchanged, 1 gone.", cli.Output, StringComparison.Ordinal);
        Assert.Contains("+ new        SM0002-NNNNNNNNNN  #1  某运输有限公司 · 原告  score 50", cli.Output, StringComparison.Ordinal);
        Assert.Contains("~ changed    SM0001-AAAAAAAAAA  #1  张* · 原告  score 70  (score 60 → 70)", cli.Output, StringComparison.Ordinal);
        Assert.Contains("- gone       SM0001-GGGGGGGGGG  #2  李* · 原告  score 30", cli.Output, StringComparison.Ordinal);
        Assert.Contains("1 unchanged lead(s) not listed (--all lists them).", cli.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("SM0001-SSSSSSSSSS", cli.Output, StringComparison.Ordinal);

        var all = new CliHarness();
        Assert.Equal(0, await all.RunAsync("diff", "--old", old, "--new", current, "--all"));
        Assert.Contains("= unchanged  SM0001-SSSSSSSSSS  #3  王* · 原告  score 20", all.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("not listed", all.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_SameScore_OtherEvidence_IsListedAsChanged()
    {
        using var temp = new TempFolder();
        var lead = Lead("SM0001-AAAAAAAAAA", "张三", "person", 60, 1);
        var old = await LeadsFileAsync(temp, "old.jsonl", lead);
        var current = await LeadsFileAsync(temp, "new.jsonl", lead with { Evidence = [.. lead.Evidence, new Evidence("R1", "judgments", "（2022）鲁0403民初9号")] });
        var cli = new CliHarness();

        Assert.Equal(0, await cli.RunAsync("diff", "--old", old, "--new", current));

        Assert.Contains("0 new, 1 changed, 0 unchanged, 0 gone.", cli.Output, StringComparison.Ordinal);
        Assert.Contains("~ changed    SM0001-AAAAAAAAAA  #1  张* · 原告  score 60  (evidence +1 -0 records)", cli.Output, StringComparison.Ordinal);
    }
}
