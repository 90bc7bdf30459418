namespace SupervisionModels.Data.Writing;

/// <summary>
/// A Thrift compact-protocol struct read with the wire types kept, so that it can be written back after a few integer
/// fields are changed (<see cref="PageChecksums"/> adds page CRCs and moves the footer's offsets). Only for our own
/// files, just written: input that is not valid compact Thrift fails with <see cref="FormatException"/>.
/// </summary>
internal sealed class ThriftTree
{
    private const byte TypeTrue = 1;
    private const byte TypeFalse = 2;
    private const byte TypeI32 = 5;
    private const byte TypeI64 = 6;

    public List<(short Id, byte Type, object Value)> Fields { get; } = [];

    public long? Int(short id) => Find(id) is { } i && Fields[i].Value is long v ? v : null;

    public ThriftTree? Struct(short id) => Find(id) is { } i ? Fields[i].Value as ThriftTree : null;

    public IEnumerable<ThriftTree> Structs(short id) =>
        Find(id) is { } i && Fields[i].Value is Sequence list ? list.Items.OfType<ThriftTree>() : [];

    public IEnumerable<string> Texts(short id) =>
        Find(id) is { } i && Fields[i].Value is Sequence list ? list.Items.OfType<byte[]>().Select(b => System.Text.Encoding.UTF8.GetString(b)) : [];

    /// <summary>Replaces an integer field that is there; does nothing when it is absent.</summary>
    public void Replace(short id, long value)
    {
        if (Find(id) is { } i)
        {
            Fields[i] = (id, Fields[i].Type, value);
        }
    }

    /// <summary>Sets an i32 field, adding it in field-id order when absent.</summary>
    public void SetI32(short id, int value)
    {
        if (Find(id) is { } i)
        {
            Fields[i] = (id, TypeI32, (long)value);
            return;
        }

        var at = Fields.FindIndex(f => f.Id > id);
        Fields.Insert(at < 0 ? Fields.Count : at, (id, TypeI32, (long)value));
    }

    public static ThriftTree Read(ReadOnlySpan<byte> data, out int length)
    {
        var reader = new Reader(data);
        var tree = reader.ReadStruct(0);
        length = reader.Position;
        return tree;
    }

    public byte[] ToBytes()
    {
        var output = new List<byte>(256);
        Write(output, this);
        return [.. output];
    }

    private int? Find(short id)
    {
        var i = Fields.FindIndex(f => f.Id == id);
        return i < 0 ? null : i;
    }

    private static void Write(List<byte> output, ThriftTree tree)
    {
        short last = 0;
        foreach (var (id, type, value) in tree.Fields)
        {
            var wire = type is TypeTrue or TypeFalse ? ((bool)value ? TypeTrue : TypeFalse) : type;
            var delta = id - last;
            if (delta is > 0 and <= 15)
            {
                output.Add((byte)((delta << 4) | wire));
            }
            else
            {
                output.Add(wire);
                Varint(output, ZigZag(id));
            }

            if (type is not (TypeTrue or TypeFalse))
            {
                WriteValue(output, type, value);
            }

            last = id;
        }

        output.Add(0);
    }

    private static void WriteValue(List<byte> output, byte type, object value)
    {
        switch (type)
        {
            case TypeTrue or TypeFalse:
                output.Add((bool)value ? (byte)1 : (byte)0);
                break;
            case 3:
                output.Add(unchecked((byte)(long)value));
                break;
            case 4 or TypeI32 or TypeI64:
                Varint(output, ZigZag((long)value));
                break;
            case 7 or 8:
                var bytes = (byte[])value;
                if (type == 8)
                {
                    Varint(output, (ulong)bytes.Length);
                }

                output.AddRange(bytes);
                break;
            case 9 or 10:
                var list = (Sequence)value;
                if (list.Items.Count < 15)
                {
                    output.Add((byte)((list.Items.Count << 4) | list.ElementType));
                }
                else
                {
                    output.Add((byte)(0xF0 | list.ElementType));
                    Varint(output, (ulong)list.Items.Count);
                }

                foreach (var item in list.Items)
                {
                    WriteValue(output, list.ElementType, item);
                }

                break;
            case 11:
                var map = (Map)value;
                Varint(output, (ulong)(map.Items.Count / 2));
                if (map.Items.Count > 0)
                {
                    output.Add((byte)((map.KeyType << 4) | map.ValueType));
                    for (var i = 0; i < map.Items.Count; i += 2)
                    {
                        WriteValue(output, map.KeyType, map.Items[i]);
                        WriteValue(output, map.ValueType, map.Items[i + 1]);
                    }
                }

                break;
            case 12:
                Write(output, (ThriftTree)value);
                break;
            default:
                throw new FormatException($"unknown Thrift type {type}");
        }
    }

