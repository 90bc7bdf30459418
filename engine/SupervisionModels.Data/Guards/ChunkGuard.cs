using System.Globalization;
using Microsoft.Win32.SafeHandles;
using ParquetMeta = Parquet.Meta;

namespace SupervisionModels.Data.Guards;

/// <summary>What the page walk learned about a column chunk.</summary>
internal sealed record ChunkSummary(int Pages, bool HasDataPageV2, long Values, ParquetMeta.CompressionCodec Codec);

/// <summary>
/// Checks a column chunk's metadata and page headers against the file before Parquet.Net decodes it. Damaged files
/// have made readers loop, read past the file or allocate gigabytes from a bogus size; every size and count here is
/// checked against the bytes that really exist, so such a file is reported as corrupt before any decoding starts.
/// </summary>
internal static class ChunkGuard
{
    /// <summary>The most one column chunk may decompress to: Parquet.Net decodes a chunk in one piece, and a
    /// row group's column needs no more than this in any dataset we produce.</summary>
    public const long MaxUncompressedChunk = 1L << 30;

    private const int FirstHeaderRead = 1 << 12;
    private const int MaxHeaderSize = 16 << 20;

    /// <summary>Checks one column chunk.</summary>
    /// <param name="file">A handle for positional reads (not shared with a stream being decoded).</param>
    /// <param name="dataEnd">Where the footer starts (<see cref="FooterStart"/>): no page may reach past it.</param>
    /// <param name="chunk">The chunk's metadata, as Parquet.Net parsed it.</param>
    /// <param name="rowGroupRows">The row group's row count.</param>
    /// <param name="maxRepetitionLevel">The column's maximum repetition level (above 0 inside a list or map).</param>
    /// <param name="maxDefinitionLevel">The column's maximum definition level (0 for a required top-level column).</param>
    /// <param name="column">The column's path, for messages.</param>
    public static ChunkSummary Check(SafeFileHandle file, long dataEnd, ParquetMeta.ColumnChunk chunk, long rowGroupRows, int maxRepetitionLevel, int maxDefinitionLevel, string column)
    {
        var repeated = maxRepetitionLevel > 0;
        if (chunk.CryptoMetadata is not null || chunk.EncryptedColumnMetadata is not null)
        {
            throw FileProblem.Unsupported($"column '{column}' is encrypted");
        }

        if (!string.IsNullOrEmpty(chunk.FilePath))
        {
            throw FileProblem.Unsupported($"column '{column}' is stored in another file ({chunk.FilePath})");
        }

        var meta = chunk.MetaData ?? throw FileProblem.Corrupt($"column '{column}' has no column metadata");
        if (meta.NumValues < 0 || meta.TotalCompressedSize < 0 || meta.TotalUncompressedSize < 0)
        {
            throw FileProblem.Corrupt(Invariant($"column '{column}' metadata has negative sizes or counts (values {meta.NumValues}, compressed {meta.TotalCompressedSize}, uncompressed {meta.TotalUncompressedSize})"));
        }

        if (!repeated && meta.NumValues != rowGroupRows)
        {
            throw FileProblem.Corrupt(Invariant($"column '{column}' has {meta.NumValues} values but its row group has {rowGroupRows} rows"));
        }

        if (maxDefinitionLevel == 0 && meta.Statistics?.NullCount > 0)
        {
            throw FileProblem.Corrupt(Invariant($"column '{column}' is required but its statistics count {meta.Statistics.NullCount} nulls"));
        }

        if (meta.TotalUncompressedSize > MaxUncompressedChunk)
        {
            throw FileProblem.Unsupported(Invariant($"column '{column}' decompresses to {meta.TotalUncompressedSize} bytes in one row group, more than the {MaxUncompressedChunk >> 20} MiB limit"));
        }

        // Writers disagree on whether dictionary_page_offset 0 means "none"; a dictionary never starts at byte 0.
        var start = meta.DictionaryPageOffset is long d && d > 0 && d < meta.DataPageOffset ? d : meta.DataPageOffset;
        var end = start + meta.TotalCompressedSize;
        if (meta.NumValues > 0 && (start < 4 || end > dataEnd || end <= start))
        {
            throw FileProblem.Corrupt(Invariant($"column '{column}' pages at bytes {start}..{end} lie outside the data part of the file (bytes 4..{dataEnd})"));
        }

        return WalkPages(file, start, dataEnd, meta, rowGroupRows, repeated, column);
    }

    /// <summary>Where the footer starts, from the file's last 8 bytes (footer length + "PAR1").</summary>
    public static long FooterStart(SafeFileHandle file, long fileLength)
    {
        Span<byte> tail = stackalloc byte[8];
        if (fileLength < 12 || RandomAccess.Read(file, tail, fileLength - 8) != 8 || !tail[4..].SequenceEqual("PAR1"u8))
        {
            throw FileProblem.Corrupt("the file does not end with the Parquet magic bytes");
        }

        var footer = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(tail);
        if (footer <= 0 || footer > fileLength - 12)
        {
            throw FileProblem.Corrupt(Invariant($"the footer length {footer} does not fit a file of {fileLength} bytes"));
        }

        return fileLength - 8 - footer;
    }

