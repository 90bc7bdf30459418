using System.Collections.Concurrent;
using SupervisionModels.Data.Guards;
using SupervisionModels.Data.Reading;

namespace SupervisionModels.Data.Pages;

/// <summary>
/// One text column of one row group: its UTF-8 bytes in place (<see cref="Utf8"/>), or, when the page reader declined
/// the chunk, Parquet.Net's strings (<see cref="Strings"/>) with the reason in <see cref="Declined"/>.
/// </summary>
internal sealed record TextColumnChunk(TextChunk? Utf8, string?[]? Strings, string? Declined);

/// <summary>
/// Reads a dataset's text columns row group by row group with the page reader (<see cref="TextChunkReader"/>), and
/// falls back to Parquet.Net for any chunk it declines. Each chunk passes the same <see cref="ChunkGuard"/> walk as
/// on the old path first, and a damaged chunk (a page CRC that fails, sizes that do not add up) becomes the same
/// <see cref="DataException"/>, naming dataset, file, column and offset. Safe to use from several threads: file
/// handles are read positionally and each call rents its own page reader.
/// </summary>
internal sealed class DatasetTextReader : IDisposable
{
    private readonly DatasetReader _dataset;
    private readonly Dictionary<string, int> _fileIndex;
    private readonly Lazy<(TextFile File, long DataEnd)>[] _files;
    private readonly ConcurrentBag<TextChunkReader> _readers = [];

    public DatasetTextReader(DatasetReader dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _dataset = dataset;
        var files = dataset.DatasetFiles;
        _fileIndex = files.Select((f, i) => (f.Path, i)).ToDictionary(x => x.Path, x => x.i, StringComparer.Ordinal);
        _files = files.Select(f => new Lazy<(TextFile, long)>(() => Open(f.Parquet), LazyThreadSafetyMode.ExecutionAndPublication)).ToArray();
    }

    /// <summary>How many chunks the page reader declined, for tests and figures.</summary>
    public int DeclinedChunks => _declined;

    private int _declined;

    /// <summary>Reads <paramref name="column"/> of the row group <paramref name="batch"/> came from.</summary>
    /// <exception cref="DataException">The chunk is damaged, or the column is not in the file.</exception>
    public async Task<TextColumnChunk> ReadAsync(ColumnBatch batch, string column, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var fileIndex = _fileIndex[batch.File];
        var declined = TryReadPages(fileIndex, batch.RowGroup, batch.RowCount, column, out var chunk);
        if (declined is null)
        {
            return new TextColumnChunk(chunk, null, null);
        }

        Interlocked.Increment(ref _declined);
        var strings = await _dataset.ReadStringsAsync(fileIndex, batch.RowGroup, column, ct).ConfigureAwait(false);
        return new TextColumnChunk(null, strings, declined);
    }

    /// <summary>Null when the pages were read into <paramref name="chunk"/>; otherwise why Parquet.Net must read them.</summary>
    private string? TryReadPages(int fileIndex, int rowGroup, int rows, string column, out TextChunk? chunk)
    {
        chunk = null;
        var path = _dataset.DatasetFiles[fileIndex].Path;
        var reader = _readers.TryTake(out var idle) ? idle : new TextChunkReader();
        try
        {
            var (file, dataEnd) = _files[fileIndex].Value;
            var field = file.Footer.Column(column)?.Field;
            var index = IndexOf(file.Footer, column);
            var group = file.Footer.Metadata.RowGroups[rowGroup];
            if (field is null || index < 0 || index >= group.Columns.Count)
            {
                return "column not in this file's leaf columns";
            }

            // The same checks as before a Parquet.Net decode, so a damaged chunk reads the same on both paths.
            ChunkGuard.Check(file.Handle, dataEnd, group.Columns[index], rows, field.MaxRepetitionLevel, field.MaxDefinitionLevel, column, file.Footer.ChunkStarts);
            var into = new TextChunk();
            var read = file.Read(rowGroup, column, reader, into);
            if (!read.Handled)
            {
                return read.NotHandled;
            }

            if (into.Count != rows)
            {
                return "value count differs from the row group's rows";
            }

            chunk = into;
            return null;
        }
        catch (FileProblem problem)
        {
            throw DatasetReader.FileError(_dataset.Name, path, problem);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A codec that throws on bytes without a CRC to catch them first: Parquet.Net reads the chunk and reports
            // what it finds the way it always has.
            return $"the page reader failed ({e.GetType().Name})";
        }
        finally
        {
            _readers.Add(reader);
        }
    }

    private static int IndexOf(ParquetFile footer, string column)
    {
        for (var i = 0; i < footer.Columns.Count; i++)
        {
            if (string.Equals(footer.Columns[i].Name, column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static (TextFile, long) Open(ParquetFile footer)
    {
        var file = TextFile.Open(footer);
        return (file, ChunkGuard.FooterStart(file.Handle, footer.Length));
    }

    public void Dispose()
    {
        foreach (var file in _files.Where(f => f.IsValueCreated))
        {
            file.Value.File.Dispose();
        }

        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }
}
