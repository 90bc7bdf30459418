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
            (int?)(v1?.Int(2) ?? dictionary?.Int(2) ?? v2?.Int(4)));
    }
}