    private static void Varint(List<byte> output, ulong value)
    {
        while (value >= 0x80)
        {
            output.Add((byte)(value | 0x80));
            value >>= 7;
        }

        output.Add((byte)value);
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    /// <summary>A list or set: its element type and items.</summary>
    private sealed record Sequence(byte ElementType, List<object> Items);

    /// <summary>A map: key and value types, then key, value, key, value….</summary>
    private sealed record Map(byte KeyType, byte ValueType, List<object> Items);

    private ref struct Reader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;

        public int Position { get; private set; }

        public ThriftTree ReadStruct(int depth)
        {
            if (depth > 32)
            {
                throw new FormatException("Thrift structures nested too deep");
            }

            var tree = new ThriftTree();
            short id = 0;
            while (true)
            {
                var header = ReadByte();
                var type = (byte)(header & 0x0F);
                if (type == 0)
                {
                    return tree;
                }

                var delta = header >> 4;
                id = delta != 0 ? (short)(id + delta) : checked((short)UnZigZag(ReadVarint()));
                tree.Fields.Add(type is TypeTrue or TypeFalse ? (id, type, type == TypeTrue) : (id, type, ReadValue(type, depth)));
            }
        }

        private object ReadValue(byte type, int depth)
        {
            switch (type)
            {
                case TypeTrue or TypeFalse:
                    return ReadByte() == 1;
                case 3:
                    return (long)(sbyte)ReadByte();
                case 4 or TypeI32 or TypeI64:
                    return UnZigZag(ReadVarint());
                case 7:
                    return Take(8);
                case 8:
                    return Take(checked((int)ReadVarint()));
                case 9 or 10:
                    var header = ReadByte();
                    var size = header >> 4;
                    if (size == 15)
                    {
                        size = checked((int)ReadVarint());
                    }

                    var elementType = (byte)(header & 0x0F);
                    var items = new List<object>(Math.Min(size, _data.Length));
                    for (var i = 0; i < size; i++)
                    {
                        items.Add(ReadValue(elementType, depth + 1));
                    }

                    return new Sequence(elementType, items);
                case 11:
                    var entries = checked((int)ReadVarint());
                    if (entries == 0)
                    {
                        return new Map(0, 0, []);
                    }

                    var types = ReadByte();
                    var map = new Map((byte)(types >> 4), (byte)(types & 0x0F), []);
                    for (var i = 0; i < entries; i++)
                    {
                        map.Items.Add(ReadValue(map.KeyType, depth + 1));
                        map.Items.Add(ReadValue(map.ValueType, depth + 1));
                    }

                    return map;
                case 12:
                    return ReadStruct(depth + 1);
                default:
                    throw new FormatException($"unknown Thrift type {type}");
            }
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

            throw new FormatException("Thrift varint longer than 10 bytes");
        }

        private static long UnZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);

        private byte ReadByte() =>
            Position < _data.Length ? _data[Position++] : throw new FormatException("Thrift data ends early");

        private byte[] Take(int count)
        {
            if (count < 0 || count > _data.Length - Position)
            {
                throw new FormatException("Thrift data ends early");
            }

            var bytes = _data.Slice(Position, count).ToArray();
            Position += count;
            return bytes;
        }
    }
}
