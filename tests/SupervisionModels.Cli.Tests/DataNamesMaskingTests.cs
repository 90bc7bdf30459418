using SupervisionModels.Leads;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli.Tests;

/// <summary>
/// Issue 12, item 4: excerpts are masked with the names the data knows, not only with those after a role word or
/// of the leads' subjects. The run record carries the data's names that show in the excerpts (whole or cut at an
/// edge), and report, explain and diff mask with them without reading the data again.
/// </summary>
public sealed class DataNamesMaskingTests
{
    // 赵子龙 follows no role word and is no lead's subject: only the data knows it is a person. 钱多 is cut at the excerpt's end.
    private const string Excerpt = "…经查，当晚赵子龙驾车将【笑气】带至现场，同行的钱多…";

    private static Lead Lead() => new(
        "SM0002-AAAAAAAAAA", "SM0002", "1.0.0", new LeadSubject("ID:370403198001011234", "孙大圣", "person", "违法行为人", "idNumber"),
        60, 1, [new LeadRule("R1", "笑气", 60, 1)], [new Evidence("R1", "police_cases", "JQ2024001") { Excerpt = Excerpt, MatchedWords = ["笑气"] }]);

    private static RunRecord Record(IReadOnlyList<string>? names) => new(
        new RunSummary("0.1.0", new DateTimeOffset(2026, 12, 1, 8, 30, 0, TimeSpan.Zero), TimeSpan.FromSeconds(1), [], [], []),
        "/data/run", new Dictionary<string, object?>()) { ExcerptNames = names };

    [Fact]
    public void InExcerpts_FindsWholeNames_AndNamesCutAtAnEdge_AndNoOthers()
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { "赵子龙", "钱多多", "周瑜", "孙大圣" };

        var found = ExcerptNames.InExcerpts([Excerpt, "子龙诉称…"], names);

        Assert.Equal(["赵子龙", "钱多多"], found);
    }

    [Fact]
    public async Task Report_Explain_Diff_MaskTheDataNames_TheRecordCarries()
    {
        using var temp = new TempFolder();
        var leads = temp.Combine("leads.jsonl");
        await LeadJson.WriteAsync(leads, [Lead()], Record(["赵子龙", "钱多多"]), TestContext.Current.CancellationToken);

        var report = new CliHarness();
        Assert.True(await report.RunAsync("report", "--leads", leads, "--out", temp.Combine("r.json")) == 0, report.Error);
        var explain = new CliHarness();
        Assert.True(await explain.RunAsync("explain", "--leads", leads, "SM0002-AAAAAAAAAA") == 0, explain.Error);
        var diff = new CliHarness();
        Assert.True(await diff.RunAsync("diff", "--old", leads, "--new", leads, "--all") == 0, diff.Error);

        var json = await File.ReadAllTextAsync(temp.Combine("r.json"), TestContext.Current.CancellationToken);
        foreach (var shown in new[] { json, explain.Output, diff.Output })
        {
            Assert.DoesNotContain("赵子龙", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("钱多", shown, StringComparison.Ordinal);
        }

        Assert.Contains("赵**驾车", json, StringComparison.Ordinal);
        Assert.Contains("同行的钱*", json, StringComparison.Ordinal);
        Assert.DoesNotContain("excerptNames", json, StringComparison.Ordinal); // the names are for masking, not for the report
    }

    [Fact]
    public async Task Report_WithoutTheDataNames_ShowsTheNameNoRoleWordAnnounces()
    {
        using var temp = new TempFolder();
        var leads = temp.Combine("leads.jsonl");
        await LeadJson.WriteAsync(leads, [Lead()], Record(null), TestContext.Current.CancellationToken);
        var report = new CliHarness();

        Assert.True(await report.RunAsync("report", "--leads", leads, "--out", temp.Combine("r.json")) == 0, report.Error);

        Assert.Contains("赵子龙", await File.ReadAllTextAsync(temp.Combine("r.json"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RecordsTheDataNamesInItsExcerpts_FromThePersonColumns()
    {
        using var temp = new TempFolder();
        var leads = temp.Combine("leads.jsonl");
        var run = new CliHarness();
        Assert.True(await run.RunAsync("run", "--data", Path.Combine(AppContext.BaseDirectory, "sample"), "--out", leads, "--audit", temp.Combine("audit.jsonl")) == 0, run.Error);

        var record = await LeadJson.ReadRunAsync(leads, TestContext.Current.CancellationToken);

        Assert.NotNull(record!.ExcerptNames);
        var excerpts = (await LeadJson.ReadAsync(leads, TestContext.Current.CancellationToken)).SelectMany(l => l.Evidence).Select(e => e.Excerpt).OfType<string>().ToArray();
        Assert.NotEmpty(record.ExcerptNames);
        Assert.All(record.ExcerptNames, n => Assert.True(n.Length is >= 2 and <= 5, n));
        Assert.Contains(record.ExcerptNames, n => excerpts.Any(e => e.Replace("【", "", StringComparison.Ordinal).Replace("】", "", StringComparison.Ordinal).Contains(n, StringComparison.Ordinal)));
    }
}
