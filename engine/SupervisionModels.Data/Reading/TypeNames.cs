using System.Globalization;
using Parquet.Schema;
using Meta = Parquet.Meta;

namespace SupervisionModels.Data.Reading;

/// <summary>Printable type names for messages: Parquet types as "PHYSICAL ANNOTATION", CLR types as C# spells them.</summary>
internal static class TypeNames
{
    public static string Parquet(DataField field)
    {
        var element = field.SchemaElement;
        if (element?.Type is not { } physical)
        {
            return "?";
        }

        var annotation = Annotation(element, physical);
        return annotation is null ? physical.ToString() : $"{physical} {annotation}";
    }

    /// <summary>The CLR type as C# writes it: <c>int</c>, <c>string</c>, <c>DateOnly?</c>.</summary>
    public static string Clr(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Clr(inner) + "?";
        }

        return type switch
        {
            _ when type == typeof(string) => "string",
            _ when type == typeof(int) => "int",
            _ when type == typeof(long) => "long",
            _ when type == typeof(short) => "short",
            _ when type == typeof(sbyte) => "sbyte",
            _ when type == typeof(byte) => "byte",
            _ when type == typeof(ushort) => "ushort",
            _ when type == typeof(uint) => "uint",
            _ when type == typeof(ulong) => "ulong",
            _ when type == typeof(float) => "float",
            _ when type == typeof(double) => "double",
            _ when type == typeof(decimal) => "decimal",
            _ when type == typeof(bool) => "bool",
            _ when type == typeof(byte[]) => "byte[]",
            _ => type.Name,
        };
    }

    /// <summary>What a record property of this type expects, e.g. "DATE (DateOnly)".</summary>
    public static string Expected(Type type)
    {
        var value = Nullable.GetUnderlyingType(type) ?? type;
        var parquet = value switch
        {
            _ when value == typeof(string) => "BYTE_ARRAY UTF8",
            _ when value == typeof(int) => "INT32",
            _ when value == typeof(long) => "INT64",
            _ when value == typeof(double) => "DOUBLE",
            _ when value == typeof(decimal) => "DECIMAL",
            _ when value == typeof(bool) => "BOOLEAN",
            _ when value == typeof(DateOnly) => "DATE",
            _ when value == typeof(DateTime) => "TIMESTAMP",
            _ => null,
        };
        return parquet is null ? Clr(value) : $"{parquet} ({Clr(value)})";
    }

    private static string? Annotation(Meta.SchemaElement element, Meta.Type physical)
    {
        var logical = element.LogicalType;
        var converted = element.ConvertedType;
        if (logical?.STRING is not null || converted == Meta.ConvertedType.UTF8)
        {
            return "UTF8";
        }

        if (logical?.DATE is not null || converted == Meta.ConvertedType.DATE)
        {
            return "DATE";
        }

        if (logical?.TIMESTAMP is { } timestamp)
        {
            return $"TIMESTAMP({Unit(timestamp.Unit)})";
        }

        if (logical?.TIME is { } time)
        {
            return $"TIME({Unit(time.Unit)})";
        }

        if (logical?.DECIMAL is { } dec)
        {
            return string.Create(CultureInfo.InvariantCulture, $"DECIMAL({dec.Precision},{dec.Scale})");
        }

        if (converted == Meta.ConvertedType.DECIMAL)
        {
            return string.Create(CultureInfo.InvariantCulture, $"DECIMAL({element.Precision},{element.Scale})");
        }

        if (logical?.INTEGER is { } integer)
        {
            var natural = integer.IsSigned && ((integer.BitWidth == 32 && physical == Meta.Type.INT32) || (integer.BitWidth == 64 && physical == Meta.Type.INT64));
            return natural ? null : string.Create(CultureInfo.InvariantCulture, $"INT({integer.BitWidth},{(integer.IsSigned ? "signed" : "unsigned")})");
        }

        if (logical?.FLOAT16 is not null)
        {
            return "FLOAT16";
        }

        if (logical?.UUID is not null)
        {
            return "UUID";
        }

        if (logical?.JSON is not null)
        {
            return "JSON";
        }

        if (logical?.ENUM is not null)
        {
            return "ENUM";
        }

        return converted switch
        {
            Meta.ConvertedType.INT_32 when physical == Meta.Type.INT32 => null,
            Meta.ConvertedType.INT_64 when physical == Meta.Type.INT64 => null,
            { } other => other.ToString(),
            null => null,
        };
    }

    private static string Unit(Meta.TimeUnit unit) => unit.MILLIS is not null ? "MILLIS" : unit.MICROS is not null ? "MICROS" : "NANOS";
}
