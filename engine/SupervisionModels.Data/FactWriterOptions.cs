using Parquet;

namespace SupervisionModels.Data;

/// <summary>How <see cref="ParquetFactWriter{T}"/> lays out a file.</summary>
public sealed record FactWriterOptions
{
    /// <summary>The default number of rows per row group: large enough to compress well, small enough that a reader
    /// can decode a few row groups in parallel with bounded memory.</summary>
    public const int DefaultRowGroupSize = 65_536;

    /// <summary>The default for <see cref="MaxRowGroupBytes"/>: 64 MiB, where reading a text column on two cores measured
    /// fastest (larger groups decode in fewer, bigger pieces that spread badly over the cores and strain the GC).</summary>
    public const long DefaultMaxRowGroupBytes = 64L << 20;

    /// <summary>Rows per row group when writing with <see cref="ParquetFactWriter{T}.WriteAllAsync"/>.</summary>
    public int RowGroupSize { get; init; } = DefaultRowGroupSize;

    /// <summary>
    /// <see cref="ParquetFactWriter{T}.WriteAllAsync"/> also closes a row group once its values would take about this
    /// many bytes uncompressed (text counted as 3 UTF-8 bytes a character). Without it, 65,536 judgments of 10,000
    /// characters make a 2 GB row group, which readers decode in one piece and ours refuses above 1 GiB a column.
    /// </summary>
    public long MaxRowGroupBytes { get; init; } = DefaultMaxRowGroupBytes;

    /// <summary>
    /// The compression codec. Zstd by default: on Chinese text it makes files about half the size of Snappy's at a
    /// similar write speed, as long as the compression level is not "smallest size" (the writer uses
    /// <see cref="System.IO.Compression.CompressionLevel.Optimal"/>; Parquet.Net's default level is ~100 times slower).
    /// </summary>
    public CompressionMethod Compression { get; init; } = CompressionMethod.Zstd;
}
