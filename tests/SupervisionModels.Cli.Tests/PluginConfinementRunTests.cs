using SupervisionModels.Data;
using SupervisionModels.Datasets;

namespace SupervisionModels.Cli.Tests;

/// <summary>
/// Hostile and broken plugins through <c>supervise run</c>: refused at load with their SMP id, or stopped with exit 1
/// naming the model, the rule and the plugin file — and then nothing is written, not even the built-in models' leads.
/// </summary>
public sealed class PluginConfinementRunTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A source plugin USR0101 whose rule R1 matches judgments for which <c>Check</c> (the body given) is true.</summary>
    private static string Model(string checkBody, string initializeExtra = "") => $$"""
        using SupervisionModels.Datasets;
        using SupervisionModels.Models;
        using SupervisionModels.Rules;

        namespace UserModels;

        public sealed class Hostile : SupervisionModel
        {
            public override ModelDescriptor Descriptor { get; } = new("USR0101", "测试插件", ModelCategory.Civil, "0.1.0", "测试")
            {
                Datasets = [typeof(Judgment)],
            };

            public static bool Check(Judgment j)
            {
                {{checkBody}}
            }

            public override void Initialize(IModelContext context)
            {
                {{initializeExtra}}
                context.Rule("R1", "插件判断", r => r
                    .Match<Judgment>(j => Check(j))
                    .Reason(j => Subject.Party(null, j.PlaintiffNames, "原告"), weight: 10));
                context.LeadWhen(minScore: 10);
            }
        }
        """;

    private async Task<(string Data, string Plugins, string Output)> ArrangeAsync(string source)
    {
        var data = _temp.Combine("data");
        Directory.CreateDirectory(Path.Combine(data, "judgments"));
        await ParquetFactWriter<Judgment>.WriteAllAsync(Path.Combine(data, "judgments", "part-00000.parquet"),
        [
            new Judgment { CaseNo = "（2021）鲁0403民初1号", Court = "山东省枣庄市薛城区人民法院", CourtCode = "鲁0403", CaseType = CaseTypes.CivilFirstInstance, PlaintiffNames = "张三", DefendantNames = "某公司", FullText = "借款" },
        ]);
        var plugins = _temp.Combine("plugins");
        Directory.CreateDirectory(Path.Combine(plugins, "hostile"));
        await File.WriteAllTextAsync(Path.Combine(plugins, "hostile", "Hostile.cs"), source, TestContext.Current.CancellationToken);

        // A healthy model that runs first (ids run in order) and finds a lead: its leads must not be written either.
        Directory.CreateDirectory(Path.Combine(plugins, "healthy"));
        var healthy = Model("return true;").Replace("USR0101", "USR0100", StringComparison.Ordinal).Replace("Hostile", "Healthy", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(plugins, "healthy", "Healthy.cs"), healthy, TestContext.Current.CancellationToken);
        return (data, plugins, _temp.Combine("out", "leads.jsonl"));
    }

    [Fact]
    public async Task Run_EnvironmentExitInInitialize_Exit1WithSMP0011_NothingWritten()
    {
        // Arrange
        var (data, plugins, output) = await ArrangeAsync(Model("return true;", "System.Environment.Exit(0);"));

        // Act
        var cli = new CliHarness();
        var exit = await cli.RunAsync("run", "--data", data, "--plugins", plugins, "--out", output);

        // Assert
        Assert.Equal(1, exit);
        Assert.Contains($"{Path.Combine(plugins, "hostile", "Hostile.cs")}:21:28: error SMP0011: ending the process (Environment.Exit): 'System.Environment.Exit(int)'", cli.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Run_RuleThrows_Exit1NamingModelRuleAndPluginFile_NoLeadsWritten()
    {
        // Arrange: a healthy plugin runs first; none of its leads may be written when a later model fails
        var (data, plugins, output) = await ArrangeAsync(Model("throw new InvalidOperationException(\"不可判断 \" + j.CaseNo);"));

        // Act
        var cli = new CliHarness();
        var exit = await cli.RunAsync("run", "--data", data, "--plugins", plugins, "--models", "USR0100,USR0101", "--out", output);

        // Assert
        Assert.Equal(1, exit);
        var source = Path.Combine(plugins, "hostile", "Hostile.cs");
        Assert.Contains(
            $"model USR0101, rule R1 (source folder {Path.Combine(plugins, "hostile")}, at {source}:16) failed: InvalidOperationException: 不可判断 （2021）鲁0403民初1号",
            Flatten(cli.Error), StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", cli.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.False(File.Exists(output[..^".jsonl".Length] + ".run.json"));
    }

    [Fact]
    public async Task Run_RuleLoopsPastTheTimeout_Exit1NamingModelAndRule_NoLeadsWritten()
    {
        // Arrange: a body that never looks at a token (plugins cannot), busy for 8 s; the limit is 1 s. Bounded, so
        // that the abandoned thread ends soon after in this shared test process.
        var (data, plugins, output) = await ArrangeAsync(Model("var end = DateTime.UtcNow.AddSeconds(8); while (DateTime.UtcNow < end) { } return true;"));

        // Act
        var cli = new CliHarness();
        var exit = await cli.RunAsync("run", "--data", data, "--plugins", plugins, "--models", "USR0100,USR0101", "--timeout", "1s", "--out", output);

        // Assert
        Assert.Equal(1, exit);
        Assert.Contains(
            $"model USR0101, rule R1 (source folder {Path.Combine(plugins, "hostile")}) did not finish within the time limit of 1 s",
            Flatten(cli.Error), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Run_InitializeLoopsPastTheTimeout_Exit1NamingModelAndPluginFolder_NothingWritten()
    {
        // Arrange: Initialize busy for 8 s (bounded, so that the abandoned thread ends soon after in this shared test
        // process), the limit 1 s; the healthy model plans first and must not get its leads written either
        var (data, plugins, output) = await ArrangeAsync(Model("return true;", "var end = DateTime.UtcNow.AddSeconds(8); while (DateTime.UtcNow < end) { }"));

        // Act
        var cli = new CliHarness();
        var exit = await cli.RunAsync("run", "--data", data, "--plugins", plugins, "--models", "USR0100,USR0101", "--timeout", "1s", "--out", output);

        // Assert: stopped at the limit (an Initialize that returned would have run to exit 0)
        Assert.Equal(1, exit);
        Assert.Contains(
            $"model USR0101, rule (Initialize) (source folder {Path.Combine(plugins, "hostile")}) did not finish within the time limit of 1 s",
            Flatten(cli.Error), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.False(File.Exists(output[..^".jsonl".Length] + ".run.json"));
    }

    [Fact]
    public async Task Run_InitializeLoops_TimeoutFromSettings_Applies()
    {
        var (data, plugins, output) = await ArrangeAsync(Model("return true;", "var end = DateTime.UtcNow.AddSeconds(8); while (DateTime.UtcNow < end) { }"));
        await File.WriteAllTextAsync(Path.Combine(data, "supervise.settings.json"), """{ "timeout": "500ms" }""", TestContext.Current.CancellationToken);

        var cli = new CliHarness();
        var exit = await cli.RunAsync("run", "--data", data, "--plugins", plugins, "--models", "USR0101", "--out", output);

        Assert.Equal(1, exit);
        Assert.Contains("model USR0101, rule (Initialize)", Flatten(cli.Error), StringComparison.Ordinal);
        Assert.Contains("did not finish within the time limit of 0.5 s", Flatten(cli.Error), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Run_TimeoutOfMonths_IsNoLimit_RunsAsUsual()
    {
        // 2000 h is past what a timer takes (49.7 days): it must mean "no limit", not an internal error
        var (data, plugins, output) = await ArrangeAsync(Model("return true;"));

        var cli = new CliHarness();
        var exit = await cli.RunAsync("run", "--data", data, "--plugins", plugins, "--models", "USR0101", "--timeout", "2000h", "--out", output);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(output));
    }

    [Fact]
    public async Task Run_TimeoutFromSettings_Applies()
    {
        var (data, plugins, output) = await ArrangeAsync(Model("var end = DateTime.UtcNow.AddSeconds(8); while (DateTime.UtcNow < end) { } return true;"));
        await File.WriteAllTextAsync(Path.Combine(data, "supervise.settings.json"), """{ "timeout": "500ms" }""", TestContext.Current.CancellationToken);

        var cli = new CliHarness();
        var exit = await cli.RunAsync("run", "--data", data, "--plugins", plugins, "--models", "USR0101", "--out", output);

        Assert.Equal(1, exit);
        Assert.Contains("did not finish within the time limit of 0.5 s", Flatten(cli.Error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BadTimeout_Exit1()
    {
        var (data, plugins, output) = await ArrangeAsync(Model("return true;"));

        var cli = new CliHarness();
        var exit = await cli.RunAsync("run", "--data", data, "--plugins", plugins, "--timeout", "soon", "--out", output);

        Assert.Equal(1, exit);
        Assert.Contains("--timeout soon: expected a positive duration", Flatten(cli.Error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_DllReadingFiles_RefusedWithHash_ThenTrustedInSettings_Runs()
    {
        // Arrange: the plugin DLL reads a file in its check; it is refused until the settings trust its hash
        var (data, plugins, output) = await ArrangeAsync(Model("return System.IO.File.Exists(\"/nonexistent\") || j.FullText.Length > 0;"));
        Directory.Delete(Path.Combine(plugins, "healthy"), recursive: true);
        var folder = Path.Combine(plugins, "hostile");
        var dll = PluginDll.Compile(Path.Combine(plugins, "Hostile.dll"), "Hostile", await File.ReadAllTextAsync(Path.Combine(folder, "Hostile.cs"), TestContext.Current.CancellationToken));
        Directory.Delete(folder, recursive: true);

        // Act: refused
        var refused = new CliHarness();
        var first = await refused.RunAsync("run", "--data", data, "--plugins", plugins, "--models", "USR0101", "--out", output);

        // Assert
        Assert.Equal(1, first);
        Assert.Contains($"{dll}: error SMP0002: file system and console: 'System.IO.File.Exists'", refused.Error, StringComparison.Ordinal);
        var entry = PluginDll.TrustEntry(dll);
        Assert.Contains(entry.Replace("{ ", "", StringComparison.Ordinal).Replace(" }", "", StringComparison.Ordinal), Flatten(refused.Error), StringComparison.Ordinal);
        Assert.False(File.Exists(output));

        // Act: trusted by the line the refusal printed
        await File.WriteAllTextAsync(Path.Combine(data, "supervise.settings.json"), $$"""{ "trust": [{{entry}}] }""", TestContext.Current.CancellationToken);
        var trusted = new CliHarness();
        var second = await trusted.RunAsync("run", "--data", data, "--plugins", plugins, "--models", "USR0101", "--out", output);

        // Assert: runs, and says what the trusted build can do
        Assert.Equal(0, second);
        Assert.Contains($"{dll}: warning SMP0002", trusted.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(output));
    }

    // The console wraps long lines at its width; the checks read the message as one line.
    private static string Flatten(string text) => text.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal);
}
