using System.Security.Cryptography;
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

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The run summary file that goes with a leads file.</summary>
    public static string SummaryPathFor(string leadsPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(leadsPath))!, Path.GetFileNameWithoutExtension(leadsPath) + ".run.json");

    /// <summary>
    /// Writes leads (and, when given, the run record) atomically: the leads first, the record last, and the record
    /// carries the SHA-256 and count of the leads it belongs to. The two renames are not one, so a kill between them
    /// leaves the new leads beside the previous record; its hash then names other leads, and every reader refuses the
    /// pair (<see cref="VerifyRunAsync"/>) instead of printing the previous run's provenance.
    /// </summary>
    public static async Task WriteAsync(string path, IEnumerable<Lead> leads, RunRecord? run = null, CancellationToken cancellationToken = default)
    {
        var (sha256, count) = await WriteLeadsAsync(path, leads, cancellationToken).ConfigureAwait(false);
        if (run is not null)
        {
            var bound = run with { LeadsSha256 = sha256, LeadCount = count };
            await AtomicFile.WriteAsync(SummaryPathFor(path), (stream, ct) => JsonSerializer.SerializeAsync(stream, bound, Indented, ct), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the leads file alone and returns its SHA-256 (lower-case hex) and row count.</summary>
    private static async Task<(string Sha256, int Count)> WriteLeadsAsync(string path, IEnumerable<Lead> leads, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var count = 0;
        await AtomicFile.WriteAsync(path, async (stream, ct) =>
        {
            foreach (var lead in leads)
            {
                ct.ThrowIfCancellationRequested();
                var line = Utf8.GetBytes(JsonSerializer.Serialize(lead, Options) + "\n");
                hash.AppendData(line); // hashed as written, so the record names exactly these bytes
                await stream.WriteAsync(line, ct).ConfigureAwait(false);
                count++;
            }
        }, cancellationToken).ConfigureAwait(false);
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), count);
    }

    /// <summary>
    /// Reads the run record beside a leads file and checks that it belongs to it: null when there is no record, an
    /// error naming both files when the record's hash names other leads. A record written before records carried a
    /// hash is accepted; <paramref name="warning"/> then says that the pair could not be checked.
    /// </summary>
    public static async Task<(RunRecord? Run, string? Warning)> VerifyRunAsync(string leadsPath, CancellationToken cancellationToken = default)
    {
        var run = await ReadRunAsync(leadsPath, cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            return (null, null);
        }

        var recordPath = RecordPathAsGiven(leadsPath);
        if (run.LeadsSha256 is null)
        {
            return (run, $"{recordPath} has no hash of its leads (written by an older supervise): cannot check that it belongs to {leadsPath}.");
        }

        string actual;
        await using (var stream = new FileStream(leadsPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan))
        {
            actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
        }

        if (!string.Equals(actual, run.LeadsSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new LeadFileException($"{leadsPath} does not match its run record {recordPath}: the leads were written by another run (an interrupted run or a copy). Run again to write both.");
        }

        return (run, null);
    }

    /// <summary>The run record's path named the way the user named the leads file (relative stays relative).</summary>
    public static string RecordPathAsGiven(string leadsPath) =>
        Path.Combine(Path.GetDirectoryName(leadsPath) ?? string.Empty, Path.GetFileName(SummaryPathFor(leadsPath)));

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
/// <param name="LeadsSha256">The SHA-256 (hex) of the leads file this record belongs to; null in records of older versions.</param>
/// <param name="LeadCount">The number of leads in that file; null in records of older versions.</param>
public sealed record RunRecord(RunSummary Summary, string? DataDirectory, IReadOnlyDictionary<string, object?> Settings, string? LeadsSha256 = null, int? LeadCount = null)
{
    /// <summary>Every warning of the run: the planner's and the data-quality ones (also in <see cref="RunSummary.Warnings"/>,
    /// which the reports show). Null in records written before runs measured data quality.</summary>
    public IReadOnlyList<string>? Warnings { get; init; }

    /// <summary>The quality figures of the identifier columns the run read (share failing their check, share null).</summary>
    public IReadOnlyList<Data.Quality.ColumnQuality>? DataQuality { get; init; }
}

/// <summary>A leads or run file cannot be read; the message names the file and line.</summary>
public sealed class LeadFileException(string message) : Exception(message);
