using Parquet.Schema;

namespace SupervisionModels.Data.Reading;

/// <summary>A leaf column of a Parquet file as we see it.</summary>
/// <param name="Name">The column's path (a plain name for a top-level column, "a/b" inside a struct).</param>
/// <param name="Field">Parquet.Net's field, used to read it.</param>
/// <param name="ClrType">The element type we decode to (string, byte[], or a non-nullable value type).</param>
/// <param name="IsNullable">True when the column may hold nulls.</param>
/// <param name="ParquetType">The printable Parquet type, e.g. "BYTE_ARRAY UTF8".</param>
internal sealed record FileColumn(string Name, DataField Field, Type ClrType, bool IsNullable, string ParquetType)
{
    /// <summary>True for a column that has one value per row (not inside a list or map), which a batch can hold.</summary>
    public bool IsFlat => Field.MaxRepetitionLevel == 0;

    public static FileColumn From(DataField field)
    {
        // Parquet.Net 6 reports text and binary as ReadOnlyMemory<char>/<byte>; we read them as string and byte[].
        var clr = field.ClrType == typeof(ReadOnlyMemory<char>) ? typeof(string)
            : field.ClrType == typeof(ReadOnlyMemory<byte>) ? typeof(byte[])
            : field.ClrType;
        return new FileColumn(field.Path.ToString(), field, clr, field.MaxDefinitionLevel > 0, TypeNames.Parquet(field));
    }
}
