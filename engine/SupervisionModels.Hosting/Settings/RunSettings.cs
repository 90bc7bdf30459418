using System.Text;
using System.Text.Json;
using SupervisionModels.Hosting.Confinement;
using SupervisionModels.Models;
using SupervisionModels.Rules;

namespace SupervisionModels.Hosting.Settings;

/// <summary>
/// Per-run overrides of models, the way .editorconfig configures analyzers: which models run, parameter values and
/// rule weights, read from a JSON file next to the data and checked against the models' declarations.
/// </summary>
/// <example>
/// <code>
/// { "models": { "SM0001": { "enabled": true, "parameters": { "min-cases": 3, "keywords": ["二手车买卖", "车牌额度"] }, "weights": { "R2": 15 } } } }
/// </code>
/// </example>
public sealed class RunSettings
{
    /// <summary>The settings file's name in the data directory.</summary>
    public const string DefaultFileName = "supervise.settings.json";

    private readonly IReadOnlyList<SupervisionModel> _models;
    private readonly IReadOnlyDictionary<string, ModelEntry> _byModel;

    private RunSettings(
        string? path, IReadOnlyList<SupervisionModel> models, IReadOnlyDictionary<string, ModelEntry> byModel, TimeSpan? timeout = null, IReadOnlyList<TrustedAssembly>? trust = null, string? auditLog = null)
    {
        SourcePath = path;
        AuditLog = auditLog;
        _models = models;
        _byModel = byModel;
        Timeout = timeout;
        Trust = trust ?? [];
    }

    /// <summary>The time limit of each model's rules (<c>"timeout": "10m"</c>), or null when the file sets none.</summary>
    public TimeSpan? Timeout { get; }

    /// <summary>
    /// The audit log the file names (<c>"audit": "logs/audit.jsonl"</c>), as a full path resolved against the settings
    /// file's folder; null when it names none. <c>--audit</c> takes precedence over it.
    /// </summary>
    public string? AuditLog { get; }

    /// <summary>The plugin DLLs the file trusts by SHA-256 (<c>"trust": [{ "file": "x.dll", "sha256": "…" }]</c>).</summary>
    public IReadOnlyList<TrustedAssembly> Trust { get; }

    /// <summary>
    /// The settings file a run reads — <paramref name="settingsPath"/>, else <c>DATA/supervise.settings.json</c> when it
    /// exists — or null. Plugins are loaded before the settings can be checked against their models, but the trust
    /// list decides which DLLs load, so it is read on its own first (<see cref="ReadTrust"/>).
    /// </summary>
    public static string? PathFor(string? settingsPath, string? dataDirectory)
    {
        if (settingsPath is not null)
        {
            return settingsPath;
        }

        var candidate = dataDirectory is null ? null : Path.Combine(dataDirectory, DefaultFileName);
        return candidate is not null && File.Exists(candidate) ? candidate : null;
    }

    /// <summary>Only the <c>trust</c> list of the settings file at <paramref name="path"/>; the rest is checked when the run reads the file.</summary>
    public static IReadOnlyList<TrustedAssembly> ReadTrust(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return ReadBeforeModels(path).Trust;
    }

    /// <summary>
    /// Only the <c>audit</c> path of the settings file at <paramref name="path"/> (full, resolved against the file's
    /// folder), or null when it names none: the commands that read no models (report, explain, diff, audit) find the
    /// log with it. Throws <see cref="SettingsException"/> when <c>audit</c> or <c>trust</c> is wrong.
    /// </summary>
    public static string? ReadAuditLog(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return ReadBeforeModels(path).AuditLog;
    }

    private static SettingsReader ReadBeforeModels(string path)
    {
        var bytes = ReadBytes(path);
        var reader = new SettingsReader(path, new Dictionary<string, SupervisionModel>()) { BeforeModelsOnly = true };
        reader.Read(ParseTree(bytes, path));
        if (reader.Errors.Count > 0)
        {
            throw new SettingsException(path, reader.Errors);
        }

        return reader;
    }

    /// <summary>The settings file, as given; null when no file was read (every model with its defaults).</summary>
    public string? SourcePath { get; }

    /// <summary>No file and no models: every model enabled with its defaults; <see cref="Describe(IEnumerable{SupervisionModel})"/> still describes given models.</summary>
    public static RunSettings Empty { get; } = new(null, [], new Dictionary<string, ModelEntry>());

    /// <summary>No overrides: every model enabled, with its defaults.</summary>
    public static RunSettings Defaults(IEnumerable<SupervisionModel> models) =>
        new(null, Ordered(models), new Dictionary<string, ModelEntry>());

