using System.Collections.Concurrent;
using Parquet;

namespace SupervisionModels.Data.Reading;

/// <summary>
/// Decodes one flat column chunk into an array of its natural type: <c>string[]</c>, <c>byte[][]</c>, <c>X[]</c> for a
/// required value column or <c>X?[]</c> for an optional one. One decoder per element type, made once by reflection.
/// </summary>
internal abstract class ColumnDecoder
{
    private static readonly ConcurrentDictionary<(Type, bool), ColumnDecoder> Decoders = new();

    public abstract ValueTask<Array> ReadAsync(ParquetRowGroupReader rowGroup, FileColumn column, int rows, CancellationToken ct);

    public static ColumnDecoder For(FileColumn column) => Decoders.GetOrAdd((column.ClrType, column.IsNullable), Create);

    private static ColumnDecoder Create((Type Type, bool Nullable) key)
    {
        if (key.Type == typeof(string))
        {
            return new StringDecoder();
        }

        if (key.Type == typeof(byte[]))
        {
            return new BinaryDecoder();
        }

        var generic = key.Nullable ? typeof(NullableDecoder<>) : typeof(RequiredDecoder<>);
        return (ColumnDecoder)Activator.CreateInstance(generic.MakeGenericType(key.Type))!;
    }

    /// <summary>Parquet.Net returns timestamps not adjusted to UTC as <see cref="DateTimeKind.Local"/> without converting
    /// them; they are wall-clock times of no particular zone, so say so.</summary>
    private static DateTime Unzoned(DateTime value) =>
        value.Kind == DateTimeKind.Local ? DateTime.SpecifyKind(value, DateTimeKind.Unspecified) : value;

    private sealed class StringDecoder : ColumnDecoder
    {
        public override async ValueTask<Array> ReadAsync(ParquetRowGroupReader rowGroup, FileColumn column, int rows, CancellationToken ct)
        {
            var values = new string[rows];
            await rowGroup.ReadAsync(column.Field, values, cancellationToken: ct).ConfigureAwait(false);
            StringDeduplicator.Deduplicate(values);
            return values;
        }
    }

    private sealed class BinaryDecoder : ColumnDecoder
    {
        public override async ValueTask<Array> ReadAsync(ParquetRowGroupReader rowGroup, FileColumn column, int rows, CancellationToken ct)
        {
            var values = new byte[rows][];
            await rowGroup.ReadAsync(column.Field, values, cancellationToken: ct).ConfigureAwait(false);
            return values;
        }
    }

    private sealed class RequiredDecoder<T> : ColumnDecoder
        where T : struct
    {
        public override async ValueTask<Array> ReadAsync(ParquetRowGroupReader rowGroup, FileColumn column, int rows, CancellationToken ct)
        {
            var values = new T[rows];
            await rowGroup.ReadAsync<T>(column.Field, values, cancellationToken: ct).ConfigureAwait(false);
            if (typeof(T) == typeof(DateTime))
            {
                var times = (DateTime[])(object)values;
                for (var i = 0; i < times.Length; i++)
                {
                    times[i] = Unzoned(times[i]);
                }
            }

            return values;
        }
    }

    private sealed class NullableDecoder<T> : ColumnDecoder
        where T : struct
    {
        public override async ValueTask<Array> ReadAsync(ParquetRowGroupReader rowGroup, FileColumn column, int rows, CancellationToken ct)
        {
            var values = new T?[rows];
            await rowGroup.ReadAsync<T>(column.Field, values, cancellationToken: ct).ConfigureAwait(false);
            if (typeof(T) == typeof(DateTime))
            {
                var times = (DateTime?[])(object)values;
                for (var i = 0; i < times.Length; i++)
                {
                    if (times[i] is { } time)
                    {
                        times[i] = Unzoned(time);
                    }
                }
            }

            return values;
        }
    }
}