    private static ChunkSummary WalkPages(SafeFileHandle file, long start, long dataEnd, ParquetMeta.ColumnMetaData meta, long rowGroupRows, bool repeated, string column)
    {
        long values = 0, rows = 0;
        var pages = 0;
        var v2 = false;
        var v2Only = true;
        var position = start;

        // Walk until the chunk's values are accounted for rather than to start + total_compressed_size: some writers
        // (parquet-cpp 1.x) under-report that size, and other readers accept their files.
        while (values < meta.NumValues)
        {
            if (position >= dataEnd)
            {
                throw FileProblem.Corrupt(Invariant($"column '{column}' pages end after {values} of {meta.NumValues} values"));
            }

            var page = ReadHeader(file, position, dataEnd, column);
            if (page.CompressedSize < 0 || page.UncompressedSize < 0 || page.CompressedSize > dataEnd - position - page.HeaderLength)
            {
                throw FileProblem.Corrupt(Invariant($"column '{column}' page at byte {position} claims {page.CompressedSize} bytes but the data part of the file has {dataEnd - position - page.HeaderLength} left"));
            }

            if (page.UncompressedSize > MaxUncompressedChunk)
            {
                throw FileProblem.Unsupported(Invariant($"column '{column}' has a page of {page.UncompressedSize} bytes, more than the {MaxUncompressedChunk >> 20} MiB limit"));
            }

            if (page.NumValues is < 0 || page.NumNulls is < 0 || page.NumRows is < 0)
            {
                throw FileProblem.Corrupt(Invariant($"column '{column}' page at byte {position} has a negative value count ({page.NumValues})"));
            }

            switch (page.Type)
            {
                case PageHeaderInfo.DataPage:
                    v2Only = false;
                    values += page.NumValues ?? throw MissingHeader(column, position);
                    break;
                case PageHeaderInfo.DataPageV2:
                    v2 = true;
                    values += page.NumValues ?? throw MissingHeader(column, position);
                    rows += page.NumRows ?? 0;
                    if (page.NumNulls > page.NumValues || page.DefinitionLevelsLength is < 0 || page.RepetitionLevelsLength is < 0
                        || page.DefinitionLevelsLength + page.RepetitionLevelsLength > page.CompressedSize)
                    {
                        throw FileProblem.Corrupt(Invariant($"column '{column}' v2 page at byte {position} has inconsistent null or level sizes"));
                    }

                    break;
                case PageHeaderInfo.DictionaryPage:
                    if (pages != 0)
                    {
                        throw FileProblem.Corrupt(Invariant($"column '{column}' has a dictionary page after its first page (byte {position})"));
                    }

                    _ = page.NumValues ?? throw MissingHeader(column, position);
                    break;
                case PageHeaderInfo.IndexPage:
                    break;
                default:
                    throw FileProblem.Corrupt(Invariant($"column '{column}' page at byte {position} has unknown page type {page.Type}"));
            }

            pages++;
            position += page.HeaderLength + page.CompressedSize;
        }

        if (values != meta.NumValues)
        {
            throw FileProblem.Corrupt(Invariant($"column '{column}' pages hold {values} values but the column metadata says {meta.NumValues}"));
        }

        if (v2 && v2Only && repeated && rows != rowGroupRows)
        {
            throw FileProblem.Corrupt(Invariant($"column '{column}' pages hold {rows} rows but the row group has {rowGroupRows}"));
        }

        return new ChunkSummary(pages, v2, values, meta.Codec);
    }

    private static PageHeaderInfo ReadHeader(SafeFileHandle file, long position, long end, string column)
    {
        var size = (int)Math.Min(FirstHeaderRead, end - position);
        while (true)
        {
            var buffer = new byte[size];
            var read = RandomAccess.Read(file, buffer, position);
            if (read < size)
            {
                throw FileProblem.Corrupt(Invariant($"column '{column}': the file ends inside the page header at byte {position}"));
            }

            try
            {
                var reader = new ThriftCompact(buffer);
                var header = reader.ReadStruct();
                return PageHeaderInfo.From(header, reader.Position);
            }
            catch (ThriftEndOfDataException) when (size < end - position && size < MaxHeaderSize)
            {
                size = (int)Math.Min(Math.Min((long)size * 4, end - position), MaxHeaderSize);
            }
            catch (FormatException e)
            {
                throw FileProblem.Corrupt(Invariant($"column '{column}' page header at byte {position} is not valid ({e.Message})"), e);
            }
        }
    }

    private static FileProblem MissingHeader(string column, long position) =>
        FileProblem.Corrupt(Invariant($"column '{column}' data page at byte {position} has no data page header"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
