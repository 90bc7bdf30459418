using System.Globalization;
using System.Text.Json;

namespace SupervisionModels.LeadBook;

/// <summary>
/// The lead book's part of the settings file (<c>DATA/supervise.settings.json</c>), its <c>leadBook</c> object: where
/// the book is and the days from a lead's first import to its due date, per model.
/// <code>
/// { "models": { … }, "leadBook": { "db": "cases/leads.db", "dueDays": { "default": 30, "SM0002": 15 } } }
/// </code>
/// The run's settings reader leaves this object to the lead book, which checks it here: errors name the file and line.
/// </summary>
public sealed record LeadBookSettings
{
    /// <summary>The settings file's key of the lead book's object.</summary>
    public const string Key = "leadBook";

    /// <summary>The longest due period accepted, in days (ten years): a larger number is a typo.</summary>
    public const int MaxDueDays = 3650;

    /// <summary>The book (<c>--db</c> form: a SQLite file, relative to the settings file's folder, or a PostgreSQL connection string); null when not set.</summary>
    public string? Db { get; init; }

    /// <summary>Days to the due date for models without their own entry; null when not set (the book's default, 30).</summary>
    public int? DefaultDueDays { get; init; }

    /// <summary>Days to the due date per model id.</summary>
    public IReadOnlyDictionary<string, int> DueDaysByModel { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The settings file the values came from; null for none.</summary>
    public string? SourcePath { get; init; }

    /// <summary>No settings: every value the book's default.</summary>
    public static LeadBookSettings None { get; } = new();

    /// <summary>
    /// Reads the <c>leadBook</c> object of the settings file at <paramref name="path"/> (None when the file has none).
    /// Throws <see cref="LeadBookException"/> listing every error as <c>file:line: what</c>.
    /// </summary>
    public static LeadBookSettings Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LeadBookException($"{path}: cannot read the settings file: {e.Message}", e);
        }

        var newlines = new List<long>();
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                newlines.Add(i);
            }
        }

        int LineOf(long offset)
        {
            var index = newlines.BinarySearch(offset);
            return (index < 0 ? ~index : index) + 1;
        }

        var errors = new List<string>();
        void Error(long offset, string message) => errors.Add($"{path}:{LineOf(offset).ToString(CultureInfo.InvariantCulture)}: {message}");

        string? db = null;
        int? defaultDays = null;
        var byModel = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return None; // not an object: the run's settings reader says so
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isLeadBook = reader.ValueTextEquals(Key);
                reader.Read();
                if (!isLeadBook)
                {
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    Error(reader.TokenStartIndex, $"'{Key}' must be an object: {{ \"db\": …, \"dueDays\": {{ \"default\": 30, \"SM0002\": 15 }} }}");
                    reader.Skip();
                    continue;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    var at = reader.TokenStartIndex;
                    reader.Read();
                    switch (name)
                    {
                        case "db" when reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } value:
                            db = value.Contains("Host=", StringComparison.OrdinalIgnoreCase) || value.Contains("Server=", StringComparison.OrdinalIgnoreCase) || Path.IsPathRooted(value)
                                ? value
                                : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, value);
                            break;
                        case "db":
                            Error(reader.TokenStartIndex, $"'{Key}.db' must be a non-empty string: a SQLite file or a PostgreSQL connection string");
                            reader.Skip();
                            break;
                        case "dueDays" when reader.TokenType == JsonTokenType.StartObject:
                            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                            {
                                var model = reader.GetString()!;
                                var modelAt = reader.TokenStartIndex;
                                reader.Read();
                                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var days) || days < 1 || days > MaxDueDays)
                                {
                                    Error(reader.TokenStartIndex, $"'{Key}.dueDays.{model}' must be a whole number of days from 1 to {MaxDueDays.ToString(CultureInfo.InvariantCulture)}, got {Describe(ref reader, bytes)}");
                                    reader.Skip();
                                }
                                else if (model.Length == 0 || model.Any(char.IsWhiteSpace))
                                {
                                    Error(modelAt, $"'{Key}.dueDays' keys are model ids (SM0002) or \"default\", got \"{model}\"");
                                }
                                else if (model == "default")
                                {
                                    defaultDays = days;
                                }
                                else
                                {
                                    byModel[model] = days;
                                }
                            }

                            break;
                        case "dueDays":
                            Error(reader.TokenStartIndex, $"'{Key}.dueDays' must be an object of days per model: {{ \"default\": 30, \"SM0002\": 15 }}");
                            reader.Skip();
                            break;
                        default:
                            Error(at, $"unknown key '{name}' in '{Key}'; expected: db, dueDays");
                            reader.Skip();
                            break;
                    }
                }
            }
        }
        catch (JsonException e)
        {
            throw new LeadBookException($"{path}:{((e.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture)}: not valid JSON: {e.Message}", e);
        }

        if (errors.Count > 0)
        {
            throw new LeadBookException(string.Join(Environment.NewLine, errors));
        }

        return new LeadBookSettings { Db = db, DefaultDueDays = defaultDays, DueDaysByModel = byModel, SourcePath = path };
    }

    /// <summary>The options of a book opened with these settings, <paramref name="overrides"/> (per model, from the command line) winning.</summary>
    public LeadBookOptions ApplyTo(LeadBookOptions options, IReadOnlyDictionary<string, int>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var days = new Dictionary<string, int>(DueDaysByModel, StringComparer.Ordinal);
        foreach (var (model, n) in overrides ?? new Dictionary<string, int>())
        {
            days[model] = n;
        }

        return options with { DueDaysByModel = days, DefaultDueDays = DefaultDueDays ?? options.DefaultDueDays };
    }

    private static string Describe(ref Utf8JsonReader reader, byte[] bytes) => reader.TokenType switch
    {
        JsonTokenType.String => "\"" + reader.GetString() + "\"",
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(bytes, (int)reader.TokenStartIndex, reader.ValueSpan.Length),
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        var other => other.ToString().ToLowerInvariant(),
    };
}
