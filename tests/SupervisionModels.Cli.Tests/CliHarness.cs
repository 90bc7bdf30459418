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
