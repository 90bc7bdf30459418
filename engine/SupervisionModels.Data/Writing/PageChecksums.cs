using System.Buffers.Binary;
using SupervisionModels.Data.Guards;

namespace SupervisionModels.Data.Writing;

/// <summary>
/// Adds a CRC-32 to every page header of a Parquet file we wrote. Parquet.Net 6.1 never sets <c>PageHeader.crc</c>
/// and its Thrift writer is internal, so the file is copied once after Parquet.Net finishes it: each page header is
/// written again with field 4 (crc) added, and the footer's offsets and sizes are moved by the bytes added before them.
/// With the CRCs, damage inside a page's values that still decompresses (a flipped bit in a name, in a zstd raw block)
/// is found by <see cref="ChunkGuard"/> instead of changing leads silently.
/// </summary>
internal static class PageChecksums
{
    // FileMetaData, RowGroup, ColumnChunk and ColumnMetaData field ids (parquet.thrift).
    private const short RowGroups = 4;
    private const short RowGroupColumns = 1, RowGroupTotalByteSize = 2, RowGroupFileOffset = 5, RowGroupTotalCompressedSize = 6;
    private const short ChunkFileOffset = 2, ChunkMetaData = 3, OffsetIndexOffset = 4, ColumnIndexOffset = 6;
    private const short TotalUncompressedSize = 6, TotalCompressedSize = 7, DataPageOffset = 9, IndexPageOffset = 10, DictionaryPageOffset = 11, BloomFilterOffset = 14;
    private const short PageHeaderCompressedSize = 3, PageHeaderCrc = 4;

    /// <summary>Copies <paramref name="source"/> to <paramref name="destination"/> with a CRC in every page header.</summary>
    public static void Add(string source, string destination)
    {
        using var input = File.OpenHandle(source);
        var length = RandomAccess.GetLength(input);
        var footerStart = ChunkGuard.FooterStart(input, length);
        var footerBytes = new byte[length - 8 - footerStart];
        RandomAccess.Read(input, footerBytes, footerStart);
        var footer = ThriftTree.Read(footerBytes, out _);

        var chunks = footer.Structs(RowGroups).SelectMany(g => g.Structs(RowGroupColumns)).Select(c => c.Struct(ChunkMetaData)!).ToList();
        var spans = chunks.Select(m => (Start: StartOf(m), Size: m.Int(TotalCompressedSize) ?? 0)).OrderBy(c => c.Start).ToList();

        // Bytes added before each page: shift(o) = o + the bytes added to pages that start before o.
        var pageStarts = new List<long>();
        var added = new List<long>();
        using (var output = new FileStream(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            long position = 0;
            foreach (var (start, size) in spans)
            {
                Copy(input, output, position, start - position);
                for (var page = start; page < start + size;)
                {
                    var (header, headerLength) = ReadHeader(input, page);
                    var payload = new byte[checked((int)(header.Int(PageHeaderCompressedSize) ?? 0))];
                    RandomAccess.Read(input, payload, page + headerLength);
                    header.SetI32(PageHeaderCrc, unchecked((int)Crc32.Compute(payload)));
                    var written = header.ToBytes();
                    output.Write(written);
                    output.Write(payload);
                    pageStarts.Add(page);
                    added.Add(written.Length - headerLength);
                    page += headerLength + payload.Length;
                }

                position = start + size;
            }

            Copy(input, output, position, footerStart - position);
            var before = new long[added.Count + 1];
            for (var i = 0; i < added.Count; i++)
            {
                before[i + 1] = before[i] + added[i];
            }

            long Shift(long offset)
            {
                var index = pageStarts.BinarySearch(offset);
                var earlier = index >= 0 ? index : ~index; // pages that start before the offset
                return offset + before[earlier];
            }

            foreach (var group in footer.Structs(RowGroups))
            {
                long groupAdded = 0;
                foreach (var column in group.Structs(RowGroupColumns))
                {
                    var meta = column.Struct(ChunkMetaData)!;
                    var start = StartOf(meta);
                    var end = start + (meta.Int(TotalCompressedSize) ?? 0);
                    var chunkAdded = Shift(end) - Shift(start) - (end - start);
                    groupAdded += chunkAdded;
                    meta.Replace(TotalCompressedSize, end - start + chunkAdded);
                    meta.Replace(TotalUncompressedSize, (meta.Int(TotalUncompressedSize) ?? 0) + chunkAdded);
                    foreach (var id in new[] { DataPageOffset, IndexPageOffset, DictionaryPageOffset, BloomFilterOffset })
                    {
                        if (meta.Int(id) is { } offset && offset > 0)
                        {
                            meta.Replace(id, Shift(offset));
                        }
                    }

                    foreach (var id in new[] { ChunkFileOffset, OffsetIndexOffset, ColumnIndexOffset })
                    {
                        if (column.Int(id) is { } offset && offset > 0)
                        {
                            column.Replace(id, Shift(offset));
                        }
                    }
                }

                if (group.Int(RowGroupFileOffset) is { } groupOffset && groupOffset > 0)
                {
                    group.Replace(RowGroupFileOffset, Shift(groupOffset));
                }

                group.Replace(RowGroupTotalCompressedSize, (group.Int(RowGroupTotalCompressedSize) ?? 0) + groupAdded);
                group.Replace(RowGroupTotalByteSize, (group.Int(RowGroupTotalByteSize) ?? 0) + groupAdded);
            }

            var newFooter = footer.ToBytes();
            output.Write(newFooter);
            Span<byte> tail = stackalloc byte[8];
            BinaryPrimitives.WriteInt32LittleEndian(tail, newFooter.Length);
            "PAR1"u8.CopyTo(tail[4..]);
            output.Write(tail);
            output.Flush(flushToDisk: true);
        }
    }

    private static long StartOf(ThriftTree meta)
    {
        var data = meta.Int(DataPageOffset) ?? 0;
        return meta.Int(DictionaryPageOffset) is long d && d > 0 && d < data ? d : data;
    }

    private static (ThriftTree Header, int Length) ReadHeader(Microsoft.Win32.SafeHandles.SafeFileHandle input, long position)
    {
        for (var size = 1 << 12; ; size *= 4)
        {
            var buffer = new byte[size];
            var read = RandomAccess.Read(input, buffer, position);
            try
            {
                var header = ThriftTree.Read(buffer.AsSpan(0, read), out var length);
                return (header, length);
            }
            catch (FormatException) when (read == size && size < 1 << 24)
            {
                // the header is longer than the bytes read so far (a large dictionary page's statistics)
            }
        }
    }

    private static void Copy(Microsoft.Win32.SafeHandles.SafeFileHandle input, Stream output, long from, long count)
    {
        var buffer = new byte[(int)Math.Min(Math.Max(count, 0), 1 << 20)];
        for (long done = 0; done < count;)
        {
            var read = RandomAccess.Read(input, buffer.AsSpan(0, (int)Math.Min(buffer.Length, count - done)), from + done);
            if (read <= 0)
            {
                throw new EndOfStreamException("the file ended while its pages were copied");
            }

            output.Write(buffer, 0, read);
            done += read;
        }
    }
}
