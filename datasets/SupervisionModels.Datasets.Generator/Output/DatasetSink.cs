using System.Globalization;
using SupervisionModels.Data;
using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;

namespace SupervisionModels.Datasets.Generator.Output;

/// <summary>What one dataset's sink wrote.</summary>
internal sealed record SinkResult(string Dataset, long Rows, IReadOnlyList<string> Files);

/// <summary>
/// Buffers the rows of one dataset and writes them as <c>&lt;dataset&gt;/part-NNNNN.parquet</c> files: a row group
/// whenever the buffer reaches the row-group size, a new part file after <see cref="PartRowGroups"/> row groups. A
/// dataset with no rows still gets an (empty) part file, so every dataset folder exists.
/// </summary>
internal sealed class DatasetSink<T> : IAsyncDisposable
    where T : class
{
    private readonly string _folder;
    private readonly int _rowGroupSize;
    private readonly List<T> _buffer;
    private readonly List<string> _files = [];
    private ParquetFactWriter<T>? _writer;
    private int _rowGroupsInPart;
    private long _rows;

    public DatasetSink(string outputDirectory, int rowGroupSize)
    {
        Dataset = FactSchema.For<T>().DatasetName;
        _folder = Path.Combine(outputDirectory, Dataset);
        _rowGroupSize = rowGroupSize;
        _buffer = new List<T>(Math.Min(rowGroupSize, 1 << 16));
    }

    /// <summary>Row groups per part file: parts stay at a few hundred MB of uncompressed data at most.</summary>
    public int PartRowGroups { get; init; } = 8;

    public string Dataset { get; }

    public long Rows => _rows + _buffer.Count;

    public async ValueTask AddAsync(T row, CancellationToken ct)
    {
        _buffer.Add(row);
        if (_buffer.Count >= _rowGroupSize)
        {
            await FlushAsync(ct).ConfigureAwait(false);
        }
    }

    public async ValueTask AddRangeAsync(IEnumerable<T> rows, CancellationToken ct)
    {
        foreach (var row in rows)
        {
            await AddAsync(row, ct).ConfigureAwait(false);
        }
    }

    public async Task<SinkResult> CompleteAsync(CancellationToken ct)
    {
        await FlushAsync(ct).ConfigureAwait(false);
        if (_writer is null && _files.Count == 0)
        {
            _writer = await OpenPartAsync(ct).ConfigureAwait(false);
        }

        await CommitPartAsync(ct).ConfigureAwait(false);
        return new SinkResult(Dataset, _rows, _files);
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
            _writer = null;
        }
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        if (_buffer.Count == 0)
        {
            return;
        }

        _writer ??= await OpenPartAsync(ct).ConfigureAwait(false);
        await _writer.WriteRowGroupAsync(_buffer, ct).ConfigureAwait(false);
        _rows += _buffer.Count;
        _buffer.Clear();
        if (++_rowGroupsInPart >= PartRowGroups)
        {
            await CommitPartAsync(ct).ConfigureAwait(false);
        }
    }

    private async Task<ParquetFactWriter<T>> OpenPartAsync(CancellationToken ct)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"part-{_files.Count:D5}.parquet");
        _files.Add(Dataset + "/" + name);
        _rowGroupsInPart = 0;
        return await ParquetFactWriter<T>.CreateAsync(Path.Combine(_folder, name), ct: ct).ConfigureAwait(false);
    }

    private async Task CommitPartAsync(CancellationToken ct)
    {
        if (_writer is null)
        {
            return;
        }

        await _writer.CommitAsync(ct).ConfigureAwait(false);
        await _writer.DisposeAsync().ConfigureAwait(false);
        _writer = null;
    }
}
