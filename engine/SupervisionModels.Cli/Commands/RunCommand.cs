using System.CommandLine;
using SupervisionModels.Cli.Ui;
using SupervisionModels.Hosting.Catalog;
using SupervisionModels.Hosting.Settings;

namespace SupervisionModels.Cli.Commands;

/// <summary><c>supervise run --data DIR [--models ID,…] [--plugins DIR] [--settings FILE] [--timeout DURATION] --out FILE [--db DB]</c>.</summary>
internal static class RunCommand
{
    public static Command Create(ConsoleUi ui)
    {
        var data = new Option<string>("--data") { Description = "The data directory: one folder of Parquet files per dataset.", Required = true };
        var models = new Option<string?>("--models") { Description = "Comma-separated model ids to run (default: all)." };
        var settings = new Option<string?>("--settings") { Description = $"A settings file (default: DATA/{RunPipeline.DefaultSettingsFile} if present)." };
        var output = new Option<string>("--out") { Description = "The leads file to write (JSON Lines).", Required = true };
        var timeout = new Option<string?>("--timeout")
        {
            Description = "The time limit of each model's rules: 90s, 10m, 1h (default: the settings' \"timeout\", else 10m).",
        };
        var strict = new Option<bool>("--strict") { Description = "Data-quality warnings (identifier columns failing their check) are errors: exit 1, nothing written." };
        var command = new Command("run", "Run supervision models over a data directory and write ranked leads.")
        {
            data, models, ModelsCommands.PluginsOption, settings, timeout, output, strict, LeadsCommands.DbOption,
        };
        command.SetAction(async (parse, ct) =>
        {
            var limit = ParseTimeout(parse.GetValue(timeout));

            // The settings' trust list decides which plugin DLLs load, so it is read before the plugins.
            var settingsFile = RunSettings.PathFor(parse.GetValue(settings), parse.GetValue(data));
            var loader = settingsFile is null ? null : new ModelLoaderOptions { TrustedAssemblies = RunSettings.ReadTrust(settingsFile), TrustSource = settingsFile };
            using var catalog = ModelSession.LoadCatalog(parse.GetValue(ModelsCommands.PluginsOption), loader);
            foreach (var warning in catalog.Warnings)
            {
                ui.Warn(warning);
            }

            var selected = ModelSession.Select(catalog, parse.GetValue(models));
            await RunPipeline.RunAsync(ui, parse.GetValue(data)!, selected, parse.GetValue(settings), parse.GetValue(output)!, limit, ct, parse.GetValue(strict)).ConfigureAwait(false);
            if (parse.GetValue(LeadsCommands.DbOption) is { } db)
            {
                // The lead book import, after the leads and their record are written: the same path as `leads import`.
                await LeadsCommands.ImportAsync(ui, parse.GetValue(output)!, db, LeadsCommands.Actor(null), new Dictionary<string, int>(), ct).ConfigureAwait(false);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static TimeSpan? ParseTimeout(string? text) =>
        text is null ? null
        : Duration.TryParse(text, out var limit) ? limit
        : throw new UsageException($"--timeout {text}: expected a positive duration such as 90s, 10m or 1h (a bare number is seconds).");
}
