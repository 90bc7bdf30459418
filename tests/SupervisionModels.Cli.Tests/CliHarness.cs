using Spectre.Console;
using SupervisionModels.Cli.Ui;

namespace SupervisionModels.Cli.Tests;

/// <summary>Runs <c>supervise</c> in-process with captured output, the way the Aspire CLI tests do.</summary>
internal sealed class CliHarness
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public string Output => _out.ToString();

    public string Error => _error.ToString();

    public async Task<int> RunAsync(params string[] args)
    {
        var output = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_out), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_error), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        output.Profile.Width = 200;
        error.Profile.Width = 200;
        return await CliApp.RunAsync(args, new ConsoleUi(output, error, interactive: false));
    }
}

/// <summary>A temporary folder removed after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sm-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a failed test must not hide that test's own failure.
        }
    }
}
