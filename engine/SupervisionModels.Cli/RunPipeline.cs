using System.Globalization;
using Spectre.Console;
using SupervisionModels.Cli.Ui;
using SupervisionModels.Hosting.Catalog;
using SupervisionModels.Hosting.Settings;
using SupervisionModels.Reporting.Masking;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Facts;
using SupervisionModels.Runtime.IO;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli;

/// <summary>One run of models over a data directory, shared by <c>run</c> and <c>demo</c>.</summary>
internal static class RunPipeline
{
    /// <summary>The settings file looked for in the data directory when none is given.</summary>
    public const string DefaultSettingsFile = RunSettings.DefaultFileName;

    private static readonly IReadOnlyDictionary<string, double> NoWeightOverrides = new Dictionary<string, double>();

    public static Task<RunResult> RunAsync(
        ConsoleUi ui, string dataDirectory, IReadOnlyList<LoadedModel> models, string? settingsPath, string outPath, CancellationToken cancellationToken) =>
        RunAsync(ui, dataDirectory, models, settingsPath, outPath, timeout: null, cancellationToken);

    /// <summary>As above, with each model's time limit (<c>--timeout</c>); null for the settings' or the default.</summary>
    public static async Task<RunResult> RunAsync(
        ConsoleUi ui, string dataDirectory, IReadOnlyList<LoadedModel> models, string? settingsPath, string outPath, TimeSpan? timeout, CancellationToken cancellationToken, bool strict = false)
    {
        if (!Directory.Exists(dataDirectory))
        {
            throw new UsageException($"data directory {dataDirectory} does not exist.");
        }

        // Before any work: a bad --out, or another run writing it, is said now rather than after the whole run. The
        // lock is held until the leads and their record are both written.
        OutputPath.Prepare(outPath);
        CommandAudit.Current?.UseDataDirectory(dataDirectory);
        using var outputLock = LeadJson.LockForWriting(outPath);

        var declared = models.Select(m => m.Model).ToArray();
        var settings = settingsPath is not null
            ? RunSettings.Load(settingsPath, declared)
            : RunSettings.LoadForDataDirectory(dataDirectory, declared);
        if (settings.SourcePath is not null)
        {
            ui.Info($"settings: {settings.SourcePath}");
        }

        CommandAudit.Current?.UseSettings(settings);

        var runs = models
            .Select(m => (Model: m, Settings: settings.For(m.Id)))
            .Where(x => x.Settings.Enabled)
            .Select(x => new ModelRun(x.Model.Model)
            {
                ParameterValues = x.Settings.ParameterValues,
                WeightOverrides = x.Settings.WeightOverrides,
                Origin = x.Model.Origin.IsPlugin ? x.Model.Origin.ToString() : ModelRun.BuiltInOrigin,
                Timeout = timeout ?? settings.Timeout,
            })
            .ToArray();
        if (runs.Length == 0)
        {
            throw new UsageException("no model to run: every selected model is disabled by the settings.");
        }

        if (CommandAudit.Current is { } audit)
        {
            await audit.AddSettingsAsync(settings.SourcePath, cancellationToken).ConfigureAwait(false);
            await audit.AddModelsAsync(models.Where(m => settings.For(m.Id).Enabled), cancellationToken).ConfigureAwait(false);
        }

        var classifiers = ShippedClassifiers.Load();
        try
        {
            return await RunWithAsync(ui, dataDirectory, runs, settings, classifiers, outPath, strict, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var classifier in classifiers.OfType<IDisposable>())
            {
                classifier.Dispose();
            }
        }
    }

    private static async Task<RunResult> RunWithAsync(
        ConsoleUi ui, string dataDirectory, ModelRun[] runs, RunSettings settings, IReadOnlyList<Runtime.Text.ITextClassifier> classifiers, string outPath, bool strict, CancellationToken cancellationToken)
    {
        var engine = new SupervisionEngine(new EngineOptions { Classifiers = classifiers });

        // Rule ids in the settings' "weights" can only be checked once the models have registered their rules. The one
        // plan of the run (each model's Initialize runs once) is made without those weights, so that they are checked
        // here first, before anything is read, and the error names the settings file and line; then they are applied.
        var plan = engine.Plan(runs.Select(r => r with { WeightOverrides = NoWeightOverrides }).ToArray());
        foreach (var run in runs)
        {
            settings.ValidateRuleIds(run.Model.Descriptor.Id, plan.RuleOrder[run.Model.Descriptor.Id]);
        }

        plan = plan.WithWeightOverrides(runs.ToDictionary(r => r.Model.Descriptor.Id, r => r.WeightOverrides, StringComparer.Ordinal));

        // Identifier columns are measured before the run, so that --strict stops it before anything is written.
        var (quality, qualityWarnings) = await Commands.DatasetsCommands.CheckQualityAsync(ui, dataDirectory, plan.Datasets, strict, cancellationToken).ConfigureAwait(false);

        var source = new ParquetFactSource(dataDirectory);
        var result = await ui.WithProgressAsync("run", progress => engine.RunAsync(plan, source, progress, cancellationToken)).ConfigureAwait(false);

        // The data's names in the excerpts, so that report, explain and diff mask them without reading the data again.
        var excerptNames = await ExcerptNames.FindAsync(dataDirectory, result.Summary.Datasets.Select(d => d.Provenance.Dataset), result.Leads, cancellationToken).ConfigureAwait(false);
        var summary = result.Summary with { Warnings = [.. qualityWarnings, .. result.Summary.Warnings] };
        var record = new RunRecord(summary, Path.GetFullPath(dataDirectory), settings.Describe(runs.Select(r => r.Model)))
        {
            ExcerptNames = excerptNames,
            Warnings = summary.Warnings,
            DataQuality = quality,
        };
        await LeadJson.WriteAsync(outPath, result.Leads, record, cancellationToken).ConfigureAwait(false);
        if (CommandAudit.Current is { } audit)
        {
            audit.AddDatasets(result.Summary, dataDirectory);
            audit.AddLeadCounts(result.Leads);
            await audit.AddRunOutputsAsync(outPath, cancellationToken).ConfigureAwait(false);
        }

        foreach (var warning in result.Summary.Warnings)
        {
            ui.Warn(warning);
        }

        PrintSummary(ui, result);
        ui.Line($"Leads written to {outPath} (run record: {LeadJson.RecordPathAsGiven(outPath)}).");
        return result;
    }

    private static void PrintSummary(ConsoleUi ui, RunResult result)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"线索 Leads — {result.Summary.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s")
            .AddColumns("模型 Model", "标题 Title", "线索 Leads", "前三 Top leads");
        foreach (var model in result.Summary.Models)
        {
            var top = result.Leads.Where(l => l.ModelId == model.Id).Take(3)
                .Select(l => $"#{l.Rank} {l.LeadId} {PersonalData.Name(l.Subject.Name, l.Subject.Kind)}{(l.Subject.Role.Length > 0 ? " · " + l.Subject.Role : "")} ({l.Score.ToString("0.#", CultureInfo.InvariantCulture)})");
            table.AddRow(model.Id.EscapeMarkup(), model.Title.EscapeMarkup(), model.Leads.ToString(CultureInfo.InvariantCulture), string.Join("\n", top).EscapeMarkup());
        }

        ui.Write(table);
    }
}
