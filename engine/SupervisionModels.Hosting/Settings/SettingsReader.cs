using System.Text.Json;
using SupervisionModels.Hosting.Confinement;
using SupervisionModels.Models;

namespace SupervisionModels.Hosting.Settings;

/// <summary>What the file says about one model, and the line of each weight override (for <see cref="RunSettings.ValidateRuleIds"/>).</summary>
internal sealed record ModelEntry(ModelSettings Settings, IReadOnlyDictionary<string, int> WeightLines);

/// <summary>
/// Reads the settings tree against the run's models. Every problem is collected with its line, so one run of the
/// CLI shows all mistakes in the file.
/// </summary>
internal sealed class SettingsReader
{
    public const string ModelsKey = "models";
    public const string EnabledKey = "enabled";
    public const string ParametersKey = "parameters";
    public const string WeightsKey = "weights";
    public const string TimeoutKey = "timeout";
    public const string TrustKey = "trust";
    public const string AuditKey = "audit";

    // "$schema" lets editors validate and complete the file; it carries no setting.
    private const string SchemaKey = "$schema";
    private const string LeadBookKey = "leadBook";

    private readonly string _path;
    private readonly IReadOnlyDictionary<string, SupervisionModel> _models;
    private readonly List<string> _errors = [];

    public SettingsReader(string path, IReadOnlyDictionary<string, SupervisionModel> models)
    {
        _path = path;
        _models = models;
    }

    public IReadOnlyList<string> Errors => _errors;

    /// <summary>The file's time limit per model, when it sets one.</summary>
    public TimeSpan? Timeout { get; private set; }

    /// <summary>The plugin DLLs the file trusts.</summary>
    public List<TrustedAssembly> Trust { get; } = [];

    /// <summary>The audit log the file names (<c>"audit": "path"</c>), resolved against the settings file's folder.</summary>
    public string? AuditLog { get; private set; }

    /// <summary>
    /// When true, only the keys needed before the models are loaded are read — <c>trust</c> (which DLLs load) and
    /// <c>audit</c> (where the command's entry goes) — so nothing about the models can be checked.
    /// </summary>
    public bool BeforeModelsOnly { get; init; }

    /// <summary>The entries of the models the file mentions, by id.</summary>
    public Dictionary<string, ModelEntry> Read(JsonAt root)
    {
        var result = new Dictionary<string, ModelEntry>(StringComparer.Ordinal);
        if (root is not JsonObjectAt rootObject)
        {
            Error(root.Line, "the settings must be a JSON object: { \"models\": { … } }");
            return result;
        }

        foreach (var member in Members(rootObject))
        {
            if (member.Name == SchemaKey)
            {
                continue;
            }

            if (member.Name == TrustKey)
            {
                ReadTrust(member.Value);
                continue;
            }

            if (member.Name == AuditKey)
            {
                ReadAuditLog(member.Value);
                continue;
            }

            if (member.Name == LeadBookKey)
            {
                continue; // the lead book's own object (due days, the book), read and checked by SupervisionModels.LeadBook's LeadBookSettings
            }

            if (BeforeModelsOnly)
            {
                continue;
            }

            if (member.Name == TimeoutKey)
            {
                ReadTimeout(member.Value);
                continue;
            }

            if (member.Name != ModelsKey)
            {
                Error(member.Line, $"unknown key '{member.Name}'; expected: {ModelsKey}, {TimeoutKey}, {TrustKey}, {AuditKey}");
                continue;
            }

            if (member.Value is not JsonObjectAt models)
            {
                Error(member.Value.Line, $"'{ModelsKey}' must be an object keyed by model id, got {ParameterValueReader.Describe(member.Value)}");
                continue;
            }

            foreach (var entry in Members(models))
            {
                if (!_models.TryGetValue(entry.Name, out var model))
                {
                    Error(entry.Line, $"unknown model '{entry.Name}'; known: {Known(_models.Keys.Order(StringComparer.Ordinal))}");
                    continue;
                }

                if (ReadModel(entry.Name, model, entry.Value) is { } read)
                {
                    result[entry.Name] = read;
                }
            }
        }

        return result;
    }

    private ModelEntry? ReadModel(string id, SupervisionModel model, JsonAt node)
    {
        if (node is not JsonObjectAt settings)
        {
            Error(node.Line, $"settings of model {id} must be an object, got {ParameterValueReader.Describe(node)}");
            return null;
        }

        var enabled = true;
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var weightLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var member in Members(settings))
        {
            switch (member.Name)
            {
                case EnabledKey when member.Value is JsonValueAt { Kind: JsonTokenType.True or JsonTokenType.False } flag:
                    enabled = flag.Kind == JsonTokenType.True;
                    break;
                case EnabledKey:
                    Error(member.Value.Line, $"'{EnabledKey}' of model {id} must be true or false, got {ParameterValueReader.Describe(member.Value)}");
                    break;
                case ParametersKey:
                    ReadParameters(id, model, member.Value, values);
                    break;
                case WeightsKey:
                    ReadWeights(id, member.Value, weights, weightLines);
                    break;
                default:
                    Error(member.Line, $"unknown key '{member.Name}' for model {id}; expected: {EnabledKey}, {ParametersKey}, {WeightsKey}");
                    break;
            }
        }

