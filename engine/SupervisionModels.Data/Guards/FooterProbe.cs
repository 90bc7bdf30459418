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

        // The footer is sound Thrift with the fields the format requires, yet Parquet.Net cannot build a schema from it.
        // Parquet.Net reads every file it writes, so for one of its own files (ours) the metadata is damaged, and the
        // library's message is not shown to users. Files of other writers can hold metadata Parquet.Net does not read
        // (a map without values; a dictionary_page_offset of 0 its Thrift reader rejects), and those stay "unsupported".
        var ours = footer.Text(6)?.StartsWith("Parquet.Net", StringComparison.Ordinal) == true;
        var damaged = ours && openError is not (NotSupportedException or NotImplementedException);
        return !damaged
            ? FileProblem.Unsupported($"Parquet.Net cannot read this file's metadata or schema ({FirstLine(openError.Message)})", openError)
            : FileProblem.Corrupt("expected the file metadata (the footer) to describe a schema and row groups, found fields that do not fit together", openError);
    }

    private static ThriftStruct ParseFooter(SafeFileHandle file, long start, int length)
    {
        var bytes = new byte[length];
        if (RandomAccess.Read(file, bytes, start) != length)
        {
            throw FileProblem.Corrupt("the file ends inside its footer");
        }

        var reader = new ThriftCompact(bytes);
        var footer = reader.ReadStruct();
        if (reader.Position != length)
        {
            throw FileProblem.Corrupt(string.Create(CultureInfo.InvariantCulture, $"expected the file metadata to take the footer's {length} bytes (from byte offset {start}), found it ends after {reader.Position}"));
        }

        return footer;
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

        if (Missing(footer, "the file metadata", 1, 2, 3, 4) is { } missing)
        {
            return missing;
        }

        var groupIndex = 0;
        foreach (var group in footer.Structs(4))
        {
            if (Missing(group, $"row group {groupIndex}", 1, 2, 3) is { } noField)
            {
                return noField;
            }

            foreach (var chunk in group.Structs(1))
            {
                if (chunk.Struct(3) is { } meta && Missing(meta, $"a column chunk of row group {groupIndex}", 1, 2, 3, 4, 5, 6, 7, 9) is { } noMeta)
                {
                    return noMeta;
                }
            }

            groupIndex++;
        }

        foreach (var element in elements)
        {
            if (element.Text(4) is null)
            {
                return "a schema element has no name";
            }

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

    /// <summary>The first of the fields the format requires that a struct lacks, as a message.</summary>
    private static string? Missing(ThriftStruct value, string what, params short[] required) =>
        required.FirstOrDefault(id => !value.Fields.ContainsKey(id)) is var id and not 0
            ? string.Create(CultureInfo.InvariantCulture, $"expected {what} to have its required field {id}, found none")
            : null;

    private static string? Float16Column(ThriftStruct footer) =>
        footer.Structs(2).FirstOrDefault(e => e.Struct(LogicalTypeField)?.Fields.ContainsKey(Float16Logical) == true)?.Text(4);

    internal static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }
}
