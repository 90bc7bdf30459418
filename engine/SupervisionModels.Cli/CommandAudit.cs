using System.CommandLine;
using System.Text.Json;
using SupervisionModels.Cli.Ui;
using SupervisionModels.Hosting.Catalog;
using SupervisionModels.Hosting.Settings;
using SupervisionModels.Leads;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Audit;
using SupervisionModels.Runtime.IO;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli;

/// <summary>
/// The audit entry of the command being run: <see cref="CliApp"/> begins it for the audited commands (run, demo,
/// report, and explain or diff with --unmask), the commands add what they read and wrote, and it is appended to the
/// audit log when the command ends, with its exit code, whatever the outcome. The log is <c>--audit FILE</c>, else
/// the <c>audit</c> of the settings file in force (relative to that file), else <c>DATA/.supervise/audit.jsonl</c> of
/// the data directory the run read (for a report, the settings file and data directory its run record names; for the
/// demo, its output folder, since the bundled sample may be read-only).
/// </summary>
internal sealed class CommandAudit
{
    /// <summary>The audit log to append to, instead of the data directory's.</summary>
    public static readonly Option<string?> AuditOption = new("--audit") { Description = "The audit log to append this command's entry to (default: DATA/.supervise/audit.jsonl).", Recursive = true };

    /// <summary>Who is running the command, when not the OS user.</summary>
    public static readonly Option<string?> UserOption = new("--user") { Description = "The person running the command, for the audit log (default: the OS user).", Recursive = true };

    private static readonly AsyncLocal<CommandAudit?> CurrentAudit = new();

    private readonly string? _explicitLog;
    private readonly List<AuditModel> _models = [];
    private readonly List<AuditFile> _inputs = [];
    private readonly List<AuditFile> _outputs = [];
    private readonly List<AuditLeadCount> _counts = [];
    private AuditEntry _entry;
    private string? _log;
    private string? _dataDirectory;

    private CommandAudit(AuditEntry entry, string? explicitLog)
    {
        _entry = entry;
        _explicitLog = explicitLog;
    }

    /// <summary>The audit of the command this async flow runs; null when the command is not audited.</summary>
    public static CommandAudit? Current => CurrentAudit.Value;

    /// <summary>The audit log this entry goes to, once known.</summary>
    public string? LogPath => _explicitLog ?? _log;

    /// <summary>Starts the audit of the parsed command when it is one that is audited; null otherwise.</summary>
    public static CommandAudit? Begin(ParseResult parse, IReadOnlyList<string> args)
    {
        if (parse.Errors.Count > 0)
        {
            return null; // nothing runs: System.CommandLine prints the usage error
        }

        var command = CommandPath(parse.CommandResult.Command);
        var unmask = parse.CommandResult.Command.Options.Any(o => o.Name == "--unmask") && parse.GetValue<bool>("--unmask");
        // An export of the lead book is a report like any other (the book's changes are audited by the book itself).
        var audited = command is "run" or "demo" or "report" or "leads export" || (command is "explain" or "diff" && unmask);
        if (!audited)
        {
            return null;
        }

        var audit = new CommandAudit(AuditEntry.ForCommand(command, args, parse.GetValue(UserOption)) with { Unmasked = unmask }, parse.GetValue(AuditOption));
        CurrentAudit.Value = audit;
        return audit;
    }

    /// <summary>
    /// The data directory whose audit log the entry goes to: the first of <paramref name="candidates"/> that exists
    /// (unless --audit or an earlier call chose one). The log's path is checked now, before any work, like every output.
    /// </summary>
    public void UseDataDirectory(params string?[] candidates)
    {
        if (_log is null && candidates.FirstOrDefault(Directory.Exists) is { } dataDirectory)
        {
            _dataDirectory = dataDirectory;
            _log = LogFor(dataDirectory);
        }

        PrepareLog();
    }

