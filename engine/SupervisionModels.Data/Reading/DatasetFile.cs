namespace SupervisionModels.Data.Reading;

/// <summary>A part file of a dataset: its footer, where it sits and its partition values.</summary>
internal sealed record DatasetFile(ParquetFile Parquet, string RelativePath, IReadOnlyList<KeyValuePair<string, string?>> Partitions, long FirstRow)
{
    public string Path => Parquet.Path;

    public string? PartitionValue(string key) => Partitions.LastOrDefault(p => string.Equals(p.Key, key, StringComparison.Ordinal)).Value;
}
