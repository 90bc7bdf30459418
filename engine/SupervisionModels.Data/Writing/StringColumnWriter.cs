using Parquet;
using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;

namespace SupervisionModels.Data.Writing;

/// <summary>Writes a string column as UTF-8 BYTE_ARRAY; a required column refuses nulls.</summary>
internal sealed class StringColumnWriter<TRecord>(FactColumn column, Parquet.Schema.DataField field) : FactColumnWriter<TRecord>(column, field)
    where TRecord : class
{
    private readonly Func<TRecord, string?> _get = Getter<string?>(column);
    private string?[] _buffer = [];

    public override long EstimateBytes(TRecord row) => 4 + (3L * (_get(row)?.Length ?? 0));

    public override async Task WriteAsync(ParquetRowGroupWriter writer, IReadOnlyList<TRecord> rows, RowGroupContext context, CancellationToken ct)
    {
        var count = rows.Count;
        if (_buffer.Length < count)
        {
            _buffer = new string?[count];
        }

        var buffer = _buffer;
        var required = !Column.IsNullable;
        for (var i = 0; i < count; i++)
        {
            var value = _get(rows[i]);
            if (value is null && required)
            {
                throw context.RowError(this, i, "is required (non-nullable string) but the value is null");
            }

            buffer[i] = value;
        }

        await writer.WriteAsync(Field, new ArraySegment<string>(buffer!, 0, count)).ConfigureAwait(false);
        Array.Clear(buffer, 0, count); // let the strings be collected while the next row group is gathered
    }
}
