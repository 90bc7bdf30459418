namespace SupervisionModels.Data;

/// <summary>A column of a dataset.</summary>
/// <param name="Name">The column's name (a path "a/b" for a field inside a struct).</param>
/// <param name="ClrType">The type it decodes to, in non-nullable form (<c>int</c>, not <c>int?</c>; <c>string</c>).</param>
/// <param name="IsNullable">True when some part file allows nulls in it.</param>
/// <param name="ParquetType">The Parquet type, printable: "BYTE_ARRAY UTF8", "INT32 DATE", "INT64 TIMESTAMP(MICROS)".</param>
/// <param name="IsPartition">True for a value taken from a hive partition folder (<c>year=2023/</c>), always a string.</param>
public sealed record DatasetColumn(string Name, Type ClrType, bool IsNullable, string ParquetType, bool IsPartition = false);

/// <summary>The columns of a dataset, in file order followed by partition columns.</summary>
public sealed record DatasetSchema(IReadOnlyList<DatasetColumn> Columns)
{
    /// <summary>The column named <paramref name="name"/> (ordinal comparison), or null.</summary>
    public DatasetColumn? Find(string name) => Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}
