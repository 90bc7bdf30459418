using SupervisionModels.Data.Guards;

namespace SupervisionModels.Data.Pages;

/// <summary>
/// A page header with everything decoding needs (the checks' <see cref="PageHeaderInfo"/> has only sizes and counts):
/// the CRC, the level encodings and, for data page v2, whether the values are compressed.
/// </summary>
internal sealed record TextPageHeader(
    int Type,
    int UncompressedSize,
    int CompressedSize,
    int HeaderLength,
    int? Crc,
    int NumValues,
    int NumNulls,
    int Encoding,
    int DefinitionLevelEncoding,
    int DefinitionLevelsLength,
    int RepetitionLevelsLength,
    bool IsCompressed)
{
    /// <summary>Reads the header at the start of <paramref name="data"/>.</summary>
    /// <exception cref="FormatException">The header is not valid Thrift or lacks a field decoding needs.</exception>
    public static TextPageHeader Read(ReadOnlySpan<byte> data)
    {
        var reader = new ThriftCompact(data);
        var header = reader.ReadStruct();
        var type = (int)(header.Int(1) ?? throw new FormatException("the page header has no type"));
        var uncompressed = checked((int)(header.Int(2) ?? throw new FormatException("the page header has no uncompressed size")));
        var compressed = checked((int)(header.Int(3) ?? throw new FormatException("the page header has no compressed size")));
        var crc = header.Int(4) is { } c ? (int?)checked((int)c) : null;
        var v1 = header.Struct(5);
        var dictionary = header.Struct(7);
        var v2 = header.Struct(8);
        var body = v1 ?? dictionary ?? v2;
        var values = body?.Int(1) is { } n ? checked((int)n) : 0;
        var encoding = (int)((v1?.Int(2) ?? dictionary?.Int(2) ?? v2?.Int(4)) ?? 0);
        var isCompressed = v2 is null || !v2.Fields.TryGetValue(7, out var flag) || flag is not false;
        return new TextPageHeader(
            type,
            uncompressed,
            compressed,
            reader.Position,
            crc,
            values,
            v2?.Int(2) is { } nulls ? checked((int)nulls) : 0,
            encoding,
            (int)(v1?.Int(3) ?? 3),
            v2?.Int(5) is { } d ? checked((int)d) : 0,
            v2?.Int(6) is { } r ? checked((int)r) : 0,
            isCompressed);
    }
}
