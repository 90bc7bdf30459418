using System.CommandLine;
using SupervisionModels.Cli.Ui;

namespace SupervisionModels.Cli.Commands;

/// <summary><c>supervise datasets generate --scale tiny|small|city --seed N --out DIR</c>.</summary>
internal static class GenerateCommand
{
    public static Command Create(ConsoleUi ui)
    {
        var command = new Command("generate", "Generate synthetic datasets with planted leads, decoys and a truth file.");
        command.SetAction(_ =>
        {
            ui.Fail("the dataset generator is not wired into the CLI yet.");
            return ExitCodes.BadInput;
        });
        return command;
    }
}
