using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli.Tests;

/// <summary>
/// Issue 12, item 7: SIGKILLs at random instants of <c>run</c> and <c>report</c> (child processes of the built CLI)
/// leave the old pair of leads and run record or the new one, both verifying, a report that is the old or a whole new
/// one, and no temporaries of ours once the next command has started. The delays come from a seeded generator,
/// spread over each command's measured duration; the tally says how many kills came before the command took its
/// output lock, while it held it, and after it had ended.
/// </summary>
public sealed class KillTests
{
    private const int Kills = 20;

    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "supervise.dll");

    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "sample");

    private static readonly string[] RunOutputs = [".leads.jsonl.", ".leads.run.json."];

    private static readonly string[] ReportOutputs = [".leads.xlsx."];

    [Fact]
    public async Task RandomKillsDuringRunAndReport_LeaveTheOldOrTheNewPair_AndNoStrayTemporaries()
    {
        using var temp = new TempFolder();
        var data = temp.CopyOf(Sample, "data");
        var outDir = temp.Combine("out");
        var leads = Path.Combine(outDir, "leads.jsonl");
        var report = Path.Combine(outDir, "leads.xlsx");
        // Two settings whose leads differ (SM0001's R1 weighs 10 or 11), so that the old pair and the new are told apart.
        var settings = new[] { temp.Combine("a.settings.json"), temp.Combine("b.settings.json") };
        await File.WriteAllTextAsync(settings[0], """{ "models": {} }""", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(settings[1], """{ "models": { "SM0001": { "weights": { "R1": 11 } } } }""", TestContext.Current.CancellationToken);
        string[] Run(int which) => ["run", "--data", data, "--settings", settings[which], "--out", leads];
        string[] Report() => ["report", "--leads", leads, "--out", report];

        (_, _) = await CompleteAsync(Run(0)); // the first run is the cold one: the second's time is the one kills are spread over
        var leadsOf = new[] { Sha256(leads), string.Empty };
        var (runTime, _) = await CompleteAsync(Run(1));
        leadsOf[1] = Sha256(leads);
        Assert.NotEqual(leadsOf[0], leadsOf[1]);
        var (reportTime, _) = await CompleteAsync(Report());
        var current = 1; // the settings of the pair in place

        var random = new Random(20261203);
        var tally = new Dictionary<string, int>(StringComparer.Ordinal) { ["before"] = 0, ["during"] = 0, ["after"] = 0, ["old pair"] = 0, ["new pair"] = 0 };
        var strays = new List<string>();
        var pending = new Dictionary<bool, string[]> { [true] = [], [false] = [] }; // temporaries a kill left, by command (run: true)
        var killed = 0;
        for (var attempt = 0; killed < Kills && attempt < Kills * 3; attempt++)
        {
            var isRun = attempt % 2 == 0;
            var target = 1 - current;
            var oldReport = File.Exists(report) ? Sha256(report) : null;
            var duration = isRun ? runTime : reportTime;
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * 1.2 * duration.TotalMilliseconds);

            var phase = await KillAfterAsync(isRun ? Run(target) : Report(), delay, isRun ? leads : report);
            tally[phase]++;
            killed += phase == "after" ? 0 : 1;

            // The temporaries the previous kill of this command left are gone once this one took the output lock.
            if (phase != "before")
            {
                strays.AddRange(pending[isRun].Where(File.Exists).Select(t => $"attempt {attempt}: {Path.GetFileName(t)} left by the previous kill"));
            }

            var temporaries = Directory.EnumerateFiles(outDir, ".*.tmp").ToArray();
            pending[isRun] = temporaries.Where(t => (isRun ? RunOutputs : ReportOutputs).Any(o => Path.GetFileName(t).StartsWith(o, StringComparison.Ordinal))).ToArray();

            // The pair verifies (a reader completes a pair whose second rename the kill prevented) and is the old or the new.
            var (record, warning) = await LeadJson.VerifyRunAsync(leads, TestContext.Current.CancellationToken);
            Assert.Null(warning);
            var found = Sha256(leads);
            Assert.Equal(found, record!.LeadsSha256);
            var which = Array.IndexOf(leadsOf, found);
            Assert.True(which >= 0, $"attempt {attempt}: the leads are neither run's");
            if (isRun)
            {
                tally[which == target ? "new pair" : "old pair"]++;
                current = which;
            }
            else
            {
                Assert.Equal(leadsOf[current], found); // a report never touches the pair
            }

            if (File.Exists(report) && Sha256(report) != oldReport)
            {
                using var xlsx = ZipFile.OpenRead(report); // a new report is a whole one
                Assert.NotEmpty(xlsx.Entries);
            }
        }

        // One more of each, to the end: every temporary of ours is gone, and the pair and report are whole.
        await CompleteAsync(Run(0));
        await CompleteAsync(Report());
        var left = Directory.EnumerateFiles(outDir, ".*").Where(f => f.EndsWith(".tmp", StringComparison.Ordinal) || f.Contains(".lock", StringComparison.Ordinal)).ToArray();
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{killed} kills (run {runTime.TotalMilliseconds:0} ms, report {reportTime.TotalMilliseconds:0} ms unkilled): killed before start {tally["before"]}, during {tally["during"]}, after the end {tally["after"]}; runs left the old pair {tally["old pair"]}, the new pair {tally["new pair"]}");
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Console.WriteLine(summary);

        Assert.True(killed >= Kills, summary);
        Assert.True(tally["during"] > 0, "no kill landed while a command held its output: " + summary);
        Assert.Empty(strays);
        Assert.Empty(left);
        Assert.Equal(leadsOf[0], Sha256(leads));
        // A kill can tear the audit log's last line at most (one write per entry); verify then names it, nothing else.
        var audit = await Runtime.Audit.AuditLog.VerifyAsync(Runtime.Audit.AuditLog.DefaultPathFor(data), TestContext.Current.CancellationToken);
        Assert.True(audit.Ok || audit.Problem!.Contains("torn", StringComparison.Ordinal), audit.Problem);
    }

    /// <summary>
    /// Starts the command, kills it (SIGKILL) after <paramref name="delay"/> unless it ended first, and says when the
    /// kill came: before it took the lock of <paramref name="output"/>, while it held it, or after the end.
    /// </summary>
    private static async Task<string> KillAfterAsync(string[] args, TimeSpan delay, string output)
    {
        using var process = Start(args);
        process.OutputDataReceived += (_, _) => { }; // read and dropped, so that a full pipe never holds the child
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var ended = process.WaitForExit(delay);
        if (ended)
        {
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(process.ExitCode == 0, $"{string.Join(" ", args)} ended with {process.ExitCode}");
            return "after";
        }

        var locked = HoldsLock(process.Id, output);
        process.Kill(); // SIGKILL on Unix
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return locked || HoldsLock(process.Id, output) ? "during" : "before";
    }

    /// <summary>Whether the process took the output's lock: its pid in the lock's owner file (a killed run's lock file stays behind, with its own pid).</summary>
    private static bool HoldsLock(int pid, string output)
    {
        try
        {
            return File.ReadAllText(Runtime.IO.OutputLock.LockPathFor(output) + ".owner").StartsWith($"pid {pid.ToString(CultureInfo.InvariantCulture)},", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static async Task<(TimeSpan Elapsed, int Exit)> CompleteAsync(string[] args)
    {
        var stopwatch = Stopwatch.StartNew();
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        await output;
        Assert.True(process.ExitCode == 0, $"{string.Join(" ", args)}: exit {process.ExitCode}: {await error}");
        return (stopwatch.Elapsed, process.ExitCode);
    }

    private static Process Start(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
