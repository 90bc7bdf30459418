using Parquet.Schema;
using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;

namespace SupervisionModels.Data.Writing;

/// <summary>The Parquet field we write for a record column.</summary>
internal static class ParquetFields
{
    /// <summary>Decimal precision: 18 digits fit an INT64, and amounts of money need no more.</summary>
    public const int DecimalPrecision = 18;

    /// <summary>Decimal scale: amounts are in yuan with fen (two places).</summary>
    public const int DecimalScale = 2;

    public static DataField For(FactColumn column)
    {
        var name = column.Name;
        var nullable = column.IsNullable;
        var type = column.ValueType;
        if (type == typeof(decimal))
        {
            return new DecimalDataField(name, DecimalPrecision, DecimalScale, isNullable: nullable);
        }

        if (type == typeof(DateTime))
        {
            // Source systems record local (Beijing) wall-clock times without a zone, so the timestamp is not adjusted
            // to UTC; Parquet.Net writes the ticks as they are, whatever the machine's zone, which keeps files deterministic.
            return new DateTimeDataField(name, DateTimeFormat.Timestamp, isAdjustedToUTC: false, unit: DateTimeTimeUnit.Micros, isNullable: nullable);
        }

        return new DataField(name, type, isNullable: nullable);
    }
}
