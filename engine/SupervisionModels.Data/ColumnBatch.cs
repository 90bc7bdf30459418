using System.Globalization;
using SupervisionModels.Data.Reading;

namespace SupervisionModels.Data;

/// <summary>
/// The requested columns of one row group, decoded. Arrays are shared, not copied: do not modify them.
/// </summary>
public sealed class ColumnBatch
{
    private readonly string _dataset;
    private readonly IReadOnlyDictionary<string, BatchColumn> _columns;

    internal ColumnBatch(string dataset, string file, int rowGroup, int rowCount, long firstRow, IReadOnlyDictionary<string, BatchColumn> columns)
    {
        _dataset = dataset;
        File = file;
        RowGroup = rowGroup;
        RowCount = rowCount;
        FirstRow = firstRow;
        _columns = columns;
    }

    /// <summary>The part file the rows come from.</summary>
    public string File { get; }

    /// <summary>The row group's index within the file.</summary>
    public int RowGroup { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The dataset-wide index of the first row (files in ordinal path order, row groups in file order).</summary>
    public long FirstRow { get; }

    /// <summary>The column's values as <typeparamref name="T"/>, the record property's type (<c>string?</c>, <c>int</c>,
    /// <c>int?</c>, <c>DateOnly?</c>, <c>decimal</c>, <c>DateTime?</c>…). Integers widen (INT32 → <c>long</c>), float
    /// widens to <c>double</c>, and a required column reads as nullable; the result is cached per type.</summary>
    /// <exception cref="DataException">The column was not requested, its type cannot become <typeparamref name="T"/>, or
    /// it holds a null and <typeparamref name="T"/> is a non-nullable value type.</exception>
    public T[] Get<T>(string column)
    {
        if (!_columns.TryGetValue(column, out var data))
        {
            throw new DataException($"dataset '{_dataset}', file {File}: column '{column}' was not requested for this read", _dataset, File, column);
        }

        lock (data)
        {
            if (data.Converted.TryGetValue(typeof(T), out var cached))
            {
                return (T[])cached;
            }

            var result = ColumnConverter.Convert<T>(data.Values, index => NullError<T>(data, index))
                ?? throw new DataException(
                    $"dataset '{_dataset}', file {File}, column '{column}': expected {TypeNames.Expected(typeof(T))}, found {data.ParquetType} ({TypeNames.Clr(data.ClrType)})",
                    _dataset,
                    File,
                    column);
            data.Converted[typeof(T)] = result;
            return result;
        }
    }

    private DataException NullError<T>(BatchColumn data, int index) => new(
        string.Create(CultureInfo.InvariantCulture, $"dataset '{_dataset}', file {File}, column '{data.Name}': expected {TypeNames.Expected(typeof(T))} without nulls, found a null at row {FirstRow + index}"),
        _dataset,
        File,
        data.Name);
}

/// <summary>One decoded column of a batch and the conversions already made from it.</summary>
internal sealed record BatchColumn(string Name, Array Values, Type ClrType, string ParquetType)
{
    public Dictionary<Type, Array> Converted { get; } = [];
}
