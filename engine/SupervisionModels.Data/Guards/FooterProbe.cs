using System.Globalization;
using Microsoft.Win32.SafeHandles;

namespace SupervisionModels.Data.Guards;

/// <summary>
/// Decides why Parquet.Net could not open a file. The footer is parsed with our own bounds-checked Thrift reader: if it
/// is not valid Thrift, or its schema breaks the format (an unknown physical type, a negative child count), the file is
/// corrupt; if it is sound, the file uses something Parquet.Net does not read, which we name when we can.
/// </summary>
internal static class FooterProbe
{
    private const int MaxPhysicalType = 7; // BOOLEAN … FIXED_LEN_BYTE_ARRAY
    private const int MaxRepetition = 2; // REQUIRED, OPTIONAL, REPEATED
    private const short LogicalTypeField = 10;
    private const short Float16Logical = 15;

    public static FileProblem Explain(string path, Exception openError)
    {
        ThriftStruct footer;
        try
        {
            using var file = File.OpenHandle(path);
            var length = RandomAccess.GetLength(file);
            var head = new byte[4];
            if (length < 12 || RandomAccess.Read(file, head, 0) != 4 || !head.AsSpan().SequenceEqual("PAR1"u8))
            {
                return FileProblem.Corrupt("not a Parquet file (no PAR1 magic bytes at the start)", openError);
            }

            var start = ChunkGuard.FooterStart(file, length);
            footer = ParseFooter(file, start, (int)(length - 8 - start));
        }
        catch (FileProblem problem)
        {
            return problem;
        }
        catch (FormatException e)
        {
            return FileProblem.Corrupt($"the file metadata is not valid Thrift ({e.Message})", openError);
        }

        if (SchemaProblem(footer) is { } broken)
        {
            return FileProblem.Corrupt(broken, openError);
        }

        if (Float16Column(footer) is { } column)
        {
            return FileProblem.Unsupported($"FLOAT16 logical type (column '{column}')", openError);
        }

        return FileProblem.Unsupported($"Parquet.Net cannot read this file's metadata or schema ({FirstLine(openError.Message)})", openError);
    }

    private static ThriftStruct ParseFooter(SafeFileHandle file, long start, int length)
    {
        var bytes = new byte[length];
        if (RandomAccess.Read(file, bytes, start) != length)
        {
            throw FileProblem.Corrupt("the file ends inside its footer");
        }

        return new ThriftCompact(bytes).ReadStruct();
    }

    private static string? SchemaProblem(ThriftStruct footer)
    {
        var elements = footer.Structs(2).ToList();
        if (elements.Count == 0)
        {
            return "the file metadata has no schema";
        }

        if (footer.Int(3) is < 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the file metadata has a negative row count ({footer.Int(3)})");
        }

        foreach (var element in elements)
        {
            var name = element.Text(4) ?? "?";
            if (element.Int(1) is { } type && (type < 0 || type > MaxPhysicalType))
            {
                return string.Create(CultureInfo.InvariantCulture, $"schema element '{name}' has invalid physical type {type}");
            }

            if (element.Int(3) is { } repetition && (repetition < 0 || repetition > MaxRepetition))
            {
                return string.Create(CultureInfo.InvariantCulture, $"schema element '{name}' has invalid repetition {repetition}");
            }

            if (element.Int(5) is < 0)
            {
                return string.Create(CultureInfo.InvariantCulture, $"schema element '{name}' has a negative child count");
            }
        }

        return null;
    }

    private static string? Float16Column(ThriftStruct footer) =>
        footer.Structs(2).FirstOrDefault(e => e.Struct(LogicalTypeField)?.Fields.ContainsKey(Float16Logical) == true)?.Text(4);

    internal static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }
}
