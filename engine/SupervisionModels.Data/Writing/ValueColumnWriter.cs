using Parquet;
using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;

namespace SupervisionModels.Data.Writing;

/// <summary>Writes a non-nullable value-type column (int, long, double, decimal, bool, DateOnly, DateTime).</summary>
internal sealed class ValueColumnWriter<TRecord, TValue>(FactColumn column, Parquet.Schema.DataField field) : FactColumnWriter<TRecord>(column, field)
    where TRecord : class
    where TValue : struct
{
    private readonly Func<TRecord, TValue> _get = Getter<TValue>(column);
    private TValue[] _buffer = [];

    public override async Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<TRecord> rows, RowGroupContext context, CancellationToken ct)
    {
        var count = rows.Count;
        if (_buffer.Length < count)
        {
            _buffer = new TValue[count];
        }

        var buffer = _buffer;
        for (var i = 0; i < count; i++)
        {
            var value = _get(rows[i]);
            if (ValueChecks.Problem(value) is { } problem)
            {
                throw context.RowError(this, i, problem);
            }

            buffer[i] = value;
        }

        await writer.WriteAsync(Field, new ReadOnlyMemory<TValue>(buffer, 0, count), cancellationToken: ct).ConfigureAwait(false);
    }
}

/// <summary>Writes a nullable value-type column (<c>int?</c>, <c>DateOnly?</c>, …) as an optional Parquet column.</summary>
internal sealed class NullableValueColumnWriter<TRecord, TValue>(FactColumn column, Parquet.Schema.DataField field) : FactColumnWriter<TRecord>(column, field)
    where TRecord : class
    where TValue : struct
{
    private readonly Func<TRecord, TValue?> _get = Getter<TValue?>(column);
    private TValue?[] _buffer = [];

    public override async Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<TRecord> rows, RowGroupContext context, CancellationToken ct)
    {
        var count = rows.Count;
        if (_buffer.Length < count)
        {
            _buffer = new TValue?[count];
        }

        var buffer = _buffer;
        for (var i = 0; i < count; i++)
        {
            var value = _get(rows[i]);
            if (value is { } present && ValueChecks.Problem(present) is { } problem)
            {
                throw context.RowError(this, i, problem);
            }

            buffer[i] = value;
        }

        await writer.WriteAsync(Field, new ReadOnlyMemory<TValue?>(buffer, 0, count), cancellationToken: ct).ConfigureAwait(false);
    }
}
