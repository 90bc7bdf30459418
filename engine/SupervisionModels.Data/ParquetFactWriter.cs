using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using Parquet;
using Parquet.Schema;
using SupervisionModels.Data.Writing;
using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;

namespace SupervisionModels.Data;

/// <summary>
/// Writes rows of a dataset record type to one Parquet part file. The file appears at its path only when
/// <see cref="CommitAsync"/> succeeds: until then rows go to a temporary file beside it, which is renamed over the path
/// (an atomic replace on one file system) or, without a commit, deleted on dispose. The output is byte-for-byte the same
/// for the same rows and options. Not thread-safe.
/// </summary>
/// <typeparam name="T">A record type marked with <see cref="DatasetAttribute"/>.</typeparam>
public sealed class ParquetFactWriter<T> : IAsyncDisposable
    where T : class
{
    /// <summary>String columns with at most this share of distinct values are dictionary-encoded (Parquet.Net's default).</summary>
    private const double DictionaryThreshold = 0.8;

    /// <summary>How many values Parquet.Net samples before deciding on a dictionary; without a sample it scans whole
    /// columns of unique strings before giving up, which made writes several times slower.</summary>
    private const int DictionarySampleSize = 10_000;

    private readonly FactSchema _schema;
    private readonly FactColumnWriter<T>[] _columns;
    private readonly string _path;
    private readonly string _tempPath;
    private readonly FileStream _stream;
    private readonly ParquetWriter _writer;
    private long _rowsWritten;
    private bool _committed;
    private bool _disposed;

    private ParquetFactWriter(FactSchema schema, FactColumnWriter<T>[] columns, string path, string tempPath, FileStream stream, ParquetWriter writer)
    {
        _schema = schema;
        _columns = columns;
        _path = path;
        _tempPath = tempPath;
        _stream = stream;
        _writer = writer;
    }

    /// <summary>The path the file will have once committed.</summary>
    public string Path => _path;

    /// <summary>Rows written so far.</summary>
    public long RowsWritten => _rowsWritten;

    /// <summary>Starts a part file at <paramref name="path"/> (its folder is created if missing); rows go to a
    /// temporary file <c>path.tmp-&lt;random&gt;</c> in the same folder until <see cref="CommitAsync"/>.</summary>
    /// <exception cref="InvalidOperationException"><typeparamref name="T"/> is not a valid dataset record.</exception>
    public static async Task<ParquetFactWriter<T>> CreateAsync(string path, FactWriterOptions? options = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new FactWriterOptions();
        var schema = FactSchema.For(typeof(T));
        var columns = schema.Columns.Select(FactColumnWriter<T>.Create).ToArray();
        var parquetSchema = new ParquetSchema(columns.Select(c => (Field)c.Field));

        var fullPath = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        var tempPath = fullPath + ".tmp-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var stream = new FileStream(tempPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 1 << 16, useAsync: true);
        try
        {
            var writer = await ParquetWriter.CreateAsync(parquetSchema, stream, ParquetOptionsFor(options, schema), cancellationToken: ct).ConfigureAwait(false);
            return new ParquetFactWriter<T>(schema, columns, fullPath, tempPath, stream, writer);
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            File.Delete(tempPath);
            throw;
        }
    }

    /// <summary>Writes <paramref name="rows"/> as one row group. An empty list writes nothing.</summary>
    /// <exception cref="DataException">A row holds a value the column cannot take (a null in a required column, a decimal
    /// with more than two places); the message names the record type, column and row.</exception>
    public async Task WriteRowGroupAsync(IReadOnlyList<T> rows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ThrowIfFinished();
        if (rows.Count == 0)
        {
            return;
        }

        var context = new RowGroupContext(typeof(T).Name, _schema.DatasetName, _path, _rowsWritten);
        using (var rowGroup = _writer.CreateRowGroup())
        {
            foreach (var column in _columns)
            {
                ct.ThrowIfCancellationRequested();
                await column.WriteAsync(rowGroup, rows, context, ct).ConfigureAwait(false);
            }

            rowGroup.CompleteValidate();
        }

        _rowsWritten += rows.Count;
    }

    /// <summary>Finishes the file (footer, a CRC-32 in every page header, flush to disk) and renames the temporary
    /// file to <see cref="Path"/>, replacing any file there.</summary>
    public async Task CommitAsync(CancellationToken ct = default)
    {
        ThrowIfFinished();
        ct.ThrowIfCancellationRequested();
        await _writer.DisposeAsync().ConfigureAwait(false);
        await _stream.FlushAsync(ct).ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);

        // Parquet.Net writes no page CRCs; the copy with them is what gets committed (see PageChecksums).
        var checkedPath = _path + ".tmp-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        try
        {
            PageChecksums.Add(_tempPath, checkedPath);
            File.Move(checkedPath, _path, overwrite: true);
        }
        catch
        {
            File.Delete(checkedPath);
            throw;
        }
        finally
        {
            File.Delete(_tempPath);
        }

        _committed = true;
    }

    /// <summary>Releases the file. Without a successful <see cref="CommitAsync"/> the temporary file is deleted, so an
    /// interrupted write leaves nothing behind.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_committed)
        {
            return;
        }

        try
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The write is being abandoned (often while another exception unwinds): the footer Parquet.Net fails to
            // write here belongs to a file deleted just below, so its failure must not replace the original error.
        }

        await _stream.DisposeAsync().ConfigureAwait(false);
        File.Delete(_tempPath);
    }

    /// <summary>Writes all <paramref name="rows"/> to <paramref name="path"/> in row groups of
    /// <see cref="FactWriterOptions.RowGroupSize"/> rows (fewer when they reach
    /// <see cref="FactWriterOptions.MaxRowGroupBytes"/>), and commits.</summary>
    public static async Task WriteAllAsync(string path, IEnumerable<T> rows, FactWriterOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        options ??= new FactWriterOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RowGroupSize, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxRowGroupBytes, 1, nameof(options));
        await using var writer = await CreateAsync(path, options, ct).ConfigureAwait(false);
        var batch = new List<T>(Math.Min(options.RowGroupSize, 1 << 20));
        long bytes = 0;
        foreach (var row in rows)
        {
            batch.Add(row);
            bytes += writer.EstimateBytes(row);
            if (batch.Count == options.RowGroupSize || bytes >= options.MaxRowGroupBytes)
            {
                await writer.WriteRowGroupAsync(batch, ct).ConfigureAwait(false);
                batch.Clear();
                bytes = 0;
            }
        }

        await writer.WriteRowGroupAsync(batch, ct).ConfigureAwait(false);
        await writer.CommitAsync(ct).ConfigureAwait(false);
    }

    private long EstimateBytes(T row)
    {
        long total = 0;
        foreach (var column in _columns)
        {
            total += column.EstimateBytes(row);
        }

        return total;
    }

    private static ParquetOptions ParquetOptionsFor(FactWriterOptions options, FactSchema schema)
    {
        var parquet = new ParquetOptions
        {
            CompressionMethod = options.Compression,
            CompressionLevel = CompressionLevel.Optimal,
            DictionaryEncodingThreshold = DictionaryThreshold,
            DictionaryEncodingSampleSize = DictionarySampleSize,
        };

        // Parquet.Net 6 dictionary-encodes a string column only when asked. Short strings (courts, regions, case
        // types) repeat a lot, so ask for all of them; Parquet.Net still falls back to plain when the sample is too
        // unique. Long free text (IsText) never repeats, so skip the sampling there.
        foreach (var column in schema.Columns)
        {
            if (column.ValueType == typeof(string) && !column.IsText)
            {
                parquet.ColumnEncodingHints[column.Name] = EncodingHint.Dictionary;
            }
        }

        return parquet;
    }

    private void ThrowIfFinished()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_committed)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{_path} is already committed."));
        }
    }
}
