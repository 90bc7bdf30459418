using SupervisionModels.Runtime.Audit;

namespace SupervisionModels.Cli.Tests;

/// <summary>
/// Issue 12, item 6: every output path is checked before any work, and the message names the path as the user gave
/// it: a report under a file, the demo's folder that is a file, a generated data folder under a file, a classifier
/// under a file, an audit log that is a directory or under a file.
/// </summary>
public sealed class OutputPathTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "sample");

    private static string Unwrapped(string text) => text.Replace("\n", string.Empty, StringComparison.Ordinal);

    [Fact]
    public async Task Report_OutUnderAFile_NamesTheFile_NotAMissingFolder()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("afile");
        await File.WriteAllTextAsync(file, "x", TestContext.Current.CancellationToken);
        var cli = new CliHarness();

        Assert.Equal(ExitCodes.BadInput, await cli.RunAsync("report", "--leads", temp.Combine("missing.jsonl"), "--out", Path.Combine(file, "r.html")));

        Assert.Contains($"{Path.Combine(file, "r.html")}: {file} is a file, not a folder", Unwrapped(cli.Error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_OutIsAFile_IsRefusedBeforeTheRun()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("afile");
        await File.WriteAllTextAsync(file, "x", TestContext.Current.CancellationToken);
        var cli = new CliHarness();

        Assert.Equal(ExitCodes.BadInput, await cli.RunAsync("demo", "--out", file));

        Assert.Contains($"{file} is a file; give a folder to write into.", Unwrapped(cli.Error), StringComparison.Ordinal);
        Assert.DoesNotContain("Leads written", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_OutUnderAFile_NamesThePathGiven_NotARawMessage()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("afile");
        await File.WriteAllTextAsync(file, "x", TestContext.Current.CancellationToken);
        var cli = new CliHarness();

        Assert.Equal(ExitCodes.BadInput, await cli.RunAsync("datasets", "generate", "--scale", "tiny", "--seed", "1", "--out", Path.Combine(file, "data")));

        Assert.Contains($"{file} is a file, not a folder", Unwrapped(cli.Error), StringComparison.Ordinal);
        Assert.DoesNotContain("Could not find a part of the path", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClassifierTrain_OutUnderAFile_IsRefusedBeforeTraining()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("afile");
        await File.WriteAllTextAsync(file, "x", TestContext.Current.CancellationToken);
        var cli = new CliHarness();

        Assert.Equal(ExitCodes.BadInput, await cli.RunAsync("classifier", "train", "--model", "SM0001", "--labelled", temp.Combine("no-such-data"), "--out", Path.Combine(file, "SM0001.zip")));

        Assert.Contains($"{Path.Combine(file, "SM0001.zip")}: {file} is a file, not a folder", Unwrapped(cli.Error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_AuditLogThatIsADirectory_IsRefusedBeforeTheRun_NamingIt()
    {
        using var temp = new TempFolder();
        var leads = temp.Combine("leads.jsonl");
        var cli = new CliHarness();

        Assert.Equal(ExitCodes.BadInput, await cli.RunAsync("run", "--data", Sample, "--out", leads, "--audit", temp.Path));

        Assert.Contains($"{temp.Path} is a directory; give the path of the file to write.", Unwrapped(cli.Error), StringComparison.Ordinal);
        Assert.False(File.Exists(leads));
    }

    [Fact]
    public async Task Report_AuditLogUnderAFile_IsRefusedBeforeTheReport_NamingIt()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("afile");
        await File.WriteAllTextAsync(file, "x", TestContext.Current.CancellationToken);
        var leads = temp.Combine("leads.jsonl");
        var run = new CliHarness();
        Assert.True(await run.RunAsync("run", "--data", Sample, "--out", leads, "--audit", temp.Combine("audit.jsonl")) == 0, run.Error);
        var cli = new CliHarness();

        Assert.Equal(ExitCodes.BadInput, await cli.RunAsync("report", "--leads", leads, "--out", temp.Combine("r.html"), "--audit", Path.Combine(file, AuditLog.FileName)));

        Assert.Contains($"{Path.Combine(file, AuditLog.FileName)}: {file} is a file, not a folder", Unwrapped(cli.Error), StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("r.html")));
    }
}
