using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using Microsoft.Win32.SafeHandles;
using SupervisionModels.Data.Guards;
using ParquetMeta = Parquet.Meta;

namespace SupervisionModels.Data.Pages;

/// <summary>Whether the page reader read a chunk, or why the caller must read it with Parquet.Net.</summary>
/// <param name="NotHandled">Null when the chunk was read; otherwise what the page reader does not read.</param>
internal readonly record struct ChunkRead(string? NotHandled)
{
    public static ChunkRead Done => new(null);

    public bool Handled => NotHandled is null;
}

/// <summary>
/// Reads a flat BYTE_ARRAY column chunk page by page into a <see cref="TextChunk"/>, without a string per value:
/// Parquet.Net's public footer metadata locates the pages, the page headers are parsed here, bodies are decompressed
/// into the reused chunk buffer, and PLAIN, PLAIN_DICTIONARY / RLE_DICTIONARY and DELTA_LENGTH_BYTE_ARRAY values
/// (data page v1 and v2, nulls, dictionary-to-plain fallback) become offsets into it. A page CRC, when present, is
/// checked. Anything else is answered with <see cref="ChunkRead.NotHandled"/> so that the caller reads the chunk with
/// Parquet.Net: this reader is never silently wrong. One instance per thread (it keeps scratch buffers).
/// </summary>
internal sealed class TextChunkReader : IDisposable
{
    private const int PlainEncoding = (int)ParquetMeta.Encoding.PLAIN;
    private const int PlainDictionary = (int)ParquetMeta.Encoding.PLAIN_DICTIONARY;
    private const int RleDictionary = (int)ParquetMeta.Encoding.RLE_DICTIONARY;
    private const int DeltaLengthByteArray = (int)ParquetMeta.Encoding.DELTA_LENGTH_BYTE_ARRAY;
    private const int RleEncoding = (int)ParquetMeta.Encoding.RLE;

    private readonly PageDecompressor _decompressor = new();
    private byte[] _compressed = [];
    private int[] _levels = [];
    private int[] _indices = [];
    private int[] _dictionaryStarts = [];
    private int[] _dictionaryLengths = [];
    private int _dictionaryCount = -1;

    /// <summary>Reads one column chunk.</summary>
    /// <param name="file">The file, for positional reads.</param>
    /// <param name="chunk">The chunk's footer metadata, as Parquet.Net parsed it.</param>
    /// <param name="maxDefinitionLevel">The column's maximum definition level.</param>
    /// <param name="maxRepetitionLevel">The column's maximum repetition level (above 0: not handled).</param>
    /// <param name="column">The column's name, for messages.</param>
    /// <param name="into">Receives the values; emptied first.</param>
    /// <exception cref="FileProblem">The chunk is damaged (a page CRC fails, sizes or counts do not add up).</exception>
    public ChunkRead Read(SafeFileHandle file, ParquetMeta.ColumnChunk chunk, int maxDefinitionLevel, int maxRepetitionLevel, string column, TextChunk into)
    {
        if (chunk.CryptoMetadata is not null || chunk.EncryptedColumnMetadata is not null)
        {
            return new ChunkRead("encrypted column");
        }

        if (!string.IsNullOrEmpty(chunk.FilePath) || chunk.MetaData is not { } meta)
        {
            return new ChunkRead("column stored in another file or without metadata");
        }

        if (meta.Type != ParquetMeta.Type.BYTE_ARRAY)
        {
            return new ChunkRead($"physical type {meta.Type}");
        }

        if (maxRepetitionLevel > 0)
        {
            return new ChunkRead("repeated (nested) column");
        }

        if (!PageDecompressor.Handles(meta.Codec))
        {
            return new ChunkRead($"codec {meta.Codec}");
        }

        if (meta.NumValues > int.MaxValue || meta.TotalCompressedSize > int.MaxValue)
        {
            return new ChunkRead("chunk too large for one buffer");
        }

        var start = meta.DictionaryPageOffset is long d && d > 0 && d < meta.DataPageOffset ? d : meta.DataPageOffset;
        var length = (int)meta.TotalCompressedSize;
        if (_compressed.Length < length)
        {
            _compressed = new byte[Math.Max(length, _compressed.Length * 3 / 2)];
        }

        if (RandomAccess.Read(file, _compressed.AsSpan(0, length), start) != length)
        {
            throw Corrupt(column, $"the file ends inside the pages at bytes {start}..{start + length}");
        }

        var rows = (int)meta.NumValues;
        into.Reset(rows, meta.TotalUncompressedSize);
        _dictionaryCount = -1;
        try
        {
            return ReadPages(_compressed.AsSpan(0, length), start, meta.Codec, rows, maxDefinitionLevel, column, into);
        }
        catch (FormatException e)
        {
            throw Corrupt(column, e.Message, e);
        }
        catch (OverflowException e)
        {
            throw Corrupt(column, "a page size or count does not fit", e);
        }
    }

