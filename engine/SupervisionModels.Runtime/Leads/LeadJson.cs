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
    /// Writes leads (and, when given, the run record) atomically: the record carries the SHA-256 and count of the
    /// leads it belongs to, both are written to their temporaries in full, then the leads are renamed and the record
    /// last. A kill between the two renames leaves the new leads beside the previous record and the new record's
    /// complete temporary beside them: the next writer (<see cref="LockForWriting"/>) or reader (<see cref="VerifyRunAsync"/>)
    /// renames it, so the pair found is the new one; without that temporary the pair is refused, never printed with
    /// the previous run's provenance.
    /// </summary>
    public static async Task WriteAsync(string path, IEnumerable<Lead> leads, RunRecord? run = null, CancellationToken cancellationToken = default)
    {
        var (leadsFile, sha256, count) = await PrepareLeadsAsync(path, leads, cancellationToken).ConfigureAwait(false);
        using (leadsFile)
        {
            if (run is null)
            {
                leadsFile.Commit();
                return;
            }

            var bound = run with { LeadsSha256 = sha256, LeadCount = count };
            using var recordFile = await AtomicFile.PrepareAsync(SummaryPathFor(path), (stream, ct) => JsonSerializer.SerializeAsync(stream, bound, Indented, ct), cancellationToken).ConfigureAwait(false);
            leadsFile.Commit();
            recordFile.Commit();
        }
    }

    /// <summary>
    /// The output lock of a leads file and its record, for a writer: once held, a record left complete but not
    /// renamed by a killed writer is renamed over the record when it names the leads in place, and the other
    /// temporaries of both files are removed.
    /// </summary>
    public static OutputLock LockForWriting(string leadsPath) =>
        OutputLock.AcquireAndRecover(leadsPath, () => CompleteInterruptedWrite(leadsPath), SummaryPathFor(leadsPath));

    /// <summary>Writes the leads file's temporary and returns it with its SHA-256 (lower-case hex) and row count.</summary>
    private static async Task<(PendingFile File, string Sha256, int Count)> PrepareLeadsAsync(string path, IEnumerable<Lead> leads, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var count = 0;
        var file = await AtomicFile.PrepareAsync(path, async (stream, ct) =>
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
        return (file, Convert.ToHexStringLower(hash.GetHashAndReset()), count);
    }

    /// <summary>
    /// Renames a complete record temporary over the run record when it names the leads file in place (a writer
    /// killed between its two renames); true when it did. Only under the output lock: no live writer owns it then.
    /// </summary>
    private static bool CompleteInterruptedWrite(string leadsPath)
    {
        var record = SummaryPathFor(leadsPath);
        if (!File.Exists(leadsPath))
        {
            return false;
        }

        var pending = Directory.EnumerateFiles(Path.GetDirectoryName(record)!, ".*.tmp")
            .Where(f => AtomicFile.IsTemporaryOf(f, Path.GetFileName(record)))
            .ToArray();
        if (pending.Length == 0)
        {
            return false;
        }

        string actual;
        using (var stream = File.OpenRead(leadsPath))
        {
            actual = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        foreach (var temp in pending)
        {
            RunRecord? candidate;
            try
            {
                candidate = JsonSerializer.Deserialize<RunRecord>(File.ReadAllBytes(temp), Options);
            }
            catch (JsonException)
            {
                continue; // a record killed while it was written: not complete, removed with the other temporaries
            }

            if (string.Equals(candidate?.LeadsSha256, actual, StringComparison.OrdinalIgnoreCase))
            {
                File.Move(temp, record, overwrite: true);
                return true;
            }
        }

        return false;
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
            if (CompleteInterruptedWriteUnderLock(leadsPath))
            {
                return await VerifyRunAsync(leadsPath, cancellationToken).ConfigureAwait(false);
            }

            throw new LeadFileException($"{leadsPath} does not match its run record {recordPath}: the leads were written by another run (an interrupted run or a copy). Run again to write both.");
        }

        return (run, null);
    }

    /// <summary>A reader's recovery of a pair a killed writer left half-renamed: only when no live writer holds the lock.</summary>
    private static bool CompleteInterruptedWriteUnderLock(string leadsPath)
    {
        var completed = false;
        try
        {
            using var taken = OutputLock.AcquireAndRecover(leadsPath, () => completed = CompleteInterruptedWrite(leadsPath), SummaryPathFor(leadsPath));
        }
        catch (OutputPathException)
        {
            return false; // a run is writing the pair now, or the folder is read-only: the pair is refused as it is
        }

        return completed;
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
    /// <summary>
    /// The names of natural persons the run's data knows that show in the leads' excerpts, whole or cut
    /// (<see cref="Leads.ExcerptNames"/>), for masking them without reading the data again; null in older records.
    /// Personal data: reports leave it out.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? ExcerptNames { get; init; }

    /// <summary>Every warning of the run: the planner's and the data-quality ones (also in <see cref="RunSummary.Warnings"/>,
    /// which the reports show). Null in records written before runs measured data quality.</summary>
    public IReadOnlyList<string>? Warnings { get; init; }

    /// <summary>The quality figures of the identifier columns the run read (share failing their check, share null).</summary>
    public IReadOnlyList<Data.Quality.ColumnQuality>? DataQuality { get; init; }
}

/// <summary>A leads or run file cannot be read; the message names the file and line.</summary>
public sealed class LeadFileException(string message) : Exception(message);