    /// <summary>
    /// The settings a run read: the log their <c>audit</c> names (unless --audit or an earlier folder chose one), else
    /// the data directory's. Called once the settings are loaded, since <c>--settings FILE</c> may name another file
    /// than the data directory's.
    /// </summary>
    public void UseSettings(RunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.SourcePath is not null && _dataDirectory is not null)
        {
            _log = settings.AuditLog ?? AuditLog.DefaultPathFor(_dataDirectory);
            PrepareLog();
        }
    }

    /// <summary>
    /// A command over a run's leads (report, explain, diff): the log of that run — the <c>audit</c> of the settings
    /// file its record names, when that file is still there, else that of the data directory it read.
    /// </summary>
    public void UseRunOf(RunRecord? run, string leadsPath)
    {
        if (_log is null && RecordedSettingsPath(run) is { } settingsPath && RunSettings.ReadAuditLog(settingsPath) is { } configured)
        {
            _log = configured;
        }

        UseDataDirectory(run?.DataDirectory, Path.GetDirectoryName(Path.GetFullPath(leadsPath)));
    }

    /// <summary>The log a command over the lead book writes to: the book's own (unless --audit chose one).</summary>
    public void UseLog(string path)
    {
        _log ??= path;
        PrepareLog();
    }

    /// <summary>
    /// The audit log of <paramref name="dataDirectory"/>: the <c>audit</c> of its settings file
    /// (<c>DATA/supervise.settings.json</c>) when it names one, else <c>DATA/.supervise/audit.jsonl</c>.
    /// </summary>
    public static string LogFor(string dataDirectory)
    {
        var settings = Path.Combine(dataDirectory, RunSettings.DefaultFileName);
        return (File.Exists(settings) ? RunSettings.ReadAuditLog(settings) : null) ?? AuditLog.DefaultPathFor(dataDirectory);
    }

    private void PrepareLog()
    {
        if (LogPath is { } path)
        {
            OutputPath.Prepare(path);
        }
    }

    // The run record keeps the settings file as the run was given it; a relative one is read from where this command runs.
    private static string? RecordedSettingsPath(RunRecord? run) =>
        run?.Settings.TryGetValue("source", out var source) == true
        && (source is string text ? text : source is JsonElement { ValueKind: JsonValueKind.String } element ? element.GetString() : null) is { Length: > 0 } path
        && File.Exists(path)
            ? path
            : null;

    /// <summary>A leads file the command shows (explain, diff): its hash, and the data directory its run record names for the log.</summary>
    public async Task AddLeadsShownAsync(string leadsPath, IReadOnlyList<Lead> leads, CancellationToken cancellationToken)
    {
        var run = await LeadJson.ReadRunAsync(leadsPath, cancellationToken).ConfigureAwait(false);
        UseRunOf(run, leadsPath);
        await AddInputAsync("leads", leadsPath, cancellationToken).ConfigureAwait(false);
        _counts.AddRange(leads.GroupBy(l => l.ModelId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AuditLeadCount(g.Key, g.Count())));
    }

    /// <summary>The models of a run, with the hashes of their code.</summary>
    public async Task AddModelsAsync(IEnumerable<LoadedModel> models, CancellationToken cancellationToken)
    {
        foreach (var model in models)
        {
            var code = new List<AuditFile>();
            foreach (var file in CodeFiles(model))
            {
                code.Add(await AuditLog.HashFileAsync("code", file, cancellationToken).ConfigureAwait(false));
            }

            _models.Add(new AuditModel(model.Id, model.Model.Descriptor.Version, JsonNamingPolicy.CamelCase.ConvertName(model.Origin.Kind.ToString()), model.Origin.Location, code));
        }
    }

    /// <summary>The settings file in force, if any.</summary>
    public async Task AddSettingsAsync(string? settingsPath, CancellationToken cancellationToken)
    {
        if (settingsPath is not null && File.Exists(settingsPath))
        {
            _entry = _entry with { Settings = await AuditLog.HashFileAsync("settings", settingsPath, cancellationToken).ConfigureAwait(false) };
        }
    }

    /// <summary>The Parquet files a run read, with the hashes the run itself took of them (no second read).</summary>
    public void AddDatasets(RunSummary summary, string dataDirectory)
    {
        foreach (var dataset in summary.Datasets)
        {
            foreach (var file in dataset.Provenance.Files)
            {
                _inputs.Add(new AuditFile(dataset.Provenance.Dataset, Path.GetFullPath(Path.Combine(dataDirectory, file.Path)), file.Bytes, file.Sha256));
            }
        }
    }

    /// <summary>A file the command read.</summary>
    public async Task AddInputAsync(string role, string path, CancellationToken cancellationToken)
    {
        if (File.Exists(path))
        {
            _inputs.Add(await AuditLog.HashFileAsync(role, path, cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>A file the command wrote.</summary>
    public async Task AddOutputAsync(string role, string path, CancellationToken cancellationToken)
    {
        if (File.Exists(path))
        {
            _outputs.Add(await AuditLog.HashFileAsync(role, path, cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>The leads per model the command wrote or showed (added once per command: a demo's reports show the run's leads).</summary>
    public void AddLeadCounts(IEnumerable<Lead> leads)
    {
        if (_counts.Count > 0)
        {
            return;
        }

        _counts.AddRange(leads.GroupBy(l => l.ModelId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AuditLeadCount(g.Key, g.Count())));
    }

    /// <summary>The command failed with <paramref name="message"/>.</summary>
    public void Failed(string message) => _entry = _entry with { Error = message };

    /// <summary>
    /// Appends the entry with <paramref name="exitCode"/> to the log. An entry that cannot be written is a warning
    /// (the command's work is done and its exit code stands), as is a command whose log is not known.
    /// </summary>
    public async Task EndAsync(ConsoleUi ui, int exitCode)
    {
        CurrentAudit.Value = null;
        if (LogPath is not { } path)
        {
            if (exitCode != ExitCodes.Success)
            {
                return; // it failed before it knew its data: it did nothing to audit
            }

            ui.Warn($"not audited: no data directory is known to hold {AuditLog.FolderName}/{AuditLog.FileName}; give --audit FILE.");
            return;
        }

        var entry = _entry with
        {
            Models = _models, Inputs = _inputs, Outputs = _outputs, LeadCounts = _counts, ExitCode = exitCode,
        };
        try
        {
            OutputPath.Prepare(path);
            var (_, warning) = await AuditLog.AppendAsync(path, entry, CancellationToken.None).ConfigureAwait(false);
            if (warning is not null)
            {
                ui.Warn(warning);
            }
        }
        catch (Exception e) when (e is AuditLogException or OutputPathException or IOException or UnauthorizedAccessException)
        {
            ui.Warn($"not audited: {e.Message}");
        }
    }

    /// <summary>The leads file and run record a run wrote, hashed as they are on disk.</summary>
    public async Task AddRunOutputsAsync(string leadsPath, CancellationToken cancellationToken)
    {
        await AddOutputAsync("leads", leadsPath, cancellationToken).ConfigureAwait(false);
        await AddOutputAsync("runRecord", LeadJson.SummaryPathFor(leadsPath), cancellationToken).ConfigureAwait(false);
    }

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? s = command; s is Command c && c is not RootCommand; s = c.Parents.FirstOrDefault())
        {
            names.Insert(0, c.Name);
        }

        return string.Join(" ", names);
    }

    /// <summary>The files a model's code is: its assembly, or for a source plugin each C# file of its folder.</summary>
    private static IEnumerable<string> CodeFiles(LoadedModel model) => model.Origin.Kind switch
    {
        ModelOriginKind.SourceFolder => Directory.Exists(model.Origin.Location)
            ? Directory.EnumerateFiles(model.Origin.Location, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"))
                .Order(StringComparer.Ordinal)
                .Concat(model.Model.GetType().Assembly.Location is { Length: > 0 } compiled ? [compiled] : [])
            : [],
        ModelOriginKind.PluginAssembly => [model.Origin.Location],
        // The rules are the file's; the Declarative assembly that compiles them is hashed too, as a compiler would be.
        ModelOriginKind.ModelFile => File.Exists(model.Origin.Location)
            ? new[] { model.Origin.Location }.Concat(model.Model.GetType().Assembly.Location is { Length: > 0 } compiler ? [compiler] : [])
            : [],
        _ => model.Model.GetType().Assembly.Location is { Length: > 0 } location ? [location] : [],
    };
}
