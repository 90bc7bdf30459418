using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupervisionModels.Runtime.Audit;

/// <summary>
/// The audit log: append-only JSON Lines, one <see cref="AuditEntry"/> a line, each holding the hash of the entry
/// before, so that an entry altered, removed or reordered breaks the chain at that entry (<see cref="VerifyAsync"/>).
/// Appends hold the file exclusively (two processes append one after the other, never interleaved) and write a
/// whole line in one write; a line torn by a kill mid-write is reported by the next append and by every verify,
/// never taken for an entry. Removing the last entries of the log leaves a valid shorter chain: that, no chain can
/// tell.
/// </summary>
public static class AuditLog
{
    /// <summary>The folder in the data directory that holds its audit log.</summary>
    public const string FolderName = ".supervise";

    /// <summary>The audit log's file name.</summary>
    public const string FileName = "audit.jsonl";

    // Canonical bytes are this serializer's output: camelCase, no indentation, nulls written, Chinese kept as it is.
    private static readonly JsonSerializerOptions Canonical = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    /// <summary>How long an append waits for another process's append before it gives up.</summary>
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);

    /// <summary>The default audit log of a data directory: <c>DATA/.supervise/audit.jsonl</c>.</summary>
    public static string DefaultPathFor(string dataDirectory) => Path.Combine(dataDirectory, FolderName, FileName);

    /// <summary>The bytes an entry's hash is taken of: the entry serialized with its <see cref="AuditEntry.Hash"/> null.</summary>
    public static byte[] CanonicalBytes(AuditEntry entry) => JsonSerializer.SerializeToUtf8Bytes(entry with { Hash = null }, Canonical);

    /// <summary>SHA-256 of a file's content, lower-case hex, with its size, as an audit entry names it.</summary>
    public static async Task<AuditFile> HashFileAsync(string role, string path, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        await using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return new AuditFile(role, full, stream.Length, Convert.ToHexStringLower(hash));
    }

    /// <summary>
    /// Appends <paramref name="entry"/> to the log at <paramref name="path"/> (created with its folder if missing),
    /// numbered and chained to the last entry. Returns the entry as written and, when the log's last line was torn
    /// by an interrupted write, a warning saying so (the torn line is kept for the record; the new entry starts on a
    /// line of its own and chains to the last whole entry, and <see cref="VerifyAsync"/> reports the torn line).
    /// </summary>
    public static async Task<(AuditEntry Written, string? Warning)> AppendAsync(string path, AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(entry);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var stream = await OpenExclusiveAsync(path, cancellationToken).ConfigureAwait(false);
        var (last, torn) = await TailAsync(stream, cancellationToken).ConfigureAwait(false);
        string? warning = null;
        var (seq, prev) = (1, (string?)null);
        if (last is not null)
        {
            var previous = Parse(last);
            if (previous is null)
            {
                warning = $"{path}: its last whole line is not an audit entry (edited?); the new entry is chained to it by its bytes' hash. Run `supervise audit verify`.";
                prev = Convert.ToHexStringLower(SHA256.HashData(last));
                seq = await CountLinesAsync(stream, cancellationToken).ConfigureAwait(false) + 1;
            }
            else
            {
                (seq, prev) = (previous.Seq + 1, previous.Hash);
            }
        }

        if (torn)
        {
            warning = $"{path}: its last line is torn (a write interrupted by a kill or a crash); it is kept for the record, and `supervise audit verify` reports it.";
        }

        var numbered = entry with { Seq = seq, Prev = prev, Hash = null };
        var written = numbered with { Hash = Convert.ToHexStringLower(SHA256.HashData(CanonicalBytes(numbered))) };
        var line = JsonSerializer.SerializeToUtf8Bytes(written, Canonical);
        var buffer = new byte[(torn ? 1 : 0) + line.Length + 1];
        if (torn)
        {
            buffer[0] = (byte)'\n';
        }

        line.CopyTo(buffer, torn ? 1 : 0);
        buffer[^1] = (byte)'\n';
        stream.Seek(0, SeekOrigin.End);
        await stream.WriteAsync(buffer, cancellationToken).ConfigureAwait(false); // one write: a kill tears at most this line
        stream.Flush(flushToDisk: true);
        return (written, warning);
    }

    /// <summary>Reads every whole entry of the log, in order; lines that are not entries are skipped (<see cref="VerifyAsync"/> names them).</summary>
    public static async Task<IReadOnlyList<AuditEntry>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var entries = new List<AuditEntry>();
        foreach (var (_, bytes, _) in await LinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            if (Parse(bytes) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>
    /// Checks the whole chain: every line an entry, numbered 1, 2, 3…, each entry's hash matching its content and
    /// naming the entry before. Returns the count of entries when all hold, or the first entry (and line) that was
    /// altered, removed, reordered or torn.
    /// </summary>
    public static async Task<AuditVerification> VerifyAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such audit log.", path);
        }

        string? prevHash = null;
        var expected = 1;
        foreach (var (number, bytes, complete) in await LinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            var entry = Parse(bytes);
            if (entry is null)
            {
                return Bad(expected, number, complete
                    ? $"line {number} is not an audit entry (altered, or a line torn by an interrupted write before later entries)"
                    : $"line {number} is torn: the last write was interrupted (a kill or a crash) and did not finish the entry");
            }

            if (entry.Seq != expected)
            {
                return Bad(expected, number, entry.Seq > expected
                    ? $"entry {expected} is missing: line {number} holds entry {entry.Seq} (entries removed or reordered)"
                    : $"line {number} holds entry {entry.Seq} where entry {expected} belongs (entries reordered or duplicated)");
            }

            if (!string.Equals(entry.Hash, Convert.ToHexStringLower(SHA256.HashData(CanonicalBytes(entry))), StringComparison.Ordinal))
            {
                return Bad(expected, number, $"entry {expected} (line {number}) was altered: its content does not match its hash");
            }

            if (!string.Equals(entry.Prev, prevHash, StringComparison.Ordinal))
            {
                return Bad(expected - 1, number - 1, $"entry {expected - 1} (line {number - 1}) was altered or replaced: entry {expected} recorded another hash for it");
            }

            prevHash = entry.Hash;
            expected++;
        }

        return new AuditVerification(expected - 1, null, null, null);
    }

    private static AuditVerification Bad(int entry, int line, string problem) => new(entry - 1, entry, line, problem);

    private static AuditEntry? Parse(byte[] line)
    {
        try
        {
            var entry = JsonSerializer.Deserialize<AuditEntry>(line, Canonical);
            return entry is { Hash: not null, Time: not null, Command: not null } ? entry : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Every line of the file: its number, its bytes, and whether it ended with a newline.</summary>
    private static async Task<List<(int Number, byte[] Bytes, bool Complete)>> LinesAsync(string path, CancellationToken cancellationToken)
    {
        var content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var lines = new List<(int, byte[], bool)>();
        var start = 0;
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] == (byte)'\n')
            {
                lines.Add((lines.Count + 1, content[start..i], true));
                start = i + 1;
            }
        }

        if (start < content.Length)
        {
            lines.Add((lines.Count + 1, content[start..], false));
        }

        return lines;
    }

    /// <summary>The log opened for this process alone; another process's append is waited for.</summary>
    private static async Task<FileStream> OpenExclusiveAsync(string path, CancellationToken cancellationToken)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (waited.Elapsed < LockWait && File.Exists(path))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20 + Random.Shared.Next(30)), cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw new AuditLogException($"{path}: cannot append to the audit log: {e.Message}");
            }
            catch (UnauthorizedAccessException e)
            {
                throw new AuditLogException($"{path}: cannot append to the audit log: {e.Message}");
            }
        }
    }

    /// <summary>
    /// The last whole line of the log (null when it has none) and whether a torn line follows it, read from the end
    /// backwards so that an append does not read the whole log.
    /// </summary>
    private static async Task<(byte[]? Last, bool Torn)> TailAsync(FileStream stream, CancellationToken cancellationToken)
    {
        var length = stream.Length;
        if (length == 0)
        {
            return (null, false);
        }

        for (var window = Math.Min(length, 1 << 16); ; window = Math.Min(length, window * 4))
        {
            var buffer = new byte[window];
            stream.Seek(length - window, SeekOrigin.Begin);
            await stream.ReadExactlyAsync(buffer, cancellationToken).ConfigureAwait(false);
            var lastNewline = Array.LastIndexOf(buffer, (byte)'\n');
            var torn = lastNewline != buffer.Length - 1;
            if (lastNewline < 0)
            {
                if (window == length)
                {
                    return (null, true); // one torn line and nothing before it
                }

                continue;
            }

            var before = lastNewline == 0 ? -1 : Array.LastIndexOf(buffer, (byte)'\n', lastNewline - 1);
            if (before >= 0 || window == length)
            {
                return (buffer[(before + 1)..lastNewline], torn);
            }
        }
    }

    private static async Task<int> CountLinesAsync(FileStream stream, CancellationToken cancellationToken)
    {
        stream.Seek(0, SeekOrigin.Begin);
        var buffer = new byte[1 << 16];
        var count = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            count += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return count;
    }
}

/// <summary>What <see cref="AuditLog.VerifyAsync"/> found.</summary>
/// <param name="Valid">The number of entries before the first bad one (all of them when the log holds).</param>
/// <param name="FirstBadEntry">The number of the first entry that was altered, removed, reordered or torn; null when the log holds.</param>
/// <param name="Line">The line of the log where that showed.</param>
/// <param name="Problem">What is wrong, in words.</param>
public sealed record AuditVerification(int Valid, int? FirstBadEntry, int? Line, string? Problem)
{
    /// <summary>True when every entry holds.</summary>
    public bool Ok => Problem is null;
}

/// <summary>The audit log cannot be read or appended to; the message names the file.</summary>
public sealed class AuditLogException(string message) : Exception(message);
