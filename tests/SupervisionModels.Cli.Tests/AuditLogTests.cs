using System.Security.Cryptography;
using System.Text;
using SupervisionModels.Runtime.Audit;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli.Tests;

/// <summary>
/// Issue 12, item 5: every run, report and unmasked view leaves one audit entry with who, where, which code, which
/// data and what came out; the entries are a hash chain that `audit verify` checks, naming the first entry that was
/// altered, removed, reordered or torn.
/// </summary>
public sealed class AuditLogTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "sample");

    private static string Unwrapped(string text) => text.Replace("\n", string.Empty, StringComparison.Ordinal);

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public async Task RunReportAndUnmaskedExplain_EachLeaveAnEntry_WithTheirCodeDataAndOutputs_AndTheChainVerifies()
    {
        using var temp = new TempFolder();
        var data = temp.CopyOf(Sample, "data");
        var leads = temp.Combine("out", "leads.jsonl");
        var run = new CliHarness();
        Assert.True(await run.RunAsync("run", "--data", data, "--out", leads, "--user", "王检察官") == 0, run.Error);
        var report = new CliHarness();
        Assert.True(await report.RunAsync("report", "--leads", leads, "--out", temp.Combine("out", "r.csv")) == 0, report.Error);
        var firstLead = (await LeadJson.ReadAsync(leads, TestContext.Current.CancellationToken))[0].LeadId;
        var masked = new CliHarness();
        Assert.True(await masked.RunAsync("explain", "--leads", leads, firstLead) == 0, masked.Error);
        var unmasked = new CliHarness();
        Assert.True(await unmasked.RunAsync("explain", "--leads", leads, firstLead, "--unmask") == 0, unmasked.Error);

        var log = AuditLog.DefaultPathFor(data);
        var entries = await AuditLog.ReadAsync(log, TestContext.Current.CancellationToken);

        Assert.Equal(["run", "report", "explain"], entries.Select(e => e.Command)); // the masked explain is not audited
        Assert.Equal([1, 2, 3], entries.Select(e => e.Seq));
        var ran = entries[0];
        Assert.Equal("王检察官", ran.User);
        Assert.Equal(Environment.UserName, ran.OsUser);
        Assert.Equal(Environment.MachineName, ran.Host);
        Assert.Equal(["run", "--data", data, "--out", leads, "--user", "王检察官"], ran.CommandLine);
        Assert.Equal(0, ran.ExitCode);
        Assert.Equal(["SM0001", "SM0002", "SM0003"], ran.Models.Select(m => m.Id));
        Assert.All(ran.Models, m => Assert.Equal(Sha256(m.Code.Single().Path), m.Code.Single().Sha256));
        var parquet = Directory.EnumerateFiles(data, "*.parquet", SearchOption.AllDirectories).ToArray();
        Assert.NotEmpty(ran.Inputs);
        Assert.All(ran.Inputs, f => Assert.Equal(Sha256(f.Path), f.Sha256));
        Assert.Subset(parquet.ToHashSet(), ran.Inputs.Select(f => f.Path).ToHashSet());
        Assert.Equal(Sha256(leads), ran.Outputs.Single(o => o.Role == "leads").Sha256);
        Assert.Equal(Sha256(LeadJson.SummaryPathFor(leads)), ran.Outputs.Single(o => o.Role == "runRecord").Sha256);
        Assert.Equal(File.ReadLines(leads).Count(), ran.LeadCounts.Sum(c => c.Leads));
        Assert.False(ran.Unmasked);
        Assert.Equal(Sha256(temp.Combine("out", "r.csv")), entries[1].Outputs.Single().Sha256);
        Assert.Equal(Sha256(leads), entries[1].Inputs.Single().Sha256);
        Assert.True(entries[2].Unmasked);
        Assert.Null(entries[0].Prev);
        Assert.Equal(entries[0].Hash, entries[1].Prev);
        Assert.Equal(entries[1].Hash, entries[2].Prev);
        var verify = new CliHarness();
        Assert.Equal(0, await verify.RunAsync("audit", "verify", "--data", data));
        Assert.Contains($"{log}: OK, 3 entries", Unwrapped(verify.Output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOfAModelFile_AuditsTheFileItself_BesideTheAssemblyThatCompilesIt()
    {
        using var temp = new TempFolder();
        var data = temp.CopyOf(Sample, "data");
        var plugins = temp.Combine("plugins");
        Directory.CreateDirectory(plugins);
        var modelFile = Path.Combine(plugins, "USR0301.model.yaml");
        File.Copy(Path.Combine(FixtureFiles.RepositoryRoot, "models", "declarative", "USR0301.model.yaml"), modelFile);
        var run = new CliHarness();

        Assert.True(await run.RunAsync("run", "--data", data, "--plugins", plugins, "--models", "USR0301", "--out", temp.Combine("leads.jsonl")) == 0, run.Error);

        var model = Assert.Single(Assert.Single(await AuditLog.ReadAsync(AuditLog.DefaultPathFor(data), TestContext.Current.CancellationToken)).Models);
        Assert.Equal("USR0301", model.Id);
        Assert.Equal("modelFile", model.Origin);
        Assert.Equal(Sha256(modelFile), model.Code.Single(c => c.Path == modelFile).Sha256);
        Assert.Contains(model.Code, c => c.Path.EndsWith("SupervisionModels.Declarative.dll", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FailedRun_IsAuditedWithItsExitCodeAndMessage_InTheLogGivenByAudit()
    {
        using var temp = new TempFolder();
        var data = temp.CopyOf(Sample, "data");
        var settings = temp.Combine("bad.settings.json");
        await File.WriteAllTextAsync(settings, """{ "models": { "SM0001": { "parameters": { "min-cases": -5 } } } }""", TestContext.Current.CancellationToken);
        var log = temp.Combine("logs", "audit.jsonl");
        var run = new CliHarness();

        Assert.Equal(ExitCodes.BadInput, await run.RunAsync("run", "--data", data, "--settings", settings, "--out", temp.Combine("leads.jsonl"), "--audit", log));

        var entry = Assert.Single(await AuditLog.ReadAsync(log, TestContext.Current.CancellationToken));
        Assert.Equal(ExitCodes.BadInput, entry.ExitCode);
        Assert.Contains("min-cases", entry.Error, StringComparison.Ordinal);
        Assert.Empty(entry.Outputs);
        Assert.False(Directory.Exists(Path.Combine(data, AuditLog.FolderName)));
    }

    [Fact]
    public async Task AuditInTheDataDirectorysSettings_TakesRunReportAndVerify_RelativeToTheSettingsFile()
    {
        using var temp = new TempFolder();
        var data = temp.CopyOf(Sample, "data");
        await File.WriteAllTextAsync(Path.Combine(data, "supervise.settings.json"), """{ "audit": "../logs/audit.jsonl" }""", TestContext.Current.CancellationToken);
        var leads = temp.Combine("out", "leads.jsonl");
        var log = temp.Combine("logs", "audit.jsonl");

        var run = new CliHarness();
        Assert.True(await run.RunAsync("run", "--data", data, "--out", leads) == 0, run.Error);
        var report = new CliHarness();
        Assert.True(await report.RunAsync("report", "--leads", leads, "--out", temp.Combine("out", "r.csv")) == 0, report.Error);
        var verify = new CliHarness();
        var verified = await verify.RunAsync("audit", "verify", "--data", data);

        Assert.Equal(["run", "report"], (await AuditLog.ReadAsync(log, TestContext.Current.CancellationToken)).Select(e => e.Command));
        Assert.False(File.Exists(AuditLog.DefaultPathFor(data)));
        Assert.Equal(0, verified);
        Assert.Contains($"{log}: OK, 2 entries", Unwrapped(verify.Output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditInAGivenSettingsFile_TakesTheRunAndItsReport_AndAuditOptionTakesPrecedence()
    {
        using var temp = new TempFolder();
        var data = temp.CopyOf(Sample, "data");
        var settings = temp.Combine("conf", "run.settings.json");
        Directory.CreateDirectory(Path.GetDirectoryName(settings)!);
        await File.WriteAllTextAsync(settings, """{ "audit": "audit.jsonl" }""", TestContext.Current.CancellationToken);
        var configured = temp.Combine("conf", "audit.jsonl");
        var given = temp.Combine("given", "audit.jsonl");
        var leads = temp.Combine("out", "leads.jsonl");

        var run = new CliHarness();
        Assert.True(await run.RunAsync("run", "--data", data, "--settings", settings, "--out", leads) == 0, run.Error);
        var report = new CliHarness();
        Assert.True(await report.RunAsync("report", "--leads", leads, "--out", temp.Combine("out", "r.csv")) == 0, report.Error);
        var overridden = new CliHarness();
        Assert.True(await overridden.RunAsync("run", "--data", data, "--settings", settings, "--out", leads, "--audit", given) == 0, overridden.Error);

        Assert.Equal(["run", "report"], (await AuditLog.ReadAsync(configured, TestContext.Current.CancellationToken)).Select(e => e.Command));
        Assert.Single(await AuditLog.ReadAsync(given, TestContext.Current.CancellationToken));
        Assert.False(File.Exists(AuditLog.DefaultPathFor(data)));
    }

    [Fact]
    public async Task BadAuditInSettings_IsExit1NamingTheFileLineAndKey_BeforeAnyWork()
    {
        using var temp = new TempFolder();
        var data = temp.CopyOf(Sample, "data");
        var settings = Path.Combine(data, "supervise.settings.json");
        await File.WriteAllTextAsync(settings, "{\n  \"audit\": [\"a.jsonl\"]\n}", TestContext.Current.CancellationToken);
        var leads = temp.Combine("out", "leads.jsonl");

        var run = new CliHarness();
        var exit = await run.RunAsync("run", "--data", data, "--out", leads);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains($"{settings}:2: 'audit' must be the audit log's file path", Unwrapped(run.Error), StringComparison.Ordinal);
        Assert.False(File.Exists(leads));
    }

    [Fact]
    public async Task ConcurrentAppends_AreNeverInterleaved_AndChainInOrder()
    {
        using var temp = new TempFolder();
        var log = temp.Combine("audit.jsonl");

        await Task.WhenAll(Enumerable.Range(0, 6).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await AuditLog.AppendAsync(log, Entry($"writer {writer} entry {i}"), TestContext.Current.CancellationToken);
            }
        }, TestContext.Current.CancellationToken)));

        var result = await AuditLog.VerifyAsync(log, TestContext.Current.CancellationToken);
        Assert.True(result.Ok, result.Problem);
        Assert.Equal(60, result.Valid);
        Assert.Equal(60, (await AuditLog.ReadAsync(log, TestContext.Current.CancellationToken)).Select(e => e.Error).Distinct().Count());
    }

    [Fact]
    public async Task EditedEntry_IsNamed()
    {
        using var temp = new TempFolder();
        var log = await LogOfFiveAsync(temp);
        var lines = File.ReadAllLines(log);
        lines[2] = lines[2].Replace("\"exitCode\":0", "\"exitCode\":1", StringComparison.Ordinal);
        File.WriteAllLines(log, lines);

        await AssertVerifyNamesAsync(log, 3, "entry 3 (line 3) was altered: its content does not match its hash");
    }

    [Fact]
    public async Task EditedEntryWithItsHashRecomputed_IsNamedByTheNextEntry()
    {
        using var temp = new TempFolder();
        var log = await LogOfFiveAsync(temp);
        var entries = await AuditLog.ReadAsync(log, TestContext.Current.CancellationToken);
        var forged = entries[2] with { ExitCode = 1, Hash = null };
        forged = forged with { Hash = Convert.ToHexStringLower(SHA256.HashData(AuditLog.CanonicalBytes(forged))) };
        var lines = File.ReadAllLines(log);
        lines[2] = Encoding.UTF8.GetString(AuditLog.CanonicalBytes(forged)).Replace("\"hash\":null", $"\"hash\":\"{forged.Hash}\"", StringComparison.Ordinal);
        File.WriteAllLines(log, lines);

        await AssertVerifyNamesAsync(log, 3, "entry 3 (line 3) was altered or replaced: entry 4 recorded another hash for it");
    }

    [Fact]
    public async Task RemovedEntry_IsNamed()
    {
        using var temp = new TempFolder();
        var log = await LogOfFiveAsync(temp);
        File.WriteAllLines(log, File.ReadAllLines(log).Where((_, i) => i != 2));

        await AssertVerifyNamesAsync(log, 3, "entry 3 is missing: line 3 holds entry 4 (entries removed or reordered)");
    }

    [Fact]
    public async Task ReorderedEntries_AreNamed()
    {
        using var temp = new TempFolder();
        var log = await LogOfFiveAsync(temp);
        var lines = File.ReadAllLines(log);
        (lines[1], lines[2]) = (lines[2], lines[1]);
        File.WriteAllLines(log, lines);

        await AssertVerifyNamesAsync(log, 2, "entry 2 is missing: line 2 holds entry 3 (entries removed or reordered)");
    }

    [Fact]
    public async Task TruncatedLog_ItsTornLastEntry_IsNamed_AndTheNextAppendSaysSo_ButKeepsItReported()
    {
        using var temp = new TempFolder();
        var log = await LogOfFiveAsync(temp);
        var bytes = File.ReadAllBytes(log);
        File.WriteAllBytes(log, bytes[..(bytes.Length - 40)]); // a kill in the middle of the fifth entry's write

        await AssertVerifyNamesAsync(log, 5, "line 5 is torn: the last write was interrupted");

        var (written, warning) = await AuditLog.AppendAsync(log, Entry("after the kill"), TestContext.Current.CancellationToken);
        Assert.Contains("its last line is torn", warning, StringComparison.Ordinal);
        Assert.Equal(5, written.Seq); // the torn entry is not counted: the new one chains to entry 4
        await AssertVerifyNamesAsync(log, 5, "line 5 is not an audit entry");
        Assert.Equal(6, File.ReadAllLines(log).Length); // four whole entries, the torn line, the new entry
    }

    [Fact]
    public async Task Show_ListsTheEntries_WithIdNumbersInCommandLinesMasked()
    {
        using var temp = new TempFolder();
        var log = temp.Combine("audit.jsonl");
        await AuditLog.AppendAsync(log, AuditEntry.ForCommand("leads assign", ["leads", "assign", "--subject", "370403198001011234"]) with
        {
            Details = [new AuditDetail("leadId", "SM0001-AAAAAAAAAA")],
        }, TestContext.Current.CancellationToken);
        var show = new CliHarness();

        Assert.Equal(0, await show.RunAsync("audit", "show", "--audit", log));

        Assert.Contains("3704**********1234", show.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("370403198001011234", show.Output, StringComparison.Ordinal);
        Assert.Contains("leads assign --subject", show.Output, StringComparison.Ordinal);
    }

    private static async Task AssertVerifyNamesAsync(string log, int firstBad, string problem)
    {
        var result = await AuditLog.VerifyAsync(log, TestContext.Current.CancellationToken);
        Assert.False(result.Ok);
        Assert.Equal(firstBad, result.FirstBadEntry);
        Assert.StartsWith(problem, result.Problem, StringComparison.Ordinal);
        var verify = new CliHarness();
        Assert.Equal(ExitCodes.BadInput, await verify.RunAsync("audit", "verify", "--audit", log));
        Assert.Contains($"{log}: {problem}", Unwrapped(verify.Error), StringComparison.Ordinal);
    }

    private static async Task<string> LogOfFiveAsync(TempFolder temp)
    {
        var log = temp.Combine("audit.jsonl");
        for (var i = 1; i <= 5; i++)
        {
            await AuditLog.AppendAsync(log, Entry($"entry {i}"), TestContext.Current.CancellationToken);
        }

        Assert.True((await AuditLog.VerifyAsync(log, TestContext.Current.CancellationToken)).Ok);
        return log;
    }

    private static AuditEntry Entry(string what) => AuditEntry.ForCommand("report", ["report", "--leads", "leads.jsonl", "--out", "r.html"]) with
    {
        Outputs = [new AuditFile("report", "/cases/r.html", 1234, new string('a', 64))],
        LeadCounts = [new AuditLeadCount("SM0001", 6)],
        Error = what,
    };
}
