namespace SupervisionModels.Data.Guards;

/// <summary>The fields of a Parquet page header that the sanity checks need.</summary>
internal sealed record PageHeaderInfo(
    int Type,
    long UncompressedSize,
    long CompressedSize,
    long HeaderLength,
    long? NumValues,
    long? NumNulls,
    long? NumRows,
    long? DefinitionLevelsLength,
    long? RepetitionLevelsLength,
    int? Encoding)
{
    public const int DataPage = 0;
    public const int IndexPage = 1;
    public const int DictionaryPage = 2;
    public const int DataPageV2 = 3;

    /// <summary>The page's CRC-32 (of the bytes after the header), when the writer stored one.</summary>
    public uint? Crc { get; init; }

    /// <summary>Whether <see cref="Encoding"/> is one of the encodings the format defines (PLAIN … BYTE_STREAM_SPLIT).</summary>
    public bool HasKnownEncoding => Encoding is null or (>= 0 and <= 9);

    public static PageHeaderInfo From(ThriftStruct header, int headerLength)
    {
        var type = (int)(header.Int(1) ?? -1);
        var v1 = header.Struct(5);
        var dictionary = header.Struct(7);
        var v2 = header.Struct(8);
        return new PageHeaderInfo(
            type,
            header.Int(2) ?? -1,
            header.Int(3) ?? -1,
            headerLength,
            (v1 ?? dictionary ?? v2)?.Int(1),
            v2?.Int(2),
            v2?.Int(3),
            v2?.Int(5),
            v2?.Int(6),
            (int?)(v1?.Int(2) ?? dictionary?.Int(2) ?? v2?.Int(4)))
        {
            Crc = header.Int(4) is { } crc ? unchecked((uint)crc) : null,
        };
    }
}
