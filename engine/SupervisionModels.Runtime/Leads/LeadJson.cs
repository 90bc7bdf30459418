using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SupervisionModels.Leads;
using SupervisionModels.Runtime.IO;

namespace SupervisionModels.Runtime.Leads;

/// <summary>
/// Reads and writes leads as JSON Lines (one lead a line, camelCase fields, Chinese kept as it is) and the run
/// summary beside them (<c>leads.jsonl</c> → <c>leads.run.json</c>). The format is documented in the README.
/// </summary>
public static class LeadJson
{
    /// <summary>The serializer options for leads and run summaries.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep 张三 readable; files are not embedded in HTML
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true };

    /// <summary>The run summary file that goes with a leads file.</summary>
    public static string SummaryPathFor(string leadsPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(leadsPath))!, Path.GetFileNameWithoutExtension(leadsPath) + ".run.json");

    /// <summary>Writes leads (and, when given, the run record) atomically.</summary>
    public static async Task WriteAsync(string path, IEnumerable<Lead> leads, RunRecord? run = null, CancellationToken cancellationToken = default)
    {
        await AtomicFile.WriteAsync(path, async (stream, ct) =>
        {
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
            foreach (var lead in leads)
            {
                ct.ThrowIfCancellationRequested();
                await writer.WriteLineAsync(JsonSerializer.Serialize(lead, Options)).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);

        if (run is not null)
        {
            await AtomicFile.WriteAsync(SummaryPathFor(path), (stream, ct) => JsonSerializer.SerializeAsync(stream, run, Indented, ct), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a leads file; a malformed line is an error naming the file and line.</summary>
    public static async Task<IReadOnlyList<Lead>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new LeadFileException($"{path}: no such leads file.");
        }

        var leads = new List<Lead>();
        var number = 0;
        using var reader = new StreamReader(path, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var lead = JsonSerializer.Deserialize<Lead>(line, Options);
                if (lead is null || string.IsNullOrEmpty(lead.LeadId) || lead.Subject is null || lead.Rules is null || lead.Evidence is null)
                {
                    throw new LeadFileException($"{path}:{number}: not a lead (leadId, subject, rules and evidence are required).");
                }

                leads.Add(lead);
            }
            catch (JsonException e)
            {
                throw new LeadFileException($"{path}:{number}: not valid lead JSON: {e.Message}");
            }
        }

        return leads;
    }

    /// <summary>Reads the run record beside a leads file, or null when there is none.</summary>
    public static async Task<RunRecord?> ReadRunAsync(string leadsPath, CancellationToken cancellationToken = default)
    {
        var path = SummaryPathFor(leadsPath);
        if (!File.Exists(path))
        {
            return null;
        }

        await using var stream = File.OpenRead(path);
        try
        {
            return await JsonSerializer.DeserializeAsync<RunRecord>(stream, Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw new LeadFileException($"{path}: not a valid run record: {e.Message}");
        }
    }
}

/// <summary>What a leads file came from: the run summary plus the data directory and the settings in force.</summary>
/// <param name="Summary">The run summary.</param>
/// <param name="DataDirectory">The data directory, when the run read one.</param>
/// <param name="Settings">The effective settings (model → enabled, parameters, weights), as reports print them.</param>
public sealed record RunRecord(RunSummary Summary, string? DataDirectory, IReadOnlyDictionary<string, object?> Settings);

/// <summary>A leads or run file cannot be read; the message names the file and line.</summary>
public sealed class LeadFileException(string message) : Exception(message);