    private ChunkRead ReadPages(ReadOnlySpan<byte> pages, long fileOffset, ParquetMeta.CompressionCodec codec, int rows, int maxDefinition, string column, TextChunk into)
    {
        var position = 0;
        while (into.Count < rows)
        {
            if (position >= pages.Length)
            {
                // Some writers under-report total_compressed_size; Parquet.Net copes, so let it.
                return new ChunkRead("pages continue past the chunk's total_compressed_size");
            }

            TextPageHeader header;
            try
            {
                header = TextPageHeader.Read(pages[position..]);
            }
            catch (ThriftEndOfDataException)
            {
                return new ChunkRead("a page header continues past the chunk's total_compressed_size");
            }

            var at = fileOffset + position;
            if (header.CompressedSize >= 0 && header.CompressedSize > pages.Length - position - header.HeaderLength)
            {
                // The same under-reported size (parquet-cpp 1.x): the page may well be in the file after the chunk.
                return new ChunkRead("pages continue past the chunk's total_compressed_size");
            }

            if (header.CompressedSize < 0 || header.UncompressedSize < 0)
            {
                throw Corrupt(column, Invariant($"the page at byte {at} has negative sizes ({header.CompressedSize}, {header.UncompressedSize})"));
            }

            var body = pages.Slice(position + header.HeaderLength, header.CompressedSize);
            if (header.Crc is { } crc && Crc32.Compute(body) != unchecked((uint)crc))
            {
                throw Corrupt(column, Invariant($"the page at byte {at} fails its CRC check"));
            }

            into.Pages++;
            ChunkRead read;
            switch (header.Type)
            {
                case PageHeaderInfo.DictionaryPage:
                    read = ReadDictionary(header, body, codec, into, column, at);
                    break;
                case PageHeaderInfo.DataPage:
                    read = ReadDataPageV1(header, body, codec, rows, maxDefinition, into, column, at);
                    break;
                case PageHeaderInfo.DataPageV2:
                    into.HadDataPageV2 = true;
                    read = ReadDataPageV2(header, body, codec, rows, maxDefinition, into, column, at);
                    break;
                case PageHeaderInfo.IndexPage:
                    read = ChunkRead.Done;
                    break;
                default:
                    throw Corrupt(column, Invariant($"the page at byte {at} has unknown page type {header.Type}"));
            }

            if (!read.Handled)
            {
                return read;
            }

            position += header.HeaderLength + header.CompressedSize;
        }

        return ChunkRead.Done;
    }

    private ChunkRead ReadDictionary(TextPageHeader header, ReadOnlySpan<byte> body, ParquetMeta.CompressionCodec codec, TextChunk into, string column, long at)
    {
        if (_dictionaryCount >= 0 || into.Count > 0)
        {
            throw Corrupt(column, Invariant($"a second dictionary page, or one after data pages, at byte {at}"));
        }

        if (header.Encoding is not (PlainEncoding or PlainDictionary))
        {
            return new ChunkRead($"dictionary page encoding {(ParquetMeta.Encoding)header.Encoding}");
        }

        var start = into.Append(header.UncompressedSize);
        _decompressor.Decompress(codec, body, into.Region(start, header.UncompressedSize));
        Grow(ref _dictionaryStarts, header.NumValues);
        Grow(ref _dictionaryLengths, header.NumValues);
        var data = into.Buffer.Slice(start, header.UncompressedSize);
        var p = 0;
        for (var i = 0; i < header.NumValues; i++)
        {
            var length = ReadLength(data, ref p, column, at);
            _dictionaryStarts[i] = start + p;
            _dictionaryLengths[i] = length;
            p += length;
        }

        _dictionaryCount = header.NumValues;
        return ChunkRead.Done;
    }

