using System.Buffers.Binary;
using SupervisionModels.Data.Writing;

namespace SupervisionModels.Data.Tests;

/// <summary>A page of a Parquet file's bytes: where it starts, its header, and its column.</summary>
internal sealed record PageSpot(string Column, long Start, int HeaderLength, long PayloadLength, ThriftTree Header)
{
    public const short DataPageHeader = 5, DictionaryPageHeader = 7, DataPageV2Header = 8;

    /// <summary>The struct holding the page's num_values (field 1): the data, dictionary or v2 header.</summary>
    public ThriftTree? ValuesHeader => Header.Struct(DataPageHeader) ?? Header.Struct(DictionaryPageHeader) ?? Header.Struct(DataPageV2Header);
}

/// <summary>
/// Finds the pages and footer in a Parquet file's bytes and rewrites integers in a page header in place, keeping the
/// header's length (a varint written with padding bytes), so that damage tests change one field and nothing else. Shared
/// by the corruption tests here and the fuzz test of the CLI tests (linked there).
/// </summary>
internal static class ParquetPages
{
    public static (long Start, int Length) Footer(byte[] file)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(file.Length - 8));
        return (file.Length - 8 - length, length);
    }

    public static ThriftTree FooterTree(byte[] file)
    {
        var (start, length) = Footer(file);
        return ThriftTree.Read(file.AsSpan((int)start, length), out _);
    }

    /// <summary>Every page of every column chunk, in file order.</summary>
    public static List<PageSpot> Pages(byte[] file)
    {
        var pages = new List<PageSpot>();
        foreach (var chunk in FooterTree(file).Structs(4).SelectMany(g => g.Structs(1)))
        {
            var meta = chunk.Struct(3)!;
            var column = string.Join(".", meta.Texts(3));
            var data = meta.Int(9)!.Value;
            var start = meta.Int(11) is long d && d > 0 && d < data ? d : data;
            var end = start + meta.Int(7)!.Value;
            for (var position = start; position < end;)
            {
                var header = ThriftTree.Read(file.AsSpan((int)position), out var headerLength);
                var payload = header.Int(3)!.Value;
                pages.Add(new PageSpot(column, position, headerLength, payload, header));
                position += headerLength + payload;
            }
        }

        return pages;
    }

    /// <summary>Sets integer field <paramref name="id"/> of <paramref name="holder"/> (the page header or a struct in it)
    /// to <paramref name="value"/> in <paramref name="file"/>, in the bytes the field already takes. False when the field
    /// is absent or the value needs more bytes.</summary>
    public static bool TrySetInt(byte[] file, PageSpot page, ThriftTree holder, short id, long value)
    {
        if (holder.Int(id) is not { } original)
        {
            return false;
        }

        var same = page.Header.ToBytes();
        holder.Replace(id, original + 1);
        var bumped = page.Header.ToBytes();
        holder.Replace(id, original);
        if (same.Length != page.HeaderLength || !same.AsSpan().SequenceEqual(file.AsSpan((int)page.Start, page.HeaderLength)))
        {
            return false; // the writer encoded the header differently from us: do not guess where the field is
        }

        var at = 0;
        while (same[at] == bumped[at])
        {
            at++;
        }

        var width = 1;
        while ((same[at + width - 1] & 0x80) != 0)
        {
            width++;
        }

        var zigzag = (ulong)((value << 1) ^ (value >> 63));
        if (width < 10 && zigzag >> (7 * width) != 0)
        {
            return false;
        }

        for (var i = 0; i < width; i++)
        {
            var b = (byte)((zigzag >> (7 * i)) & 0x7F);
            file[page.Start + at + i] = i < width - 1 ? (byte)(b | 0x80) : b;
        }

        return true;
    }

    /// <summary>The largest value a field's varint of <paramref name="width"/> bytes can hold.</summary>
    public static long MaxFor(int width) => width >= 9 ? long.MaxValue : (1L << (7 * width - 1)) - 1;

    /// <summary>The width in bytes of an integer field's varint in the header.</summary>
    public static int WidthOf(ThriftTree holder, short id)
    {
        var zigzag = (ulong)((holder.Int(id)!.Value << 1) ^ (holder.Int(id)!.Value >> 63));
        var width = 1;
        while (zigzag >= 0x80)
        {
            zigzag >>= 7;
            width++;
        }

        return width;
    }
}
