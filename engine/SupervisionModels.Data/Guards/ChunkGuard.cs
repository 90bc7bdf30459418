using System.Globalization;
using Microsoft.Win32.SafeHandles;
using ParquetMeta = Parquet.Meta;

namespace SupervisionModels.Data.Guards;

/// <summary>What the page walk learned about a column chunk.</summary>
internal sealed record ChunkSummary(int Pages, bool HasDataPageV2, long Values, ParquetMeta.CompressionCodec Codec)
{
    /// <summary>Where the chunk's first page starts, for messages.</summary>
    public long Start { get; init; }
}

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
    public static ChunkSummary Check(SafeFileHandle file, long dataEnd, ParquetMeta.ColumnChunk chunk, long rowGroupRows, int maxRepetitionLevel, int maxDefinitionLevel, string column) =>
        Check(file, dataEnd, chunk, rowGroupRows, maxRepetitionLevel, maxDefinitionLevel, column, chunkStarts: null);

    /// <summary>Checks one column chunk, also against where the file's other column chunks start.</summary>
    /// <param name="chunkStarts">Where every column chunk of the file starts (<see cref="ChunkStarts"/>): a page walk that
    /// reaches one of them has run into another column, because a page header's value count was too small.</param>
    public static ChunkSummary Check(SafeFileHandle file, long dataEnd, ParquetMeta.ColumnChunk chunk, long rowGroupRows, int maxRepetitionLevel, int maxDefinitionLevel, string column, IReadOnlySet<long>? chunkStarts)
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

        var start = StartOf(meta);
        var end = start + meta.TotalCompressedSize;
        if (meta.NumValues > 0 && (start < 4 || end > dataEnd || end <= start))
        {
            throw FileProblem.Corrupt(Invariant($"column '{column}' pages at bytes {start}..{end} lie outside the data part of the file (bytes 4..{dataEnd})"));
        }

        return WalkPages(file, start, dataEnd, meta, rowGroupRows, repeated, column, chunkStarts);
    }

    /// <summary>Where each column chunk of the file starts (its dictionary page, or its first data page).</summary>
    public static IReadOnlySet<long> ChunkStarts(ParquetMeta.FileMetaData metadata) =>
        metadata.RowGroups.SelectMany(g => g.Columns).Where(c => c.MetaData is not null).Select(c => StartOf(c.MetaData!)).ToHashSet();

    // Writers disagree on whether dictionary_page_offset 0 means "none"; a dictionary never starts at byte 0.
    internal static long StartOf(ParquetMeta.ColumnMetaData meta) =>
        meta.DictionaryPageOffset is long d && d > 0 && d < meta.DataPageOffset ? d : meta.DataPageOffset;

    /// <summary>Where the footer starts, from the file's last 8 bytes (footer length + "PAR1").</summary>
    public static long FooterStart(SafeFileHandle file, long fileLength)
    {
        Span<byte> tail = stackalloc byte[8];
        if (fileLength < 12 || RandomAccess.Read(file, tail, fileLength - 8) != 8 || !tail[4..].SequenceEqual("PAR1"u8))
        {
            throw FileProblem.Corrupt(Invariant($"expected the Parquet magic bytes PAR1 at byte offset {Math.Max(fileLength - 4, 0)} (the end of the file), found {(fileLength < 12 ? "a file of " + fileLength + " bytes" : "other bytes")}"));
        }

        var footer = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(tail);
        if (footer <= 0 || footer > fileLength - 12)
        {
            throw FileProblem.Corrupt(Invariant($"expected the footer length at byte offset {fileLength - 8} to fit the file's {fileLength} bytes, found {footer}"));
        }

        return fileLength - 8 - footer;
    }

    private static ChunkSummary WalkPages(SafeFileHandle file, long start, long dataEnd, ParquetMeta.ColumnMetaData meta, long rowGroupRows, bool repeated, string column, IReadOnlySet<long>? chunkStarts)
    {
        long values = 0, rows = 0;
        var pages = 0;
        var v2 = false;
        var v2Only = true;
        var position = start;

        // Walk until the chunk's values are accounted for rather than to start + total_compressed_size: some writers
        // (parquet-cpp 1.x) under-report that size, and other readers accept their files. A walk that reaches where
        // another column chunk starts has gone too far: a page's value count is short, and a decoder would go on to
        // read the next column's values as this column's.
        while (values < meta.NumValues)
        {
            if (position >= dataEnd)
            {
                throw FileProblem.CorruptAt(column, position, Invariant($"expected a page for the {meta.NumValues - values} values still missing of the chunk's {meta.NumValues}, found the end of the data"));
            }

            if (position != start && chunkStarts?.Contains(position) == true)
            {
                throw FileProblem.CorruptAt(column, position, Invariant($"expected a page for the {meta.NumValues - values} values still missing of the chunk's {meta.NumValues}, found the start of another column chunk (the page value counts are too small)"));
            }

            var page = ReadHeader(file, position, dataEnd, column);
            if (page.CompressedSize < 0 || page.UncompressedSize < 0 || page.CompressedSize > dataEnd - position - page.HeaderLength)
            {
                throw FileProblem.CorruptAt(column, position, Invariant($"expected a page size within the {dataEnd - position - page.HeaderLength} bytes left before the footer, found {page.CompressedSize} (uncompressed {page.UncompressedSize})"));
            }

            if (page.UncompressedSize > MaxUncompressedChunk)
            {
                throw FileProblem.Unsupported(Invariant($"column '{column}' has a page of {page.UncompressedSize} bytes at byte offset {position}, more than the {MaxUncompressedChunk >> 20} MiB limit"));
            }

            if (page.NumValues is < 0 || page.NumNulls is < 0 || page.NumRows is < 0)
            {
                throw FileProblem.CorruptAt(column, position, Invariant($"expected page counts of 0 or more, found values {page.NumValues}, nulls {page.NumNulls}, rows {page.NumRows}"));
            }

            if (!page.HasKnownEncoding)
            {
                throw FileProblem.CorruptAt(column, position, Invariant($"expected a Parquet encoding (0-9), found {page.Encoding}"));
            }

            switch (page.Type)
            {
                case PageHeaderInfo.DataPage:
                    v2Only = false;
                    values += page.NumValues ?? throw MissingHeader(column, position);
                    break;
                case PageHeaderInfo.DataPageV2:
                    v2 = true;
                    var pageValues = page.NumValues ?? throw MissingHeader(column, position);
                    values += pageValues;
                    rows += page.NumRows ?? 0;
                    if (page.NumNulls > pageValues || page.DefinitionLevelsLength is < 0 || page.RepetitionLevelsLength is < 0
                        || page.DefinitionLevelsLength + page.RepetitionLevelsLength > page.CompressedSize)
                    {
                        throw FileProblem.CorruptAt(column, position, Invariant($"expected nulls ({page.NumNulls}) within the page's {pageValues} values and level sizes ({page.DefinitionLevelsLength} + {page.RepetitionLevelsLength}) within its {page.CompressedSize} bytes"));
                    }

                    // Outside lists and maps each value is one row.
                    if (!repeated && page.NumRows is { } pageRows && pageRows != pageValues)
                    {
                        throw FileProblem.CorruptAt(column, position, Invariant($"expected a v2 page of a flat column to hold as many rows as values ({pageValues}), found {pageRows} rows"));
                    }

                    break;
                case PageHeaderInfo.DictionaryPage:
                    if (pages != 0)
                    {
                        throw FileProblem.CorruptAt(column, position, "expected a data page, found a dictionary page after the chunk's first page");
                    }

                    _ = page.NumValues ?? throw MissingHeader(column, position);
                    break;
                case PageHeaderInfo.IndexPage:
                    break;
                default:
                    throw FileProblem.CorruptAt(column, position, Invariant($"expected a page type (0-3), found {page.Type}"));
            }

            if (page.Crc is { } crc)
            {
                CheckCrc(file, position, page, crc, column);
            }

            pages++;
            position += page.HeaderLength + page.CompressedSize;
        }

        if (values != meta.NumValues)
        {
            throw FileProblem.CorruptAt(column, start, Invariant($"expected the pages to hold the {meta.NumValues} values of the column metadata, found {values}"));
        }

        if (v2 && v2Only && rows != rowGroupRows)
        {
            throw FileProblem.CorruptAt(column, start, Invariant($"expected the pages to hold the row group's {rowGroupRows} rows, found {rows}"));
        }

        return new ChunkSummary(pages, v2, values, meta.Codec) { Start = start };
    }

    /// <summary>Compares a page's stored CRC-32 with its bytes: damage inside compressed or plain values that decodes
    /// without error (a flipped bit in a name) is found only here.</summary>
    private static void CheckCrc(SafeFileHandle file, long position, PageHeaderInfo page, uint expected, string column)
    {
        var payloadStart = position + page.HeaderLength;
        var buffer = new byte[(int)Math.Min(page.CompressedSize, 1 << 20)];
        uint crc = 0;
        for (long done = 0; done < page.CompressedSize;)
        {
            var want = (int)Math.Min(buffer.Length, page.CompressedSize - done);
            var read = RandomAccess.Read(file, buffer.AsSpan(0, want), payloadStart + done);
            if (read <= 0)
            {
                throw FileProblem.CorruptAt(column, payloadStart + done, "expected page bytes, found the end of the file");
            }

            crc = Crc32.Append(crc, buffer.AsSpan(0, read));
            done += read;
        }

        if (crc != expected)
        {
            throw FileProblem.CorruptAt(column, position, Invariant($"expected the page's {page.CompressedSize} bytes to have CRC-32 {expected:x8} as its header says, found {crc:x8}"));
        }
    }

    internal static PageHeaderInfo ReadHeader(SafeFileHandle file, long position, long end, string column)
    {
        var size = (int)Math.Min(FirstHeaderRead, end - position);
        while (true)
        {
            var buffer = new byte[size];
            var read = RandomAccess.Read(file, buffer, position);
            if (read < size)
            {
                throw FileProblem.CorruptAt(column, position, "expected a page header, found the end of the file");
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
                throw FileProblem.CorruptAt(column, position, $"expected a page header, found bytes that are not one ({e.Message})", e);
            }
        }
    }

    private static FileProblem MissingHeader(string column, long position) =>
        FileProblem.CorruptAt(column, position, "expected a data page header inside the page header, found none");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
