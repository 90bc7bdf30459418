using Microsoft.Win32.SafeHandles;
using SupervisionModels.Data.Reading;

namespace SupervisionModels.Data.Pages;

/// <summary>
/// A Parquet file opened for the page reader: its footer (read once by Parquet.Net) and a handle for positional
/// reads. Text columns are read row group by row group into a <see cref="TextChunk"/>.
/// </summary>
internal sealed class TextFile : IDisposable
{
    private readonly SafeFileHandle _handle;

    private TextFile(ParquetFile footer)
    {
        Footer = footer;
        _handle = File.OpenHandle(footer.Path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
    }

    /// <summary>The file's footer.</summary>
    public ParquetFile Footer { get; }

    /// <summary>The file's handle, for positional reads (the chunk guard's page walk).</summary>
    public SafeFileHandle Handle => _handle;

    /// <summary>The number of row groups.</summary>
    public int RowGroups => Footer.Metadata.RowGroups.Count;

    /// <summary>Opens a file whose footer is already read.</summary>
    public static TextFile Open(ParquetFile footer) => new(footer);

    /// <summary>Opens a file, reading its footer.</summary>
    public static async Task<TextFile> OpenAsync(string path, CancellationToken ct) =>
        new(await ParquetFile.OpenAsync(path, ct).ConfigureAwait(false));

    /// <summary>Reads the column <paramref name="column"/> of row group <paramref name="rowGroup"/>.</summary>
    /// <returns>Done, or why Parquet.Net must read this chunk (a column that is not flat, not BYTE_ARRAY, not here).</returns>
    public ChunkRead Read(int rowGroup, string column, TextChunkReader reader, TextChunk into)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var index = -1;
        for (var i = 0; i < Footer.Columns.Count; i++)
        {
            if (string.Equals(Footer.Columns[i].Name, column, StringComparison.Ordinal))
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            return new ChunkRead($"no column '{column}'");
        }

        var field = Footer.Columns[index].Field;
        var group = Footer.Metadata.RowGroups[rowGroup];
        if (index >= group.Columns.Count)
        {
            return new ChunkRead("row group without that column chunk");
        }

        return reader.Read(_handle, group.Columns[index], field.MaxDefinitionLevel, field.MaxRepetitionLevel, column, into);
    }

    public void Dispose() => _handle.Dispose();
}
