using System.IO.Compression;
using ParquetMeta = Parquet.Meta;

namespace SupervisionModels.Data.Pages;

/// <summary>
/// Decompresses page bodies into a caller's buffer with the codecs Parquet.Net already depends on. One instance per
/// thread: the Zstandard decompressor keeps its context between pages.
/// </summary>
internal sealed class PageDecompressor : IDisposable
{
    private ZstdSharp.Decompressor? _zstd;

    /// <summary>True for the codecs this class reads; legacy Hadoop LZ4, LZO and Brotli go to Parquet.Net.</summary>
    public static bool Handles(ParquetMeta.CompressionCodec codec) => codec is ParquetMeta.CompressionCodec.UNCOMPRESSED
        or ParquetMeta.CompressionCodec.SNAPPY or ParquetMeta.CompressionCodec.GZIP or ParquetMeta.CompressionCodec.ZSTD
        or ParquetMeta.CompressionCodec.LZ4_RAW;

    /// <summary>Decompresses <paramref name="source"/> into exactly <paramref name="destination"/>.</summary>
    /// <exception cref="FormatException">The data does not decompress to the size the page header gives.</exception>
    public void Decompress(ParquetMeta.CompressionCodec codec, ReadOnlySpan<byte> source, Span<byte> destination)
    {
        int written;
        switch (codec)
        {
            case ParquetMeta.CompressionCodec.UNCOMPRESSED:
                if (source.Length != destination.Length)
                {
                    throw new FormatException($"an uncompressed page of {source.Length} bytes claims {destination.Length}");
                }

                source.CopyTo(destination);
                return;
            case ParquetMeta.CompressionCodec.SNAPPY:
                written = Snappier.Snappy.Decompress(source, destination);
                break;
            case ParquetMeta.CompressionCodec.ZSTD:
                _zstd ??= new ZstdSharp.Decompressor();
                written = _zstd.Unwrap(source, destination);
                break;
            case ParquetMeta.CompressionCodec.LZ4_RAW:
                written = K4os.Compression.LZ4.LZ4Codec.Decode(source, destination);
                break;
            case ParquetMeta.CompressionCodec.GZIP:
                written = Gunzip(source, destination);
                break;
            default:
                throw new NotSupportedException($"codec {codec}");
        }

        if (written != destination.Length)
        {
            throw new FormatException($"a {codec} page decompressed to {written} bytes, its header says {destination.Length}");
        }
    }

    /// <summary>GZip through the BCL, which also reads concatenated members. GZip is rare and slow anyway, so the
    /// copy of its input into a pooled array (a stream needs an array) costs nothing that shows.</summary>
    private static int Gunzip(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var copy = System.Buffers.ArrayPool<byte>.Shared.Rent(source.Length);
        try
        {
            source.CopyTo(copy);
            using var input = new MemoryStream(copy, 0, source.Length, writable: false);
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            var total = 0;
            while (total < destination.Length)
            {
                var read = gzip.Read(destination[total..]);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            return total;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(copy);
        }
    }

    public void Dispose() => _zstd?.Dispose();
}
