using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using SupervisionModels.Data;
using SupervisionModels.Data.Pages;
using SupervisionModels.Facts.Schema;
using SupervisionModels.Runtime.Planning;

namespace SupervisionModels.Runtime.Facts;

/// <summary>
/// Facts from a data directory: one folder per dataset (<c>judgments/</c>…), each with Parquet part files, possibly
/// hive-partitioned. Only the columns the plan needs are read; text columns that are only scanned are handed to the
/// engine per row group and dropped.
/// </summary>
public sealed class ParquetFactSource(string dataDirectory) : IFactSource
{
    private readonly Dictionary<string, DatasetReader> _readers = new(StringComparer.Ordinal);

    /// <summary>The data directory.</summary>
    public string DataDirectory { get; } = Path.GetFullPath(dataDirectory);

    /// <summary>Whether to hash every part file for the report's provenance. The default value is true.</summary>
    public bool HashFiles { get; init; } = true;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<DatasetProvenance>> OpenAsync(IReadOnlyList<DatasetPlan> datasets, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(DataDirectory))
        {
            throw new DataException($"data directory {DataDirectory} does not exist.", null, null, null);
        }

        // Check every dataset before reading any, so that all problems show at once and no time is wasted.
        var problems = new List<string>();
        foreach (var dataset in datasets)
        {
            var name = dataset.Schema.DatasetName;
            var folder = Path.Combine(DataDirectory, name);
            try
            {
                var reader = await DatasetReader.OpenAsync(folder, cancellationToken).ConfigureAwait(false);
                SchemaValidator.ThrowIfInvalid(reader, dataset.RequiredColumns.Select(c => new ExpectedColumn(c.Name, c.ValueType, c.IsNullable)));
                _readers[name] = reader;
            }
            catch (DataException e)
            {
                problems.Add(e.Message);
            }
        }

        if (problems.Count > 0)
        {
            throw new DataException(string.Join(Environment.NewLine, problems), null, null, null);
        }

        var provenance = new List<DatasetProvenance>();
        foreach (var dataset in datasets)
        {
            var reader = _readers[dataset.Schema.DatasetName];
            var files = new List<DatasetFile>();
            foreach (var file in reader.Files)
            {
                var hash = HashFiles ? await HashAsync(file, cancellationToken).ConfigureAwait(false) : string.Empty;
                files.Add(new DatasetFile(Path.GetRelativePath(DataDirectory, file), new FileInfo(file).Length, hash));
            }

            provenance.Add(new DatasetProvenance(dataset.Schema.DatasetName, Path.Combine(DataDirectory, dataset.Schema.DatasetName), files, reader.RowCount));
        }

