using SupervisionModels.Leads;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.IO;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Engine.Tests;

/// <summary>Issue 12: the leads and their record as one unit, one writer per output, and what a killed run left.</summary>
public sealed class OutputFilesTests
{
    private static Lead Lead(string id, double score) => new(
        id, id[..6], "1.0.0", new LeadSubject("PN:张三", "张三", "person", "原告", "name"),
        score, 1, [new LeadRule("R1", "同一原告多次起诉", score, 2)], [new Evidence("R1", "judgments", "（2021）鲁0403民初1号")]);

    private static RunRecord Record() => new(
        new RunSummary("0.1.0", new DateTimeOffset(2026, 12, 1, 8, 30, 0, TimeSpan.Zero), TimeSpan.FromSeconds(1), [], [], []),
        "/data", new Dictionary<string, object?>());

    [Fact]
    public async Task LeadsAndRecordWrittenTogether_Verify()
    {
        using var temp = new TempFolder();
        var leads = temp.Combine("leads.jsonl");
        await LeadJson.WriteAsync(leads, [Lead("SM0001-AAAAAAAAAA", 60), Lead("SM0001-BBBBBBBBBB", 50)], Record(), TestContext.Current.CancellationToken);

        var (run, warning) = await LeadJson.VerifyRunAsync(leads, TestContext.Current.CancellationToken);

        Assert.Null(warning);
        Assert.Equal(2, run!.LeadCount);
        Assert.Equal(64, run.LeadsSha256!.Length);
    }

    [Fact]
    public async Task NewLeadsBesideThePreviousRecord_TheKillBetweenTheRenames_IsRefusedNamingBothFiles()
    {
        using var temp = new TempFolder();
        var leads = temp.Combine("leads.jsonl");
        await LeadJson.WriteAsync(leads, [Lead("SM0001-AAAAAAAAAA", 60)], Record(), TestContext.Current.CancellationToken);
        await LeadJson.WriteAsync(leads, [Lead("SM0001-AAAAAAAAAA", 61)], cancellationToken: TestContext.Current.CancellationToken);

        var e = await Assert.ThrowsAsync<LeadFileException>(() => LeadJson.VerifyRunAsync(leads, TestContext.Current.CancellationToken));

        Assert.StartsWith($"{leads} does not match its run record {temp.Combine("leads.run.json")}: the leads were written by another run", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoRecord_IsNoRecord_NotAnError()
    {
        using var temp = new TempFolder();
        var leads = temp.Combine("leads.jsonl");
        await LeadJson.WriteAsync(leads, [Lead("SM0001-AAAAAAAAAA", 60)], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((null, null), await LeadJson.VerifyRunAsync(leads, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Lock_HeldOutput_RefusesASecondWriter_NamingTheFirst_ThenIsFreeAgain()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("leads.jsonl");

        using (OutputLock.Acquire(output))
        {
            var e = Assert.Throws<OutputPathException>(() => OutputLock.Acquire(output));
            Assert.StartsWith($"{output} is being written by another supervise (pid {Environment.ProcessId}, started ", e.Message, StringComparison.Ordinal);
        }

        using (OutputLock.Acquire(output))
        {
            Assert.True(File.Exists(OutputLock.LockPathFor(output)));
        }

        Assert.Empty(Directory.GetFiles(temp.Path)); // lock and owner removed on release
    }

    [Fact]
    public void Lock_LeftByADeadProcess_IsTakenOver()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("leads.jsonl");
        var lockPath = OutputLock.LockPathFor(output);
        // A killed run leaves its files but not its lock: the operating system drops that with the process.
        File.WriteAllText(lockPath, string.Empty);
        File.WriteAllText(lockPath + ".owner", "pid 999999, started 2026-12-01T08:00:00Z");

        using (OutputLock.Acquire(output))
        {
            Assert.Contains($"pid {Environment.ProcessId},", File.ReadAllText(lockPath + ".owner"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Lock_RemovesOnlyOurTemporariesOfItsOutputs()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("leads.jsonl");
        var ofLeads = temp.Combine($".leads.jsonl.{Guid.NewGuid():N}.tmp");
        var ofRecord = temp.Combine($".leads.run.json.{Guid.NewGuid():N}.tmp");
        var ofOtherOutput = temp.Combine($".other.jsonl.{Guid.NewGuid():N}.tmp");
        var notOurPattern = temp.Combine(".leads.jsonl.backup.tmp");
        foreach (var file in new[] { ofLeads, ofRecord, ofOtherOutput, notOurPattern })
        {
            File.WriteAllText(file, string.Empty);
        }

        using (OutputLock.Acquire(output, LeadJson.SummaryPathFor(output)))
        {
            Assert.False(File.Exists(ofLeads));
            Assert.False(File.Exists(ofRecord));
            Assert.True(File.Exists(ofOtherOutput));
            Assert.True(File.Exists(notOurPattern));
        }
    }

    [Fact]
    public void Prepare_RefusesADirectoryAndAPathUnderAFile_AndCreatesAMissingFolder()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("afile"), "x");

        Assert.Equal($"{temp.Path} is a directory; give the path of the file to write.", Assert.Throws<OutputPathException>(() => OutputPath.Prepare(temp.Path)).Message);
        Assert.StartsWith($"{temp.Combine("afile", "x", "leads.jsonl")}: {temp.Combine("afile")} is a file", Assert.Throws<OutputPathException>(() => OutputPath.Prepare(temp.Combine("afile", "x", "leads.jsonl"))).Message, StringComparison.Ordinal);
        OutputPath.Prepare(temp.Combine("new", "folder", "leads.jsonl"));
        Assert.True(Directory.Exists(temp.Combine("new", "folder")));
    }

    [Fact]
    public async Task AtomicFile_ThatCannotReplaceItsTarget_NamesTheTarget_NotTheTemporary_AndLeavesNoTemporary()
    {
        using var temp = new TempFolder();
        var target = Directory.CreateDirectory(temp.Combine("leads.jsonl")).FullName; // a folder where the file should go

        var e = await Assert.ThrowsAsync<OutputPathException>(() => AtomicFile.WriteAsync(target, (s, ct) => s.WriteAsync(new byte[] { 1 }, ct).AsTask(), TestContext.Current.CancellationToken));

        Assert.StartsWith($"{target}: cannot write", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(".tmp", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }
}
