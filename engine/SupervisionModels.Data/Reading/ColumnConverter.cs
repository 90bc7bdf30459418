using System.Collections.Concurrent;
using System.Reflection;

namespace SupervisionModels.Data.Reading;

/// <summary>
/// Converts a decoded column array to the array type a caller asks for: the same array when the types already match,
/// otherwise a copy that widens integers (INT32 → long, INT_16 → int), float → double, and adds or removes
/// <see cref="Nullable{T}"/>. The converter for each pair of types is built once.
/// </summary>
internal static class ColumnConverter
{
    private static readonly ConcurrentDictionary<(Type From, Type To), Delegate?> Converters = new();

    private static readonly Dictionary<(Type From, Type To), Delegate> Widenings = new()
    {
        [(typeof(short), typeof(int))] = (Func<short, int>)(v => v),
        [(typeof(sbyte), typeof(int))] = (Func<sbyte, int>)(v => v),
        [(typeof(byte), typeof(int))] = (Func<byte, int>)(v => v),
        [(typeof(ushort), typeof(int))] = (Func<ushort, int>)(v => v),
        [(typeof(int), typeof(long))] = (Func<int, long>)(v => v),
        [(typeof(short), typeof(long))] = (Func<short, long>)(v => v),
        [(typeof(sbyte), typeof(long))] = (Func<sbyte, long>)(v => v),
        [(typeof(byte), typeof(long))] = (Func<byte, long>)(v => v),
        [(typeof(ushort), typeof(long))] = (Func<ushort, long>)(v => v),
        [(typeof(uint), typeof(long))] = (Func<uint, long>)(v => v),
        [(typeof(float), typeof(double))] = (Func<float, double>)(v => v),
    };

    /// <summary>True when a column decoded as <paramref name="stored"/> (non-nullable form) can be read as <paramref name="target"/>.</summary>
    public static bool CanConvert(Type stored, Type target)
    {
        var value = Nullable.GetUnderlyingType(target) ?? target;
        return stored == value || Widenings.ContainsKey((stored, value));
    }

    /// <summary>The array as <typeparamref name="T"/>[], or null when the types are incompatible.</summary>
    /// <param name="stored">The decoded array.</param>
    /// <param name="nullAt">Makes the error for a null at an index when <typeparamref name="T"/> is a non-nullable value type.</param>
    public static T[]? Convert<T>(Array stored, Func<int, Exception> nullAt)
    {
        if (stored is T[] same)
        {
            return same;
        }

        var converter = Converters.GetOrAdd((stored.GetType().GetElementType()!, typeof(T)), Build);
        return converter is null ? null : ((Func<Array, Func<int, Exception>, T[]>)converter)(stored, nullAt);
    }

    private static Delegate? Build((Type From, Type To) types)
    {
        var fromValue = Nullable.GetUnderlyingType(types.From);
        var toValue = Nullable.GetUnderlyingType(types.To);
        var from = fromValue ?? types.From;
        var to = toValue ?? types.To;
        if (!from.IsValueType || !to.IsValueType || !CanConvert(from, to))
        {
            return null;
        }

        var name = (fromValue is null, toValue is null) switch
        {
            (true, true) => nameof(Map),
            (true, false) => nameof(MapToNullable),
            (false, true) => nameof(MapFromNullable),
            (false, false) => nameof(MapNullable),
        };
        var method = typeof(ColumnConverter).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(from, to);
        var element = from == to ? Identity(from) : Widenings[(from, to)];
        var resultType = typeof(Func<,,>).MakeGenericType(typeof(Array), typeof(Func<int, Exception>), types.To.MakeArrayType());
        return method.CreateDelegate(resultType, element);
    }

    private static Delegate Identity(Type type) =>
        typeof(ColumnConverter).GetMethod(nameof(Same), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type)
            .CreateDelegate(typeof(Func<,>).MakeGenericType(type, type));

    private static T Same<T>(T value) => value;

    private static TTo[] Map<TFrom, TTo>(Func<TFrom, TTo> convert, Array stored, Func<int, Exception> nullAt)
    {
        var source = (TFrom[])stored;
        var result = new TTo[source.Length];
        for (var i = 0; i < source.Length; i++)
        {
            result[i] = convert(source[i]);
        }

        return result;
    }

    private static TTo?[] MapToNullable<TFrom, TTo>(Func<TFrom, TTo> convert, Array stored, Func<int, Exception> nullAt)
        where TTo : struct
    {
        var source = (TFrom[])stored;
        var result = new TTo?[source.Length];
        for (var i = 0; i < source.Length; i++)
        {
            result[i] = convert(source[i]);
        }

        return result;
    }

    private static TTo[] MapFromNullable<TFrom, TTo>(Func<TFrom, TTo> convert, Array stored, Func<int, Exception> nullAt)
        where TFrom : struct
    {
        var source = (TFrom?[])stored;
        var result = new TTo[source.Length];
        for (var i = 0; i < source.Length; i++)
        {
            result[i] = source[i] is { } value ? convert(value) : throw nullAt(i);
        }

        return result;
    }

    private static TTo?[] MapNullable<TFrom, TTo>(Func<TFrom, TTo> convert, Array stored, Func<int, Exception> nullAt)
        where TFrom : struct
        where TTo : struct
    {
        var source = (TFrom?[])stored;
        var result = new TTo?[source.Length];
        for (var i = 0; i < source.Length; i++)
        {
            result[i] = source[i] is { } value ? convert(value) : null;
        }

        return result;
    }
}