    private ChunkRead ReadDataPageV1(TextPageHeader header, ReadOnlySpan<byte> body, ParquetMeta.CompressionCodec codec, int rows, int maxDefinition, TextChunk into, string column, long at)
    {
        CheckValueCount(header, rows, into, column, at);
        var start = into.Append(header.UncompressedSize);
        _decompressor.Decompress(codec, body, into.Region(start, header.UncompressedSize));
        var page = into.Buffer.Slice(start, header.UncompressedSize);
        var levelsLength = 0;
        if (maxDefinition > 0)
        {
            if (header.DefinitionLevelEncoding != RleEncoding)
            {
                return new ChunkRead($"definition levels in {(ParquetMeta.Encoding)header.DefinitionLevelEncoding}");
            }

            if (page.Length < 4)
            {
                throw Corrupt(column, Invariant($"the data page at byte {at} is too short for its definition levels"));
            }

            var declared = BinaryPrimitives.ReadInt32LittleEndian(page);
            if (declared < 0 || declared > page.Length - 4)
            {
                throw Corrupt(column, Invariant($"the data page at byte {at} has {declared} bytes of definition levels in {page.Length - 4}"));
            }

            DecodeLevels(page.Slice(4, declared), maxDefinition, header.NumValues);
            levelsLength = 4 + declared;
        }

        return ReadValues(header.Encoding, start + levelsLength, page[levelsLength..], header.NumValues, maxDefinition, into, column, at);
    }

    private ChunkRead ReadDataPageV2(TextPageHeader header, ReadOnlySpan<byte> body, ParquetMeta.CompressionCodec codec, int rows, int maxDefinition, TextChunk into, string column, long at)
    {
        CheckValueCount(header, rows, into, column, at);
        var levels = header.RepetitionLevelsLength + header.DefinitionLevelsLength;
        if (header.RepetitionLevelsLength < 0 || header.DefinitionLevelsLength < 0 || levels > body.Length || levels > header.UncompressedSize)
        {
            throw Corrupt(column, Invariant($"the v2 data page at byte {at} has level sizes beyond its page"));
        }

        if (maxDefinition > 0)
        {
            DecodeLevels(body.Slice(header.RepetitionLevelsLength, header.DefinitionLevelsLength), maxDefinition, header.NumValues);
        }

        var valuesSize = header.UncompressedSize - levels;
        var start = into.Append(valuesSize);
        var compressedValues = body[levels..];
        if (header.IsCompressed)
        {
            _decompressor.Decompress(codec, compressedValues, into.Region(start, valuesSize));
        }
        else
        {
            _decompressor.Decompress(ParquetMeta.CompressionCodec.UNCOMPRESSED, compressedValues, into.Region(start, valuesSize));
        }

        return ReadValues(header.Encoding, start, into.Buffer.Slice(start, valuesSize), header.NumValues, maxDefinition, into, column, at);
    }