        return new ModelEntry(new ModelSettings(enabled, values, weights), weightLines);
    }

    private void ReadParameters(string id, SupervisionModel model, JsonAt node, Dictionary<string, object> values)
    {
        if (node is not JsonObjectAt parameters)
        {
            Error(node.Line, $"'{ParametersKey}' of model {id} must be an object keyed by parameter name, got {ParameterValueReader.Describe(node)}");
            return;
        }

        var declared = model.Parameters;
        foreach (var member in Members(parameters))
        {
            var parameter = declared.FirstOrDefault(p => string.Equals(p.Name, member.Name, StringComparison.Ordinal));
            if (parameter is null)
            {
                Error(member.Line, $"unknown parameter '{member.Name}' for model {id}; known: {Known(declared.Select(p => p.Name))}");
                continue;
            }

            var value = ParameterValueReader.Read(parameter, member.Value, out var problem, out var line);
            if (value is null)
            {
                Error(line, $"parameter '{parameter.Name}' of model {id} {problem}");
                continue;
            }

            if (ParameterValueReader.OutOfRange(parameter, value) is { } range)
            {
                Error(line, $"parameter '{parameter.Name}' of model {id} {range}, got {ParameterValueReader.Describe(member.Value)}");
                continue;
            }

            values[parameter.Name] = value;
        }
    }

    private void ReadWeights(string id, JsonAt node, Dictionary<string, double> weights, Dictionary<string, int> lines)
    {
        if (node is not JsonObjectAt rules)
        {
            Error(node.Line, $"'{WeightsKey}' of model {id} must be an object keyed by rule id, got {ParameterValueReader.Describe(node)}");
            return;
        }

        foreach (var member in Members(rules))
        {
            if (member.Value is JsonValueAt { Kind: JsonTokenType.Number } number
                && double.TryParse(number.Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var weight)
                && double.IsFinite(weight))
            {
                if (weight < 0)
                {
                    // A negative weight would push a lead below others for evidence against it; 0 is how a rule is turned off.
                    Error(member.Value.Line, $"weight of rule '{member.Name}' of model {id} must be 0 or more (0 turns the rule's score off), got {number.Display}");
                    continue;
                }

                weights[member.Name] = weight;
                lines[member.Name] = member.Line;
            }
            else
            {
                Error(member.Value.Line, $"weight of rule '{member.Name}' of model {id} must be a number, got {ParameterValueReader.Describe(member.Value)}");
            }
        }
    }

    private void ReadTimeout(JsonAt node)
    {
        var text = node is JsonValueAt { Kind: JsonTokenType.String or JsonTokenType.Number } value ? value.Text : null;
        if (text is not null && Duration.TryParse(text, out var limit))
        {
            Timeout = limit;
        }
        else
        {
            Error(node.Line, $"'{TimeoutKey}' must be a positive duration such as \"90s\", \"10m\" or \"1h\" (a bare number is seconds), got {ParameterValueReader.Describe(node)}");
        }
    }

    private void ReadAuditLog(JsonAt node)
    {
        var text = node is JsonValueAt { Kind: JsonTokenType.String } value ? value.Text : null;
        if (string.IsNullOrWhiteSpace(text) || text.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || text.EndsWith('/') || text.EndsWith(Path.DirectorySeparatorChar))
        {
            Error(node.Line, $"'{AuditKey}' must be the audit log's file path, such as \"logs/audit.jsonl\" (relative to the settings file's folder), got {ParameterValueReader.Describe(node)}");
            return;
        }

        // Relative to the file that says it, as an .editorconfig path is: the same log whatever the working folder.
        var full = Path.GetFullPath(text, Path.GetDirectoryName(Path.GetFullPath(_path))!);
        if (Directory.Exists(full))
        {
            Error(node.Line, $"'{AuditKey}' names the folder {full}; it takes the audit log's file path (such as \"{Path.Combine(text, "audit.jsonl")}\")");
            return;
        }

        AuditLog = full;
    }

    private void ReadTrust(JsonAt node)
    {
        if (node is not JsonArrayAt list)
        {
            Error(node.Line, $"'{TrustKey}' must be a list of {{ \"file\": \"NAME.dll\", \"sha256\": \"…\" }}, got {ParameterValueReader.Describe(node)}");
            return;
        }

        foreach (var item in list.Items)
        {
            string? file = null, sha256 = null;
            if (item is JsonObjectAt entry)
            {
                foreach (var member in Members(entry))
                {
                    var text = member.Value is JsonValueAt { Kind: JsonTokenType.String } value ? value.Text : null;
                    switch (member.Name)
                    {
                        case "file":
                            file = text;
                            break;
                        case "sha256":
                            sha256 = text;
                            break;
                        default:
                            Error(member.Line, $"unknown key '{member.Name}' in a trust entry; expected: file, sha256");
                            break;
                    }
                }
            }

            if (string.IsNullOrWhiteSpace(file) || file.IndexOfAny(['/', '\\']) >= 0 || sha256 is null || sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigit))
            {
                Error(item.Line, "a trust entry must be { \"file\": \"NAME.dll\", \"sha256\": \"64 hex digits\" } (the file name without folders; the refusal message prints both)");
                continue;
            }

            Trust.Add(new TrustedAssembly(file, sha256));
        }
    }

    /// <summary>The members of an object; a repeated key is reported and only its first occurrence is read.</summary>
    private IEnumerable<JsonMemberAt> Members(JsonObjectAt node)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in node.Members)
        {
            if (seen.Add(member.Name))
            {
                yield return member;
            }
            else
            {
                Error(member.Line, $"duplicate key '{member.Name}'");
            }
        }
    }

    private static string Known(IEnumerable<string> names)
    {
        var list = names.ToArray();
        return list.Length == 0 ? "(none)" : string.Join(", ", list);
    }

    private void Error(int line, string problem) => _errors.Add($"{_path}:{line}: {problem}");
}
