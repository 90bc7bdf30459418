namespace SupervisionModels.Data.Guards;

/// <summary>
/// A bounds-checked reader of the Thrift compact protocol, used to look at footers and page headers before Parquet.Net
/// decodes them. It never allocates more than the input it is given (a corrupt length cannot ask for gigabytes) and
/// limits nesting, so a hostile file fails fast with <see cref="FormatException"/> instead of looping or exhausting memory.
/// A struct is read into a <see cref="ThriftStruct"/> of field id → value (long, bool, double, byte[], List, ThriftStruct).
/// </summary>
internal ref struct ThriftCompact(ReadOnlySpan<byte> data)
{
    private const int MaxDepth = 32;

    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    /// <summary>Bytes consumed so far.</summary>
    public readonly int Position => _position;

    public ThriftStruct ReadStruct() => ReadStruct(0);

    private ThriftStruct ReadStruct(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new FormatException($"Thrift structures nested deeper than {MaxDepth} levels");
        }

        var result = new ThriftStruct();
        short fieldId = 0;
        while (true)
        {
            var header = ReadByte();
            var type = header & 0x0F;
            if (type == 0)
            {
                return result;
            }

            var delta = header >> 4;
            fieldId = delta != 0 ? (short)(fieldId + delta) : ReadFieldId();
            result.Fields[fieldId] = type switch
            {
                1 => true,
                2 => false,
                _ => ReadValue(type, depth),
            };
        }
    }

    /// <summary>A field id written in full; a damaged one can be any varint, and must fail as bad data rather than
    /// overflow.</summary>
    private short ReadFieldId()
    {
        var id = ZigZag(ReadVarint());
        return id is >= short.MinValue and <= short.MaxValue
            ? (short)id
            : throw new FormatException($"Thrift field id {id} out of range at byte {_position}");
    }

    private object ReadValue(int type, int depth) => type switch
    {
        1 or 2 => ReadByte() == 1,
        3 => (long)(sbyte)ReadByte(),
        4 or 5 or 6 => ZigZag(ReadVarint()),
        7 => BitConverter.ToDouble(Take(8)),
        8 => Take(ReadLength()).ToArray(),
        9 or 10 => ReadList(depth),
        11 => ReadMap(depth),
        12 => ReadStruct(depth + 1),
        _ => throw new FormatException($"unknown Thrift type {type} at byte {_position}"),
    };

    private List<object> ReadList(int depth)
    {
        var header = ReadByte();
        var size = header >> 4;
        if (size == 15)
        {
            size = ReadLength();
        }

        // Every element takes at least one byte, so a count beyond the remaining bytes cannot be satisfied.
        if (size > _data.Length - _position)
        {
            throw new ThriftEndOfDataException($"Thrift list of {size} elements in {_data.Length - _position} remaining bytes");
        }

        var elementType = header & 0x0F;
        var list = new List<object>(size);
        for (var i = 0; i < size; i++)
        {
            list.Add(ReadValue(elementType, depth + 1));
        }

        return list;
    }

    private List<object> ReadMap(int depth)
    {
        var size = ReadLength();
        var list = new List<object>();
        if (size == 0)
        {
            return list;
        }

        if (size > _data.Length - _position)
        {
            throw new ThriftEndOfDataException($"Thrift map of {size} entries in {_data.Length - _position} remaining bytes");
        }

        var types = ReadByte();
        for (var i = 0; i < size; i++)
        {
            list.Add(ReadValue(types >> 4, depth + 1));
            list.Add(ReadValue(types & 0x0F, depth + 1));
        }

        return list;
    }

    private int ReadLength()
    {
        var value = ReadVarint();
        if (value > (ulong)(_data.Length - _position))
        {
            throw new ThriftEndOfDataException($"Thrift length {value} beyond the {_data.Length - _position} remaining bytes");
        }

        return (int)value;
    }

    private ulong ReadVarint()
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = ReadByte();
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw new FormatException($"Thrift varint longer than 10 bytes at byte {_position}");
    }

    private static long ZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);

    private byte ReadByte()
    {
        if (_position >= _data.Length)
        {
            throw new ThriftEndOfDataException($"Thrift data ends after {_data.Length} bytes");
        }

        return _data[_position++];
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _data.Length - _position)
        {
            throw new ThriftEndOfDataException($"Thrift data ends after {_data.Length} bytes");
        }

        var span = _data.Slice(_position, count);
        _position += count;
        return span;
    }
}

/// <summary>A decoded Thrift struct: field id → value.</summary>
internal sealed class ThriftStruct
{
    public Dictionary<short, object> Fields { get; } = [];

    public long? Int(short id) => Fields.TryGetValue(id, out var v) && v is long l ? l : null;

    public ThriftStruct? Struct(short id) => Fields.TryGetValue(id, out var v) ? v as ThriftStruct : null;

    public IEnumerable<ThriftStruct> Structs(short id) =>
        Fields.TryGetValue(id, out var v) && v is List<object> list ? list.OfType<ThriftStruct>() : [];

    public string? Text(short id) => Fields.TryGetValue(id, out var v) && v is byte[] b ? System.Text.Encoding.UTF8.GetString(b) : null;
}

/// <summary>The Thrift data continues past the bytes given: read more, or, at the end of the region, the data is cut.</summary>
internal sealed class ThriftEndOfDataException(string message) : FormatException(message);
