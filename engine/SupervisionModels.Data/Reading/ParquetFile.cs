using Parquet;
using SupervisionModels.Data.Guards;

namespace SupervisionModels.Data.Reading;

/// <summary>
/// What we keep of a Parquet file's footer: its columns and row groups. Opening reads only the footer; the file is not
/// held open, so a dataset of many part files does not hold many handles.
/// </summary>
internal sealed class ParquetFile
{
    private IReadOnlySet<long>? _chunkStarts;

    private ParquetFile(string path, long length, ParquetReader reader)
    {
        Path = path;
        Length = length;
        Metadata = reader.Metadata!;
        Columns = reader.Schema.DataFields.Select(FileColumn.From).ToArray();
        RowGroupRows = Metadata.RowGroups.Select(g => g.NumRows).ToArray();
        CreatedBy = Metadata.CreatedBy;
    }

    public string Path { get; }

    public long Length { get; }

    public Parquet.Meta.FileMetaData Metadata { get; }

    public IReadOnlyList<FileColumn> Columns { get; }

    public IReadOnlyList<long> RowGroupRows { get; }

    public long RowCount => RowGroupRows.Sum();

    public string? CreatedBy { get; }

    /// <summary>Where every column chunk starts, for <see cref="ChunkGuard"/>'s page walks.</summary>
    public IReadOnlySet<long> ChunkStarts => _chunkStarts ??= ChunkGuard.ChunkStarts(Metadata);

    public FileColumn? Column(string name) => Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    /// <summary>The reader options we always use: dates as <see cref="DateOnly"/>.</summary>
    public static ParquetOptions Options() => new() { UseDateOnlyTypeForDates = true };

    /// <summary>Reads a file's footer; a file that cannot be opened becomes a <see cref="FileProblem"/>.</summary>
    public static async Task<ParquetFile> OpenAsync(string path, CancellationToken ct)
    {
        await using var reader = await OpenReaderAsync(path, ct).ConfigureAwait(false);
        return From(path, reader);
    }

    /// <summary>The footer of an open reader, checked for consistent row counts and against the data it describes (<see cref="FooterLayout"/>).</summary>
    public static ParquetFile From(string path, ParquetReader reader)
    {
        var file = new ParquetFile(path, new FileInfo(path).Length, reader);
        file.CheckRowGroups();
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        FooterLayout.Check(handle, ChunkGuard.FooterStart(handle, file.Length), file.Metadata, file.Columns.Select(c => c.Name).ToArray());
        return file;
    }

    /// <summary>Opens a Parquet.Net reader on its own stream, mapping failures to <see cref="FileProblem"/>.</summary>
    public static async Task<ParquetReader> OpenReaderAsync(string path, CancellationToken ct)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, useAsync: true);
        try
        {
            var reader = await ParquetReader.CreateAsync(stream, Options(), leaveStreamOpen: false, ct).ConfigureAwait(false);
            try
            {
                _ = reader.Schema; // Parquet.Net builds the schema on first use, and that is where unknown types fail
                return reader;
            }
            catch
            {
                await reader.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw FooterProbe.Explain(path, e);
        }
    }

    private void CheckRowGroups()
    {
        if (Metadata.NumRows < 0 || RowGroupRows.Any(r => r < 0) || RowGroupRows.Sum() != Metadata.NumRows)
        {
            throw FileProblem.Corrupt(FormattableString.Invariant($"the row groups hold {RowGroupRows.Sum()} rows but the file metadata says {Metadata.NumRows}"));
        }

        foreach (var group in Metadata.RowGroups)
        {
            if (group.Columns.Count != Columns.Count)
            {
                throw FileProblem.Corrupt(FormattableString.Invariant($"a row group has {group.Columns.Count} column chunks but the schema has {Columns.Count} columns"));
            }
        }
    }
}
