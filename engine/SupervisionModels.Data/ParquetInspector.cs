using System.Globalization;
using Parquet;
using Parquet.Schema;
using SupervisionModels.Data.Guards;
using SupervisionModels.Data.Reading;

namespace SupervisionModels.Data;

/// <summary>
/// Describes a Parquet file and decodes every column of every row group, so that a file that inspects cleanly also
/// reads cleanly. Files from other systems are checked before decoding (see <see cref="ChunkGuard"/>) and the decode
/// runs under a time limit, so a damaged file fails with a message instead of a crash or a hang.
/// </summary>
public static class ParquetInspector
{
    /// <summary>How long decoding one file may take before it counts as corrupt (a reader stuck in a loop).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <inheritdoc cref="InspectAsync(string, TimeSpan, CancellationToken)"/>
    public static Task<ParquetInspection> InspectAsync(string file, CancellationToken ct = default) => InspectAsync(file, DefaultTimeout, ct);

    /// <summary>Inspects and fully decodes <paramref name="file"/>.</summary>
    /// <exception cref="DataException">The message starts "corrupt: " (the file breaks the format, or decoding did not
    /// finish within <paramref name="timeout"/>) or "unsupported: " (a valid feature we cannot read), then says what.</exception>
    public static async Task<ParquetInspection> InspectAsync(string file, TimeSpan timeout, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        var path = Path.GetFullPath(file);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var work = Task.Run(() => InspectCoreAsync(path, cancel.Token), cancel.Token);
        try
        {
            return await work.WaitAsync(timeout, ct).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            // Decoding runs on; cancelling stops it at its next check, and its outcome is no longer observed.
            await cancel.CancelAsync().ConfigureAwait(false);
            throw Error(path, FileProblem.Corrupt(string.Create(CultureInfo.InvariantCulture, $"reading did not finish within {timeout.TotalSeconds:0.#} s"), e));
        }
        catch (FileProblem problem)
        {
            throw Error(path, problem);
        }
    }

    private static async Task<ParquetInspection> InspectCoreAsync(string path, CancellationToken ct)
    {
        await using var reader = await ParquetFile.OpenReaderAsync(path, ct).ConfigureAwait(false);
        var file = ParquetFile.From(path, reader);
        using var handle = File.OpenHandle(path);
        var dataEnd = ChunkGuard.FooterStart(handle, file.Length);
        var fields = reader.Schema.DataFields;
        var groups = new List<InspectedRowGroup>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var rowGroup = reader.OpenRowGroupReader(g);
            var chunks = new List<InspectedChunk>();
            foreach (var field in fields)
            {
                ct.ThrowIfCancellationRequested();
                chunks.Add(await DecodeAsync(handle, dataEnd, file.ChunkStarts, rowGroup, field, g, ct).ConfigureAwait(false));
            }

            var meta = file.Metadata.RowGroups[g];
            groups.Add(new InspectedRowGroup(g, meta.NumRows, meta.TotalByteSize, chunks));
        }

        var columns = file.Columns.Select(c => new InspectedColumn(
            c.Name, c.Field.SchemaElement?.Type?.ToString() ?? "?", c.ParquetType, c.IsNullable, !c.IsFlat, c.ClrType)).ToArray();
        return new ParquetInspection(path, file.Length, file.CreatedBy, file.RowCount, columns, groups);
    }

    private static async Task<InspectedChunk> DecodeAsync(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long dataEnd, IReadOnlySet<long> chunkStarts, ParquetRowGroupReader rowGroup, DataField field, int index, CancellationToken ct)
    {
        var name = field.Path.ToString();
        ChunkSummary? summary = null;
        try
        {
            var chunk = rowGroup.GetMetadata(field) ?? throw FileProblem.Corrupt($"column '{name}' has no column chunk in row group {index}");
            summary = ChunkGuard.Check(handle, dataEnd, chunk, rowGroup.RowCount, field.MaxRepetitionLevel, field.MaxDefinitionLevel, name, chunkStarts);
            using (var data = await rowGroup.ReadRawColumnDataBaseAsync(field, ct).ConfigureAwait(false))
            {
                CheckLevels(data, field, rowGroup.RowCount, summary.Values, name);
            }

            var meta = chunk.MetaData!;
            return new InspectedChunk(name, meta.Codec.ToString(), meta.TotalCompressedSize, meta.TotalUncompressedSize, meta.Encodings.Select(e => e.ToString()).ToArray(), summary.Pages);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw DecodeFailure.Classify(e, field, summary, index);
        }
    }

    /// <summary>Checks the decoded levels against the counts the metadata promised: Parquet.Net accepts some files whose
    /// levels contradict them (a list whose first value continues a previous row, fewer levels than values).</summary>
    private static void CheckLevels(Parquet.Data.RawColumnData data, DataField field, long rows, long values, string name)
    {
        if (field.MaxDefinitionLevel > 0 && data.DefinitionLevels.Length != values)
        {
            throw FileProblem.Corrupt(string.Create(CultureInfo.InvariantCulture, $"column '{name}' decodes {data.DefinitionLevels.Length} definition levels for {values} values"));
        }

        if (field.MaxRepetitionLevel == 0)
        {
            return;
        }

        var repetition = data.RepetitionLevels;
        if (repetition.Length != values || (values > 0 && repetition[0] != 0))
        {
            throw FileProblem.Corrupt($"column '{name}' repetition levels do not start a row at its first value");
        }

        var starts = repetition.Count(0);
        if (starts != rows)
        {
            throw FileProblem.Corrupt(string.Create(CultureInfo.InvariantCulture, $"column '{name}' holds {starts} rows but its row group has {rows}"));
        }
    }

    private static DataException Error(string path, FileProblem problem) =>
        new($"{problem.Text} (file {path})", file: path, innerException: problem);
}
