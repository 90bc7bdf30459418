using Spectre.Console;
using SupervisionModels.Cli.Ui;

namespace SupervisionModels.Cli.Tests;

/// <summary>
/// Runs <c>supervise</c> in-process with captured output, the way the Aspire CLI tests do; <paramref name="commandName"/>
/// stands for the command the user ran (the hints start with it).
/// </summary>
internal sealed class CliHarness(string? commandName = null)
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
        var ui = new ConsoleUi(output, error, interactive: false) { CommandName = commandName ?? CommandName.Current };
        return await CliApp.RunAsync(args, ui);
    }
}
