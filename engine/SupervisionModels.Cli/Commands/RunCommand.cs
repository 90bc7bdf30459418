using System.CommandLine;
using SupervisionModels.Cli.Ui;

namespace SupervisionModels.Cli.Commands;

/// <summary><c>supervise run --data DIR [--models ID,…] [--plugins DIR] [--settings FILE] --out FILE</c>.</summary>
internal static class RunCommand
{
    public static Command Create(ConsoleUi ui)
    {
        var data = new Option<string>("--data") { Description = "The data directory: one folder of Parquet files per dataset.", Required = true };
        var models = new Option<string?>("--models") { Description = "Comma-separated model ids to run (default: all)." };
        var settings = new Option<string?>("--settings") { Description = $"A settings file (default: DATA/{RunPipeline.DefaultSettingsFile} if present)." };
        var output = new Option<string>("--out") { Description = "The leads file to write (JSON Lines).", Required = true };
        var strict = new Option<bool>("--strict") { Description = "Data-quality warnings (identifier columns failing their check) are errors: exit 1, nothing written." };
        var command = new Command("run", "Run supervision models over a data directory and write ranked leads.")
        {
            data, models, ModelsCommands.PluginsOption, settings, output, strict,
        };
        command.SetAction(async (parse, ct) =>
        {
            using var catalog = ModelSession.LoadCatalog(parse.GetValue(ModelsCommands.PluginsOption));
            foreach (var warning in catalog.Warnings)
            {
                ui.Warn(warning);
            }

            var selected = ModelSession.Select(catalog, parse.GetValue(models));
            await RunPipeline.RunAsync(ui, parse.GetValue(data)!, selected, parse.GetValue(settings), parse.GetValue(output)!, ct, parse.GetValue(strict)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
