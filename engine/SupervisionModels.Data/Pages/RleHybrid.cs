namespace SupervisionModels.Data.Pages;

/// <summary>
/// Decodes Parquet's RLE / bit-packed hybrid (definition levels and dictionary indices): runs of one repeated value
/// and groups of eight bit-packed values, least significant bit first.
/// </summary>
internal static class RleHybrid
{
    /// <summary>Decodes exactly <paramref name="output"/>.Length values of <paramref name="bitWidth"/> bits.</summary>
    /// <exception cref="FormatException">The data ends before that many values, or a run is malformed.</exception>
    public static void Decode(ReadOnlySpan<byte> data, int bitWidth, Span<int> output)
    {
        if (bitWidth is < 0 or > 32)
        {
            throw new FormatException($"bit width {bitWidth} is outside 0..32");
        }

        var position = 0;
        var produced = 0;
        var valueBytes = (bitWidth + 7) / 8;
        while (produced < output.Length)
        {
            var header = ReadVarint(data, ref position);
            if ((header & 1) == 0)
            {
                var count = header >> 1;
                if (position + valueBytes > data.Length)
                {
                    throw new FormatException("an RLE run ends after the page data");
                }

                var value = 0;
                for (var b = 0; b < valueBytes; b++)
                {
                    value |= data[position + b] << (8 * b);
                }

                position += valueBytes;
                var take = (int)Math.Min(count, (ulong)(output.Length - produced));
                output.Slice(produced, take).Fill(value);
                produced += take;
            }
            else
            {
                var groups = header >> 1;
                var bytes = (long)groups * bitWidth;
                if (bytes > data.Length - position)
                {
                    // Writers may cut the last bit-packed group short: decode what is there.
                    bytes = data.Length - position;
                }

                var values = (int)Math.Min((ulong)groups * 8, (ulong)(output.Length - produced));
                Unpack(data.Slice(position, (int)bytes), bitWidth, output.Slice(produced, values));
                position += (int)bytes;
                produced += values;
            }
        }
    }

    private static void Unpack(ReadOnlySpan<byte> data, int bitWidth, Span<int> output)
    {
        if (bitWidth == 0)
        {
            output.Clear();
            return;
        }

        if ((long)output.Length * bitWidth > (long)data.Length * 8)
        {
            throw new FormatException("a bit-packed run ends after the page data");
        }

        var mask = bitWidth == 32 ? ulong.MaxValue >> 32 : (1UL << bitWidth) - 1;
        ulong buffer = 0;
        var bits = 0;
        var position = 0;
        for (var i = 0; i < output.Length; i++)
        {
            while (bits < bitWidth)
            {
                buffer |= (ulong)data[position++] << bits;
                bits += 8;
            }

            output[i] = (int)(buffer & mask);
            buffer >>= bitWidth;
            bits -= bitWidth;
        }
    }

    /// <summary>An unsigned LEB128 varint.</summary>
    public static ulong ReadVarint(ReadOnlySpan<byte> data, ref int position)
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= data.Length)
            {
                throw new FormatException("a varint ends after the page data");
            }

            var b = data[position++];
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw new FormatException("a varint is longer than 10 bytes");
    }
}
