using System.Diagnostics;
using System.Text.Json;
using SupervisionModels.Models;
using SupervisionModels.Runtime.Leads;
using SupervisionModels.BuiltIn;

namespace SupervisionModels.Cli.Tests;

/// <summary>
/// Every command in the README's ```bash blocks either runs here on the bundled sample, exits 0 and leaves what it
/// promises, or is listed in <see cref="NotRun"/> with the reason. The blocks are read at test time, so a command added
/// later is tested too, and one that is neither run nor listed fails the test.
/// </summary>
/// <remarks>
/// Each block runs in a temp folder of its own, as the working directory, in order (a later command reads what an
/// earlier one wrote). The commands run as processes of the built <c>supervise</c> (the same program
/// <c>dotnet run --project engine/SupervisionModels.Cli</c> builds), so that relative paths, the working directory and
/// <c>./out</c> mean what they mean to a reader, and no argument has to be rewritten. Measured on the shared 2-core
/// machine, the four runnable commands (demo, two runs, eval) take 15.7 s as processes and 10.9 s in-process through
/// <see cref="CliApp.RunAsync"/> (JIT shared, paths made absolute); the whole test class takes 14–17 s
/// (<c>dotnet test tests/SupervisionModels.Cli.Tests --filter ReadmeCommandTests</c>), well under its minute, so the
/// faithful form wins.
/// </remarks>
public sealed class ReadmeCommandTests
{
    /// <summary>README commands that cannot run on the sample, with the reason; a README data folder they would make is
    /// given the sample's content instead, so the commands after them run.</summary>
    private static readonly IReadOnlyList<(string Command, string Reason, string? SampleStandsIn)> NotRun =
    [
        ("dotnet test SupervisionModels.sln", "the test suite itself: running it from a test would recurse", null),
        ("dotnet run -c Release --project tests/SupervisionModels.Benchmarks -- city", "a benchmark: a Release build, then minutes on the city data", null),
        ("dotnet run -c Release --project tests/SupervisionModels.Benchmarks -- small", "a benchmark: a Release build, then minutes on the small data", null),
        ("dotnet run -c Release --project tests/SupervisionModels.Benchmarks -- sql SM0001", "the benchmark program, not the CLI (its SQL is tested in SupervisionModels.Benchmarks.Tests)", null),
        ("dotnet pack engine/SupervisionModels.Cli -o artifacts/tool", "packs the tool (minutes of build); installing it changes the user's profile, so a test does not", null),
        ("dotnet tool install --global --add-source artifacts/tool SupervisionModels.Cli", "installs into the user's profile (~/.dotnet/tools)", null),
        ("export PATH=$PATH:$HOME/.dotnet/tools", "a shell setting, not a command with an output", null),
        ("supervise datasets generate --scale small --seed 101 --out s101", "training data for the shipped classifiers (its retraining takes minutes)", null),
        ("supervise datasets generate --scale small --seed 202 --out s202", "development data for the shipped classifiers' thresholds", null),
        ("for m in SM0001 SM0002 SM0003; do", "retrains and re-measures the shipped classifiers: minutes of CPU, and it writes models/classifiers", null),
        ("supervise classifier train --model $m --labelled s101 --dev-labelled s202", "retrains a shipped classifier (see the loop above)", null),
        ("supervise classifier evaluate --model $m --labelled s555", "re-measures a shipped classifier (see the loop above)", null),
        ("done", "the end of the loop above", null),
    ];

    /// <summary>Files of the repository that README commands name by their path in it (copied into the command's folder).</summary>
    private static readonly IReadOnlyList<string> RepositoryFiles = ["docs/kw-only.json"];

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    public static TheoryData<int> Blocks()
    {
        var data = new TheoryData<int>();
        // Blocks of listed commands only (the benchmarks) have nothing to run; the listing test covers them.
        foreach (var line in ReadmeBlocks().Where(b => b.Any(c => c.CliArguments is not null && !NotRun.Any(n => n.Command == c.Text))).Select(b => b[0].Line))
        {
            data.Add(line);
        }

        return data;
    }

