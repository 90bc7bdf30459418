using SupervisionModels.Leads;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.IO;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli.Tests;

/// <summary>Issue 12: the leads and their run record as one unit, and a bad or busy output said before any work.</summary>
public sealed class OutputIntegrityTests
{
    private static Lead Lead(string id, string name, double score) => new(
        id, id[..6], "1.0.0", new LeadSubject("ID:370403198001011234", name, "person", "原告", "idNumber"),
        score, 1, [new LeadRule("R1", "同一原告多次起诉", score, 2)], [new Evidence("R1", "judgments", "（2021）鲁0403民初1号")]);

    private static RunRecord Record(string dataDirectory) => new(
        new RunSummary("0.1.0", new DateTimeOffset(2026, 12, 1, 8, 30, 0, TimeSpan.Zero), TimeSpan.FromSeconds(1), [], [], []),
        dataDirectory, new Dictionary<string, object?>());

    private static string Unwrapped(string text) => text.Replace("\n", string.Empty, StringComparison.Ordinal); // long lines wrap at the console width

    [Fact]
    public async Task Report_KilledBetweenTheTwoWrites_RefusesTheStaleRecord_NamingBothFiles()
    {
        using var temp = new TempFolder();
        var leads = temp.Combine("leads.jsonl");
        await LeadJson.WriteAsync(leads, [Lead("SM0001-AAAAAAAAAA", "张三", 60)], Record("/data/first-run"), TestContext.Current.CancellationToken);
        // The second run is killed between the renames: its leads are in place, its record never came.
        await LeadJson.WriteAsync(leads, [Lead("SM0001-BBBBBBBBBB", "李四", 40)], cancellationToken: TestContext.Current.CancellationToken);
        var cli = new CliHarness();

        var exit = await cli.RunAsync("report", "--leads", leads, "--out", temp.Combine("r.html"));

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains($"{leads} does not match its run record {temp.Combine("leads.run.json")}: the leads were written by another run", Unwrapped(cli.Error), StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("r.html")));
    }

    [Fact]
    public async Task Report_PairWrittenTogether_IsAccepted_AndTheRecordHoldsTheLeadsHashAndCount()
    {
        using var temp = new TempFolder();
        var leads = temp.Combine("leads.jsonl");
        await LeadJson.WriteAsync(leads, [Lead("SM0001-AAAAAAAAAA", "张三", 60), Lead("SM0001-BBBBBBBBBB", "李四", 40)], Record("/data/run"), TestContext.Current.CancellationToken);
        var cli = new CliHarness();

        Assert.Equal(0, await cli.RunAsync("report", "--leads", leads, "--out", temp.Combine("r.json")));

        var record = await LeadJson.ReadRunAsync(leads, TestContext.Current.CancellationToken);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(leads, TestContext.Current.CancellationToken)));
        Assert.Equal(expected, record!.LeadsSha256);
        Assert.Equal(2, record.LeadCount);
        Assert.DoesNotContain("warning", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_RecordWithoutHash_FromAnOlderVersion_IsAcceptedWithAWarning()
    {
        using var temp = new TempFolder();
        var leads = temp.Combine("leads.jsonl");
        await LeadJson.WriteAsync(leads, [Lead("SM0001-AAAAAAAAAA", "张三", 60)], Record("/data/run"), TestContext.Current.CancellationToken);
        var recordPath = LeadJson.SummaryPathFor(leads);
        var old = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(recordPath, TestContext.Current.CancellationToken))!.AsObject();
        old.Remove("leadsSha256");
        old.Remove("leadCount");
        await File.WriteAllTextAsync(recordPath, old.ToJsonString(), TestContext.Current.CancellationToken);
        var cli = new CliHarness();

        Assert.Equal(0, await cli.RunAsync("report", "--leads", leads, "--out", temp.Combine("r.json")));

        Assert.Contains($"{recordPath} has no hash of its leads (written by an older supervise): cannot check that it belongs to {leads}.", Unwrapped(cli.Error), StringComparison.Ordinal);
        Assert.Contains("/data/run", await File.ReadAllTextAsync(temp.Combine("r.json"), TestContext.Current.CancellationToken), StringComparison.Ordinal); // the provenance is still printed
    }

    [Theory]
    [InlineData("explain")]
    [InlineData("diff")]
    public async Task ExplainAndDiff_RefuseAMismatchedRecord(string command)
    {
        using var temp = new TempFolder();
        var leads = temp.Combine("leads.jsonl");
        await LeadJson.WriteAsync(leads, [Lead("SM0001-AAAAAAAAAA", "张三", 60)], Record("/data/first-run"), TestContext.Current.CancellationToken);
        await LeadJson.WriteAsync(leads, [Lead("SM0001-AAAAAAAAAA", "张三", 70)], cancellationToken: TestContext.Current.CancellationToken);
        var other = temp.Combine("other.jsonl");
        await LeadJson.WriteAsync(other, [Lead("SM0001-AAAAAAAAAA", "张三", 60)], cancellationToken: TestContext.Current.CancellationToken);
        var cli = new CliHarness();

        var exit = command == "explain"
            ? await cli.RunAsync("explain", "--leads", leads, "SM0001-AAAAAAAAAA")
            : await cli.RunAsync("diff", "--old", other, "--new", leads);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains($"{leads} does not match its run record", Unwrapped(cli.Error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OutUnderAFile_ExitsOneBeforeAnyWork_NamingTheGivenPath()
    {
        using var temp = new TempFolder();
        var data = Directory.CreateDirectory(temp.Combine("data")).FullName; // empty: reading it would fail, the output check comes first
        await File.WriteAllTextAsync(temp.Combine("afile"), "x", TestContext.Current.CancellationToken);
        var output = temp.Combine("afile", "sub", "leads.jsonl");
        var cli = new CliHarness();

        var exit = await cli.RunAsync("run", "--data", data, "--out", output);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains($"{output}: {temp.Combine("afile")} is a file, not a folder", Unwrapped(cli.Error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OutIsADirectory_ExitsOneBeforeAnyWork()
    {
        using var temp = new TempFolder();
        var data = Directory.CreateDirectory(temp.Combine("data")).FullName;
        var output = Directory.CreateDirectory(temp.Combine("out")).FullName;
        var cli = new CliHarness();

        var exit = await cli.RunAsync("run", "--data", data, "--out", output);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains($"{output} is a directory; give the path of the file to write.", Unwrapped(cli.Error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ToAnOutputAnotherRunHolds_FailsAtOnce_NamingTheOtherProcess()
    {
        using var temp = new TempFolder();
        var data = Directory.CreateDirectory(temp.Combine("data")).FullName;
        var output = temp.Combine("leads.jsonl");
        using var other = OutputLock.Acquire(output); // the first run, still going
        var cli = new CliHarness();

        var exit = await cli.RunAsync("run", "--data", data, "--out", output);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains($"{output} is being written by another supervise (pid {Environment.ProcessId}, started ", Unwrapped(cli.Error), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Report_RemovesOurStaleTemporaries_LeavesOthersFiles()
    {
        using var temp = new TempFolder();
        var leads = temp.Combine("leads.jsonl");
        await LeadJson.WriteAsync(leads, [Lead("SM0001-AAAAAAAAAA", "张三", 60)], Record("/data/run"), TestContext.Current.CancellationToken);
        var stale = temp.Combine($".r.html.{Guid.NewGuid():N}.tmp"); // what a killed report left
        var notOurs = temp.Combine(".r.html.notes.tmp");
        await File.WriteAllTextAsync(stale, "", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(notOurs, "mine", TestContext.Current.CancellationToken);

        Assert.Equal(0, await new CliHarness().RunAsync("report", "--leads", leads, "--out", temp.Combine("r.html")));

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(notOurs));
        Assert.False(File.Exists(OutputLock.LockPathFor(temp.Combine("r.html")))); // released and removed
    }
}
