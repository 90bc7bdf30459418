using SupervisionModels.Leads;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli.Tests;

/// <summary>
/// A run killed between renaming its leads and renaming its run record leaves the new leads, the previous record
/// and the new record complete in its temporary: the next reader or writer renames it, so that the pair is the new
/// one; a temporary that names other leads is never taken for the record.
/// </summary>
public sealed class InterruptedPairTests
{
    private static Lead Lead(string id, double score) => new(
        id, id[..6], "1.0.0", new LeadSubject("ID:370403198001011234", "张三", "person", "原告", "idNumber"),
        score, 1, [new LeadRule("R1", "同一原告多次起诉", score, 2)], [new Evidence("R1", "judgments", "（2021）鲁0403民初1号")]);

    private static RunRecord Record(string dataDirectory) => new(
        new RunSummary("0.1.0", new DateTimeOffset(2026, 12, 1, 8, 30, 0, TimeSpan.Zero), TimeSpan.FromSeconds(1), [], [], []),
        dataDirectory, new Dictionary<string, object?>());

    [Fact]
    public async Task Reader_CompletesThePairAKillBetweenTheRenamesLeft()
    {
        using var temp = new TempFolder();
        var leads = await KilledBetweenTheRenamesAsync(temp, pendingNamesTheNewLeads: true);

        var (run, warning) = await LeadJson.VerifyRunAsync(leads, TestContext.Current.CancellationToken);

        Assert.Null(warning);
        Assert.Equal("/data/second-run", run!.DataDirectory);
        Assert.Empty(Directory.EnumerateFiles(temp.Path, ".*.tmp"));
        var report = new CliHarness();
        Assert.True(await report.RunAsync("report", "--leads", leads, "--out", temp.Combine("r.json")) == 0, report.Error);
    }

    [Fact]
    public async Task Writer_CompletesThePair_WhenItTakesTheLock()
    {
        using var temp = new TempFolder();
        var leads = await KilledBetweenTheRenamesAsync(temp, pendingNamesTheNewLeads: true);

        using (LeadJson.LockForWriting(leads))
        {
            Assert.Empty(Directory.EnumerateFiles(temp.Path, ".*.tmp"));
        }

        Assert.Equal("/data/second-run", (await LeadJson.ReadRunAsync(leads, TestContext.Current.CancellationToken))!.DataDirectory);
    }

    [Fact]
    public async Task PendingRecordOfOtherLeads_IsNotTaken_ThePairIsRefused_AndTheTemporaryRemoved()
    {
        using var temp = new TempFolder();
        var leads = await KilledBetweenTheRenamesAsync(temp, pendingNamesTheNewLeads: false);

        var e = await Assert.ThrowsAsync<LeadFileException>(() => LeadJson.VerifyRunAsync(leads, TestContext.Current.CancellationToken));

        Assert.Contains("does not match its run record", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(temp.Path, ".*.tmp"));
    }

    /// <summary>
    /// The first run's pair, then the second run's leads renamed into place and its record left in its temporary
    /// (or, when <paramref name="pendingNamesTheNewLeads"/> is false, a temporary record of a third run's leads).
    /// </summary>
    private static async Task<string> KilledBetweenTheRenamesAsync(TempFolder temp, bool pendingNamesTheNewLeads)
    {
        var leads = temp.Combine("leads.jsonl");
        await LeadJson.WriteAsync(leads, [Lead("SM0001-AAAAAAAAAA", 60)], Record("/data/first-run"), TestContext.Current.CancellationToken);
        var second = temp.Combine("second", "leads.jsonl");
        await LeadJson.WriteAsync(second, [Lead("SM0001-BBBBBBBBBB", 40)], Record("/data/second-run"), TestContext.Current.CancellationToken);
        var third = temp.Combine("third", "leads.jsonl");
        await LeadJson.WriteAsync(third, [Lead("SM0001-CCCCCCCCCC", 30)], Record("/data/second-run"), TestContext.Current.CancellationToken);

        File.Copy(second, leads, overwrite: true);
        var pending = pendingNamesTheNewLeads ? LeadJson.SummaryPathFor(second) : LeadJson.SummaryPathFor(third);
        File.Copy(pending, temp.Combine($".leads.run.json.{Guid.NewGuid():N}.tmp"));
        Directory.Delete(temp.Combine("second"), recursive: true);
        Directory.Delete(temp.Combine("third"), recursive: true);
        return leads;
    }
}
