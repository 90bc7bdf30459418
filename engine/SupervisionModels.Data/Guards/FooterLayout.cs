using System.Globalization;
using Microsoft.Win32.SafeHandles;
using ParquetMeta = Parquet.Meta;

namespace SupervisionModels.Data.Guards;

/// <summary>
/// Checks, when a file is opened, that its footer describes the data in front of it: every column chunk lies in the
/// data part of the file, no two chunks overlap, and where the footer says a chunk's pages start there is a page
/// header that fits the chunk. A footer pasted from another file (of the same dataset or another) passes Parquet's
/// own checks — it is a sound footer — but its offsets point into bytes written for other columns. Found here, before
/// the footer's schema is compared with the dataset's, it is reported as what it is, a corrupt file, and not as a
/// file with other columns; a sound file of another dataset still passes, and is then refused for its schema.
/// </summary>
internal static class FooterLayout
{
    /// <summary>Checks the column chunks of <paramref name="metadata"/> against the file behind <paramref name="file"/>.</summary>
    /// <param name="file">A handle for positional reads.</param>
    /// <param name="dataEnd">Where the footer starts (<see cref="ChunkGuard.FooterStart"/>).</param>
    /// <param name="metadata">The footer, as Parquet.Net parsed it.</param>
    /// <param name="columnNames">The leaf columns' names, in the order of each row group's chunks.</param>
    public static void Check(SafeFileHandle file, long dataEnd, ParquetMeta.FileMetaData metadata, IReadOnlyList<string> columnNames)
    {
        // A footer that lists nothing over bytes of data: a flipped bit in the schema can make the footer's reader
        // swallow the row groups, and the file would then read as empty, dropping its rows in silence.
        if (metadata.RowGroups.Count == 0 && dataEnd > 4)
        {
            throw FileProblem.Corrupt(Invariant($"the footer lists no row groups, but {dataEnd - 4} bytes of data precede it (bytes 4..{dataEnd}): the footer does not describe this file's data"));
        }

        var extents = new List<(long Start, long End, string Column)>();
        foreach (var group in metadata.RowGroups)
        {
            for (var c = 0; c < group.Columns.Count; c++)
            {
                var meta = group.Columns[c].MetaData;
                if (meta is null || meta.NumValues <= 0 || !string.IsNullOrEmpty(group.Columns[c].FilePath))
                {
                    continue; // no pages to look for (ChunkGuard reports missing metadata when the column is read)
                }

                var column = c < columnNames.Count ? columnNames[c] : $"#{c}";
                var start = ChunkGuard.StartOf(meta);
                var end = start + meta.TotalCompressedSize;
                if (start < 4 || meta.TotalCompressedSize <= 0 || end > dataEnd)
                {
                    throw FileProblem.Corrupt(Invariant($"column '{column}' pages at bytes {start}..{end} lie outside the data part of the file (bytes 4..{dataEnd}): the footer does not describe this file's data"));
                }

                CheckFirstPage(file, start, dataEnd, column);
                extents.Add((start, end, column));
            }
        }

        extents.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var i = 1; i < extents.Count; i++)
        {
            var (previousStart, previousEnd, previousColumn) = extents[i - 1];
            if (extents[i].Start < previousEnd)
            {
                throw FileProblem.CorruptAt(extents[i].Column, extents[i].Start, Invariant($"expected the column's pages after those of column '{previousColumn}' (bytes {previousStart}..{previousEnd}), found the footer placing them inside: the footer does not describe this file's data"));
            }
        }
    }

    private static void CheckFirstPage(SafeFileHandle file, long start, long dataEnd, string column)
    {
        PageHeaderInfo page;
        try
        {
            page = ChunkGuard.ReadHeader(file, start, dataEnd, column);
        }
        catch (FileProblem problem)
        {
            throw FileProblem.CorruptAt(column, start, "expected a page header where the footer says the column's pages start, found bytes that are not one: the footer does not describe this file's data", problem);
        }

        // Only what tells a page header from other bytes: its sizes and counts are ChunkGuard's to check, with the
        // messages that name what is wrong with them, when the column is read.
        var isPage = page.Type is >= PageHeaderInfo.DataPage and <= PageHeaderInfo.DataPageV2
            && (page.Type == PageHeaderInfo.IndexPage || page.NumValues is not null);
        if (!isPage)
        {
            throw FileProblem.CorruptAt(column, start, Invariant($"expected a page header where the footer says the column's pages start, found a header of page type {page.Type}{(page.NumValues is null ? " without its page fields" : "")}: the footer does not describe this file's data"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