        return provenance;
    }

    /// <summary>
    /// True (the default) to read scanned-only text columns as UTF-8 pages in place (<see cref="DatasetTextReader"/>),
    /// so that the engine builds strings only for rows that may match; false for the old path, every text decoded to a
    /// string by Parquet.Net. Only tests and benchmarks set it, to check that both paths give the same leads byte for
    /// byte and to measure the difference.
    /// </summary>
    internal bool Utf8TextPath { get; init; } = true;

    /// <summary>
    /// True (the default) to leave out, before their records are built, rows that no rule's match or join condition
    /// lets through (<see cref="DatasetPlan.RowConditions"/>); false for the old path, a record for every row. Only
    /// tests and benchmarks set it.
    /// </summary>
    internal bool FilterBeforeBuild { get; init; } = true;

    /// <summary>Rows read and rows left out before building their records so far, for tests and figures.</summary>
    internal (long Read, long LeftOut) FilteredRows => (Interlocked.Read(ref _rowsRead), Interlocked.Read(ref _rowsLeftOut));

    private long _rowsRead;
    private long _rowsLeftOut;

    /// <summary>Text column chunks read as UTF-8 pages so far, for tests and figures.</summary>
    internal int Utf8Chunks => _utf8Chunks;

    /// <summary>Text column chunks the page reader declined and Parquet.Net read, for tests and figures.</summary>
    internal int DeclinedChunks => _declinedChunks;

    private int _utf8Chunks;
    private int _declinedChunks;

    /// <inheritdoc/>
    public async IAsyncEnumerable<FactChunk> ReadAsync(DatasetPlan dataset, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = _readers.TryGetValue(dataset.Schema.DatasetName, out var r)
            ? r
            : throw new InvalidOperationException($"Dataset {dataset.Schema.DatasetName} was not opened.");
        if (!Utf8TextPath)
        {
            // The old path, whole: columns the scan could fill on the records it matches are built into every record.
            var built = dataset.Schema.Columns.Where(c => dataset.LoadedColumns.Contains(c) || dataset.GatedColumns.Contains(c)).ToArray();
            await foreach (var chunk in ReadAsync(reader, dataset, built, filter: null, cancellationToken).ConfigureAwait(false))
            {
                yield return chunk;
            }

            yield break;
        }

        var loaded = dataset.LoadedColumns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var scannedOnly = dataset.Scans.Select(s => s.Column.Name).Where(c => !loaded.Contains(c)).Distinct(StringComparer.Ordinal).ToArray();
        var materializer = new FactMaterializer(dataset.Schema, dataset.LoadedColumns);
        var filter = FilterBeforeBuild && dataset.RowConditions.Count > 0 ? materializer.Filter(dataset.RowConditions) : null;
        if (scannedOnly.Length == 0)
        {
            await foreach (var chunk in ReadAsync(reader, dataset, dataset.LoadedColumns, filter, cancellationToken).ConfigureAwait(false))
            {
                yield return chunk;
            }

            yield break;
        }


        // Parquet.Net decodes the loaded columns (several row groups at once, as before); the text pages of each row
        // group and its records are then read on the thread pool, a few row groups ahead of the engine's scan, so
        // decompression keeps both cores busy while the scan of the previous row group runs.
        using var text = new DatasetTextReader(reader);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = new Queue<Task<FactChunk>>();
        var ahead = Math.Clamp(Environment.ProcessorCount, 2, 4);
        try
        {
            await foreach (var batch in reader.ReadAsync(dataset.LoadedColumns.Select(c => c.Name).ToArray(), cancel.Token).ConfigureAwait(false))
            {
                pending.Enqueue(Task.Run(() => ChunkAsync(batch, materializer, filter, text, scannedOnly, cancel.Token), cancel.Token));
                if (pending.Count >= ahead)
                {
                    yield return await pending.Dequeue().ConfigureAwait(false);
                }
            }

            while (pending.Count > 0)
            {
                yield return await pending.Dequeue().ConfigureAwait(false);
            }
        }
        finally
        {
            await cancel.CancelAsync().ConfigureAwait(false);
            foreach (var task in pending)
            {
                // The engine stopped early or a read failed: the rest no longer matter, but must end before the files close.
                await ((Task)task).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Every column through Parquet.Net: <paramref name="built"/> into the records, other scanned columns as strings.</summary>
    private async IAsyncEnumerable<FactChunk> ReadAsync(
        DatasetReader reader, DatasetPlan dataset, IReadOnlyList<FactColumn> built, RowFilter? filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var names = built.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var scannedOnly = dataset.Scans.Select(s => s.Column.Name).Where(c => !names.Contains(c)).Distinct(StringComparer.Ordinal).ToArray();
        var columns = built.Select(c => c.Name).Concat(scannedOnly).ToArray();
        var materializer = new FactMaterializer(dataset.Schema, built);
        await foreach (var batch in reader.ReadAsync(columns, cancellationToken).ConfigureAwait(false))
        {
            var texts = scannedOnly.ToDictionary(c => c, c => batch.Get<string?>(c), StringComparer.Ordinal);
            yield return Build(batch, materializer, filter, texts, new Dictionary<string, TextChunk>());
        }
    }

    /// <summary>The chunk of a batch: a record per row, or (with a filter) per row that some rule's condition lets through.</summary>
    private FactChunk Build(ColumnBatch batch, FactMaterializer materializer, RowFilter? filter, Dictionary<string, string?[]> texts, Dictionary<string, TextChunk> utf8)
    {
        Interlocked.Add(ref _rowsRead, batch.RowCount);
        if (filter is null)
        {
            return new FactChunk(materializer.Materialize(batch), texts) { Utf8Texts = utf8 };
        }

        var (facts, rows) = materializer.Materialize(batch, filter);
        Interlocked.Add(ref _rowsLeftOut, batch.RowCount - facts.Count);
        return new FactChunk(facts, texts) { Utf8Texts = utf8, Rows = rows, RowsRead = batch.RowCount };
    }

    private async Task<FactChunk> ChunkAsync(ColumnBatch batch, FactMaterializer materializer, RowFilter? filter, DatasetTextReader text, string[] scannedOnly, CancellationToken cancellationToken)
    {
        var strings = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        var utf8 = new Dictionary<string, TextChunk>(StringComparer.Ordinal);
        foreach (var column in scannedOnly)
        {
            var chunk = await text.ReadAsync(batch, column, cancellationToken).ConfigureAwait(false);
            if (chunk.Utf8 is { } pages)
            {
                utf8[column] = pages;
                Interlocked.Increment(ref _utf8Chunks);
            }
            else
            {
                strings[column] = chunk.Strings!;
                Interlocked.Increment(ref _declinedChunks);
            }
        }

        return Build(batch, materializer, filter, strings, utf8);
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
    }
}