    [Fact]
    public void EveryReadmeCommand_IsRunOrListedWithAReason()
    {
        var commands = ReadmeBlocks().SelectMany(b => b).ToArray();

        var unknown = commands.Where(c => c.CliArguments is null && !NotRun.Any(n => n.Command == c.Text)).Select(c => $"README.md:{c.Line}: {c.Text}").ToArray();
        var stale = NotRun.Where(n => !commands.Any(c => c.Text == n.Command)).Select(n => n.Command).ToArray();

        Assert.True(unknown.Length == 0, "README commands that are neither a supervise command nor listed in ReadmeCommandTests.NotRun with a reason:\n" + string.Join('\n', unknown));
        Assert.True(stale.Length == 0, "ReadmeCommandTests.NotRun lists commands the README no longer has:\n" + string.Join('\n', stale));
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public async Task ReadmeBlock_RunsOnTheSample_AndLeavesWhatItPromises(int blockLine)
    {
        var block = ReadmeBlocks().Single(b => b[0].Line == blockLine);
        using var work = new TempFolder();
        var ran = 0;
        foreach (var command in block)
        {
            var listed = NotRun.FirstOrDefault(n => n.Command == command.Text);
            if (listed.Command is not null)
            {
                if (listed.SampleStandsIn is { } folder)
                {
                    work.CopyOf(Path.Combine(FixtureFiles.RepositoryRoot, "datasets", "sample"), folder);
                }

                continue;
            }

            Assert.True(command.CliArguments is not null, $"README.md:{command.Line}: '{command.Text}' is not a supervise command; list it in NotRun with the reason.");
            WritePrerequisites(command, work);
            var (exit, output, error) = await SuperviseAsync(command.CliArguments!, work.Path);
            Assert.True(exit == 0, $"README.md:{command.Line}: '{command.Text}' exited {exit}.\n{error}\n{output}");
            await Promises.CheckAsync(command, work.Path, output);
            ran++;
        }

        Assert.True(ran > 0, $"README.md:{blockLine}: no command of the block ran");
    }

    [Fact]
    public void Parse_ReadsBothForms_CommentsQuotesAndContinuations()
    {
        const string markdown = """
            Some prose with `supervise run` inline, not a command.

            ```bash
            # a comment line
            dotnet run --project engine/SupervisionModels.Cli -- demo   # trailing comment
            supervise run --data "my data" --out leads.jsonl \
              --models SM0001
            dotnet test SupervisionModels.sln
            ```

            ```json
            { "not": "bash" }
            ```
            """;

        var commands = ReadmeCommands.Parse(markdown);

        Assert.Collection(
            commands,
            c =>
            {
                Assert.Equal(5, c.Line);
                Assert.Equal(["demo"], c.CliArguments);
                Assert.Equal("demo", c.Verb);
            },
            c =>
            {
                Assert.Equal(6, c.Line);
                Assert.Equal(["run", "--data", "my data", "--out", "leads.jsonl", "--models", "SM0001"], c.CliArguments);
                Assert.Equal("run", c.Verb);
            },
            c =>
            {
                Assert.Null(c.CliArguments);
                Assert.Equal("dotnet test SupervisionModels.sln", c.Text);
            });
    }

    private static IReadOnlyList<IReadOnlyList<ReadmeCommand>> ReadmeBlocks()
    {
        var commands = ReadmeCommands.Parse(File.ReadAllText(Path.Combine(FixtureFiles.RepositoryRoot, "README.md")));
        var text = File.ReadAllLines(Path.Combine(FixtureFiles.RepositoryRoot, "README.md"));

        // Commands belong to the same block when no fence line lies between them.
        var blocks = new List<List<ReadmeCommand>>();
        foreach (var command in commands)
        {
            var previous = blocks.LastOrDefault()?.Last();
            var sameBlock = previous is not null && !text.Skip(previous.Line).Take(command.Line - previous.Line - 1).Any(l => l.TrimStart().StartsWith("```", StringComparison.Ordinal));
            if (sameBlock)
            {
                blocks[^1].Add(command);
            }
            else
            {
                blocks.Add([command]);
            }
        }

        return blocks;
    }

    private static void WritePrerequisites(ReadmeCommand command, TempFolder work)
    {
        foreach (var word in command.CliArguments!)
        {
            if (RepositoryFiles.Contains(word) && !File.Exists(work.Combine(word)))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(work.Combine(word))!);
                File.Copy(Path.Combine(FixtureFiles.RepositoryRoot, word), work.Combine(word));
            }
        }
    }

    /// <summary>Runs the built supervise (beside the test binaries) with <paramref name="workingDirectory"/> as its working directory.</summary>
    private static async Task<(int Exit, string Output, string Error)> SuperviseAsync(IReadOnlyList<string> args, string workingDirectory)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "supervise.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"supervise {string.Join(' ', args)} did not finish within {CommandTimeout.TotalMinutes} minutes.");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string[] BuiltIn() =>
        BuiltInModels.Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsPublic: true } && t.IsSubclassOf(typeof(SupervisionModel)))
            .Select(t => ((SupervisionModel)Activator.CreateInstance(t)!).Descriptor.Id)
            .Order(StringComparer.Ordinal)
            .ToArray();



    /// <summary>What each verb promises to leave behind, checked after it exits 0.</summary>
    private static class Promises
    {
        public static async Task CheckAsync(ReadmeCommand command, string work, string output)
        {
            var args = command.CliArguments!;
            var where = $"README.md:{command.Line}: '{command.Text}'";
            string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
            string In(string path) => Path.Combine(work, path);

            switch (command.Verb)
            {
                case "demo":
                    var outDir = In(Option("--out") ?? "out");
                    await LeadsWithRecordAsync(Path.Combine(outDir, "leads.jsonl"), where);
                    NonEmpty(Path.Combine(outDir, "leads.xlsx"), where);
                    NonEmpty(Path.Combine(outDir, "leads.html"), where);
                    break;
                case "run":
                    await LeadsWithRecordAsync(In(Option("--out")!), where);
                    break;
                case "eval":
                    var models = (await LeadJson.ReadAsync(In(Option("--leads")!))).Select(l => l.ModelId).Distinct();
                    Assert.All(models, m => Assert.True(output.Contains(m, StringComparison.Ordinal), $"{where}: no figures for {m}:\n{output}"));
                    break;
                case "report":
                    NonEmpty(In(Option("--out")!), where);
                    break;
                case "explain":
                    Assert.True(output.Contains(args[^1], StringComparison.Ordinal), $"{where}: the lead {args[^1]} is not shown:\n{output}");
                    break;
                case "datasets generate":
                    NonEmpty(Path.Combine(In(Option("--out")!), "manifest.json"), where);
                    NonEmpty(Path.Combine(In(Option("--out")!), "truth.jsonl"), where);
                    break;
                case "models list":
                    Assert.All(BuiltIn(), id => Assert.True(output.Contains(id, StringComparison.Ordinal), $"{where}: {id} is not listed"));
                    break;
                case "models describe":
                    Assert.True(output.Contains(args[2], StringComparison.Ordinal), $"{where}: {args[2]} is not described");
                    break;
                case "models new":
                    Assert.True(Directory.EnumerateFiles(In(Option("--out")!), "*.cs").Any(), $"{where}: no model source was written");
                    break;
                case "diff" or "datasets inspect" or "datasets validate" or "classifier evaluate":
                    Assert.True(output.Trim().Length > 0, $"{where}: printed nothing");
                    break;
                default:
                    Assert.Fail($"{where}: ReadmeCommandTests.Promises has no check for 'supervise {command.Verb}'; add what it promises (files written, output).");
                    break;
            }
        }

        private static async Task LeadsWithRecordAsync(string leads, string where)
        {
            Assert.True(File.Exists(leads), $"{where}: {leads} was not written");
            Assert.NotEmpty(await LeadJson.ReadAsync(leads));
            Assert.True(await LeadJson.ReadRunAsync(leads) is not null, $"{where}: no run record beside {leads}");
        }

        private static void NonEmpty(string path, string where) =>
            Assert.True(File.Exists(path) && new FileInfo(path).Length > 0, $"{where}: {path} was not written");
    }
}
