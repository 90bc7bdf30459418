using Parquet;
using Parquet.Schema;
using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;

namespace SupervisionModels.Data.Writing;

/// <summary>Writes one column of a record type into a row group.</summary>
internal abstract class FactColumnWriterBase(FactColumn column, DataField field)
{
    public FactColumn Column { get; } = column;

    public DataField Field { get; } = field;
}

/// <summary>
/// Writes one column: gathers the column's values from the rows with a delegate bound once to the property getter (no
/// per-row reflection) into a reused buffer, then hands the buffer to Parquet.Net.
/// </summary>
internal abstract class FactColumnWriter<TRecord>(FactColumn column, DataField field) : FactColumnWriterBase(column, field)
    where TRecord : class
{
    public abstract Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<TRecord> rows, RowGroupContext context, CancellationToken ct);

    /// <summary>About how many bytes the row's value takes uncompressed (an upper bound for text).</summary>
    public virtual long EstimateBytes(TRecord row) => 8;

    /// <summary>The writer for a column, chosen once by the column's type.</summary>
    public static FactColumnWriter<TRecord> Create(FactColumn column)
    {
        var field = ParquetFields.For(column);
        var valueType = column.ValueType;
        if (valueType == typeof(string))
        {
            return new StringColumnWriter<TRecord>(column, field);
        }

        var generic = Nullable.GetUnderlyingType(column.Property.PropertyType) is null
            ? typeof(ValueColumnWriter<,>)
            : typeof(NullableValueColumnWriter<,>);
        var type = generic.MakeGenericType(typeof(TRecord), valueType);
        return (FactColumnWriter<TRecord>)Activator.CreateInstance(type, column, field)!;
    }

    protected static Func<TRecord, TValue> Getter<TValue>(FactColumn column) =>
        (Func<TRecord, TValue>)Delegate.CreateDelegate(typeof(Func<TRecord, TValue>), column.Property.GetMethod!);
}