    /// <summary>
    /// Reads <c>DATA/supervise.settings.json</c> when it exists, else <see cref="Defaults"/>.
    /// Throws <see cref="SettingsException"/> when the file is wrong.
    /// </summary>
    public static RunSettings LoadForDataDirectory(string dataDirectory, IEnumerable<SupervisionModel> models)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var path = Path.Combine(dataDirectory, DefaultFileName);
        return File.Exists(path) ? Load(path, models) : Defaults(models);
    }

    /// <summary>Reads the settings file at <paramref name="path"/>; throws <see cref="SettingsException"/> listing every problem.</summary>
    public static RunSettings Load(string path, IEnumerable<SupervisionModel> models)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(ReadBytes(path), path, models);
    }

    private static byte[] ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SettingsException(path, [$"{path}: the settings file does not exist."]);
        }
    }

    /// <summary>Reads settings from <paramref name="json"/>; <paramref name="path"/> names the file in messages.</summary>
    public static RunSettings Parse(string json, string path, IEnumerable<SupervisionModel> models)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json), path, models);
    }

    /// <summary>The settings of <paramref name="modelId"/>; <see cref="ModelSettings.Default"/> when the file does not mention it.</summary>
    public ModelSettings For(string modelId) =>
        _byModel.TryGetValue(modelId, out var entry) ? entry.Settings : ModelSettings.Default;

    /// <summary>
    /// Checks the rule ids of a model's weight overrides against the rules the model registered (known only after
    /// <see cref="SupervisionModel.Initialize"/>). Throws <see cref="SettingsException"/> naming the file and line.
    /// </summary>
    public void ValidateRuleIds(string modelId, IEnumerable<string> ruleIds)
    {
        ArgumentNullException.ThrowIfNull(ruleIds);
        if (!_byModel.TryGetValue(modelId, out var entry) || entry.WeightLines.Count == 0)
        {
            return;
        }

        var known = ruleIds.ToArray();
        var errors = entry.WeightLines
            .Where(w => !known.Contains(w.Key, StringComparer.Ordinal))
            .OrderBy(w => w.Value)
            .Select(w => $"{SourcePath}:{w.Value}: unknown rule '{w.Key}' in the weights of model {modelId}; known: {(known.Length == 0 ? "(none)" : string.Join(", ", known))}")
            .ToArray();
        if (errors.Length > 0)
        {
            throw new SettingsException(SourcePath!, errors);
        }
    }

    /// <summary>
    /// The effective settings, for reports: the file read (or null), and per model (by id) whether it runs, every
    /// parameter's value (keyword sets as term lists), which parameters the file overrode, and the weight overrides.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Describe() => Describe(_models);

    /// <summary>As <see cref="Describe()"/>, for <paramref name="models"/> (the models a run selected, say).</summary>
    public IReadOnlyDictionary<string, object?> Describe(IEnumerable<SupervisionModel> models)
    {
        var described = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var model in Ordered(models))
        {
            var id = model.Descriptor.Id;
            var settings = For(id);
            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var parameter in model.Parameters)
            {
                var value = settings.ParameterValues.TryGetValue(parameter.Name, out var overridden) ? overridden : parameter.DefaultValue;
                parameters[parameter.Name] = value is KeywordSet set ? set.Terms : value;
            }

            described[id] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["enabled"] = settings.Enabled,
                ["parameters"] = parameters,
                ["overridden"] = model.Parameters.Select(p => p.Name).Where(settings.ParameterValues.ContainsKey).ToArray(),
                ["weights"] = new SortedDictionary<string, double>(settings.WeightOverrides.ToDictionary(), StringComparer.Ordinal),
            };
        }

        return new Dictionary<string, object?>(StringComparer.Ordinal) { ["source"] = SourcePath, ["models"] = described };
    }

    /// <summary><see cref="Describe()"/> as indented JSON, Chinese unescaped.</summary>
    public string DescribeJson() => JsonSerializer.Serialize(Describe(), JsonFormatting.Readable);

    private static RunSettings Parse(byte[] bytes, string path, IEnumerable<SupervisionModel> models)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var ordered = Ordered(models);
        var root = ParseTree(bytes, path);
        var reader = new SettingsReader(path, ordered.ToDictionary(m => m.Descriptor.Id, StringComparer.Ordinal));
        var byModel = reader.Read(root);
        if (reader.Errors.Count > 0)
        {
            throw new SettingsException(path, reader.Errors);
        }

        return new RunSettings(path, ordered, byModel, reader.Timeout, reader.Trust, reader.AuditLog);
    }

    private static JsonAt ParseTree(byte[] bytes, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            // A UTF-8 byte order mark is what Windows editors write; the JSON reader does not skip it.
            var span = bytes.AsSpan();
            return LocatedJson.Parse(span.StartsWith(Encoding.UTF8.Preamble) ? span[Encoding.UTF8.Preamble.Length..] : span);
        }
        catch (JsonException e)
        {
            throw new SettingsException(path, [$"{path}:{(e.LineNumber ?? 0) + 1}: invalid JSON: {WithoutPosition(e.Message)}"]);
        }
    }

    private static SupervisionModel[] Ordered(IEnumerable<SupervisionModel> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        return models.OrderBy(m => m.Descriptor.Id, StringComparer.Ordinal).ToArray();
    }

    // The reader appends " LineNumber: 3 | BytePositionInLine: 5." to its messages; the line is already in front.
    private static string WithoutPosition(string message)
    {
        var index = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return index < 0 ? message : message[..index];
    }
}
