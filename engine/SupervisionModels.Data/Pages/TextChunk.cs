namespace SupervisionModels.Data.Pages;

/// <summary>
/// One column chunk of text as UTF-8 in place: the chunk's pages decompressed one after another into one buffer, and
/// per row the offset and length of its value there (dictionary entries are shared, not copied). Reused from chunk
/// to chunk, so reading allocates only when a chunk is larger than any before it.
/// </summary>
internal sealed class TextChunk
{
    private byte[] _bytes = [];
    private int _used;
    private int[] _starts = [];
    private int[] _lengths = [];

    /// <summary>The rows read.</summary>
    public int Count { get; private set; }

    /// <summary>The pages read (dictionary pages included), for tests and figures.</summary>
    public int Pages { get; internal set; }

    /// <summary>The value encodings met, for tests and figures.</summary>
    public HashSet<int> Encodings { get; } = [];

    /// <summary>True when the chunk had a data page v2.</summary>
    public bool HadDataPageV2 { get; internal set; }

    /// <summary>The decompressed pages; row values are slices of it.</summary>
    public ReadOnlySpan<byte> Buffer => _bytes.AsSpan(0, _used);

    /// <summary>The array behind <see cref="Buffer"/> (for APIs that want an array and an offset).</summary>
    public byte[] Array => _bytes;

    /// <summary>True when the row's value is null.</summary>
    public bool IsNull(int row) => _lengths[row] < 0;

    /// <summary>The row's UTF-8 bytes (empty for null).</summary>
    public ReadOnlySpan<byte> Value(int row) => _lengths[row] <= 0 ? default : _bytes.AsSpan(_starts[row], _lengths[row]);

    /// <summary>The row's offset in <see cref="Buffer"/>.</summary>
    public int Start(int row) => _starts[row];

    /// <summary>The row's length in bytes, -1 for null.</summary>
    public int Length(int row) => _lengths[row];

    /// <summary>Empties the chunk for <paramref name="rows"/> rows and at least <paramref name="bytes"/> of pages.</summary>
    internal void Reset(int rows, long bytes)
    {
        Count = 0;
        _used = 0;
        Pages = 0;
        HadDataPageV2 = false;
        Encodings.Clear();
        if (_starts.Length < rows)
        {
            _starts = new int[rows];
            _lengths = new int[rows];
        }

        Reserve(bytes);
    }

    /// <summary>Room for <paramref name="bytes"/> more bytes; returns where they start.</summary>
    internal int Append(int bytes)
    {
        Reserve(_used + (long)bytes);
        var start = _used;
        _used += bytes;
        return start;
    }

    /// <summary>The writable bytes of an appended region.</summary>
    internal Span<byte> Region(int start, int length) => _bytes.AsSpan(start, length);

    internal void AddNull()
    {
        _starts[Count] = 0;
        _lengths[Count++] = -1;
    }

    internal void Add(int start, int length)
    {
        _starts[Count] = start;
        _lengths[Count++] = length;
    }

    private void Reserve(long bytes)
    {
        if (bytes > System.Array.MaxLength)
        {
            throw new FormatException($"a column chunk of {bytes} bytes of text is more than one buffer holds");
        }

        if (bytes > _bytes.Length)
        {
            var grown = new byte[(int)Math.Min(System.Array.MaxLength, Math.Max(bytes, _bytes.Length * 3L / 2))];
            _bytes.AsSpan(0, _used).CopyTo(grown);
            _bytes = grown;
        }
    }
}