    /// <summary>Turns the page's values into rows; <paramref name="valuesStart"/> is where <paramref name="data"/> lies in the chunk buffer.</summary>
    private ChunkRead ReadValues(int encoding, int valuesStart, ReadOnlySpan<byte> data, int numValues, int maxDefinition, TextChunk into, string column, long at)
    {
        var present = numValues;
        if (maxDefinition > 0)
        {
            present = 0;
            foreach (var level in _levels.AsSpan(0, numValues))
            {
                present += level == maxDefinition ? 1 : 0;
            }
        }

        into.Encodings.Add(encoding);
        switch (encoding)
        {
            case PlainEncoding:
            {
                var p = 0;
                for (var i = 0; i < numValues; i++)
                {
                    if (maxDefinition > 0 && _levels[i] != maxDefinition)
                    {
                        into.AddNull();
                        continue;
                    }

                    var length = ReadLength(data, ref p, column, at);
                    into.Add(valuesStart + p, length);
                    p += length;
                }

                return ChunkRead.Done;
            }

            case PlainDictionary or RleDictionary:
            {
                if (_dictionaryCount < 0)
                {
                    throw Corrupt(column, Invariant($"the dictionary-encoded page at byte {at} has no dictionary page before it"));
                }

                Grow(ref _indices, present);
                if (present > 0)
                {
                    if (data.Length < 1)
                    {
                        throw Corrupt(column, Invariant($"the dictionary-encoded page at byte {at} has no bit width"));
                    }

                    RleHybrid.Decode(data[1..], data[0], _indices.AsSpan(0, present));
                }

                var next = 0;
                for (var i = 0; i < numValues; i++)
                {
                    if (maxDefinition > 0 && _levels[i] != maxDefinition)
                    {
                        into.AddNull();
                        continue;
                    }

                    var index = _indices[next++];
                    if ((uint)index >= (uint)_dictionaryCount)
                    {
                        throw Corrupt(column, Invariant($"the page at byte {at} refers to dictionary entry {index} of {_dictionaryCount}"));
                    }

                    into.Add(_dictionaryStarts[index], _dictionaryLengths[index]);
                }

                return ChunkRead.Done;
            }

            case DeltaLengthByteArray:
            {
                Grow(ref _indices, present);
                var (count, consumed) = DeltaBinaryPacked.Decode(data, _indices.AsSpan(0, present));
                if (count != present)
                {
                    throw Corrupt(column, Invariant($"the DELTA_LENGTH_BYTE_ARRAY page at byte {at} has {count} lengths for {present} values"));
                }

                var p = consumed;
                var next = 0;
                for (var i = 0; i < numValues; i++)
                {
                    if (maxDefinition > 0 && _levels[i] != maxDefinition)
                    {
                        into.AddNull();
                        continue;
                    }

                    var length = _indices[next++];
                    if (length < 0 || length > data.Length - p)
                    {
                        throw Corrupt(column, Invariant($"a value of the page at byte {at} runs past the page"));
                    }

                    into.Add(valuesStart + p, length);
                    p += length;
                }

                return ChunkRead.Done;
            }

            default:
                into.Encodings.Remove(encoding);
                return new ChunkRead($"value encoding {(ParquetMeta.Encoding)encoding}");
        }
    }

    private void DecodeLevels(ReadOnlySpan<byte> data, int maxDefinition, int count)
    {
        Grow(ref _levels, count);
        RleHybrid.Decode(data, 32 - BitOperations.LeadingZeroCount((uint)maxDefinition), _levels.AsSpan(0, count));
    }

    private static void CheckValueCount(TextPageHeader header, int rows, TextChunk into, string column, long at)
    {
        if (header.NumValues < 0 || header.NumValues > rows - into.Count)
        {
            throw Corrupt(column, Invariant($"the data page at byte {at} holds {header.NumValues} values but only {rows - into.Count} of the chunk's {rows} are left"));
        }
    }

    private static int ReadLength(ReadOnlySpan<byte> data, ref int position, string column, long at)
    {
        if (position > data.Length - 4)
        {
            throw Corrupt(column, Invariant($"the values of the page at byte {at} end inside a length"));
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(data[position..]);
        position += 4;
        if (length < 0 || length > data.Length - position)
        {
            throw Corrupt(column, Invariant($"a value of {length} bytes in the page at byte {at} runs past the page"));
        }

        return length;
    }

    private static void Grow(ref int[] array, int size)
    {
        if (array.Length < size)
        {
            array = new int[Math.Max(size, array.Length * 3 / 2)];
        }
    }

    private static FileProblem Corrupt(string column, string reason, Exception? inner = null) =>
        FileProblem.Corrupt($"column '{column}': {reason}", inner);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public void Dispose() => _decompressor.Dispose();
}
