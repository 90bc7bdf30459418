using System.CommandLine;
using SupervisionModels.Cli.Ui;

namespace SupervisionModels.Cli.Commands;

/// <summary><c>supervise run --data DIR [--models ID,…] [--plugins DIR] [--settings FILE] --out FILE [--db DB]</c>.</summary>
internal static class RunCommand
{
    public static Command Create(ConsoleUi ui)
    {
        var data = new Option<string>("--data") { Description = "The data directory: one folder of Parquet files per dataset.", Required = true };
        var models = new Option<string?>("--models") { Description = "Comma-separated model ids to run (default: all)." };
        var settings = new Option<string?>("--settings") { Description = $"A settings file (default: DATA/{RunPipeline.DefaultSettingsFile} if present)." };
        var output = new Option<string>("--out") { Description = "The leads file to write (JSON Lines).", Required = true };
        var command = new Command("run", "Run supervision models over a data directory and write ranked leads.")
        {
            data, models, ModelsCommands.PluginsOption, settings, output, LeadsCommands.DbOption,
        };
        command.SetAction(async (parse, ct) =>
        {
            using var catalog = ModelSession.LoadCatalog(parse.GetValue(ModelsCommands.PluginsOption));
            foreach (var warning in catalog.Warnings)
            {
                ui.Warn(warning);
            }

            var selected = ModelSession.Select(catalog, parse.GetValue(models));
            await RunPipeline.RunAsync(ui, parse.GetValue(data)!, selected, parse.GetValue(settings), parse.GetValue(output)!, ct).ConfigureAwait(false);
            if (parse.GetValue(LeadsCommands.DbOption) is { } db)
            {
                // The lead book import, after the leads and their record are written: the same path as `leads import`.
                await LeadsCommands.ImportAsync(ui, parse.GetValue(output)!, db, LeadsCommands.Actor(null), new Dictionary<string, int>(), ct).ConfigureAwait(false);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
