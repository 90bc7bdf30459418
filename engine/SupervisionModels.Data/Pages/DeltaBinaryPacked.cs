namespace SupervisionModels.Data.Pages;

/// <summary>
/// Decodes DELTA_BINARY_PACKED integers, the lengths of a DELTA_LENGTH_BYTE_ARRAY page: a header (block size,
/// miniblocks per block, value count, first value), then blocks of a minimum delta, one bit width per miniblock and
/// the bit-packed deltas.
/// </summary>
internal static class DeltaBinaryPacked
{
    /// <summary>Decodes the values into <paramref name="output"/> (which must hold the header's count).</summary>
    /// <returns>The number of values and the bytes consumed.</returns>
    public static (int Count, int Consumed) Decode(ReadOnlySpan<byte> data, Span<int> output)
    {
        var position = 0;
        var blockSize = (long)RleHybrid.ReadVarint(data, ref position);
        var miniblocks = (long)RleHybrid.ReadVarint(data, ref position);
        var total = (long)RleHybrid.ReadVarint(data, ref position);
        var value = ZigZag(RleHybrid.ReadVarint(data, ref position));
        if (blockSize <= 0 || blockSize % 128 != 0 || miniblocks <= 0 || blockSize % miniblocks != 0 || (blockSize / miniblocks) % 32 != 0 || total > output.Length)
        {
            throw new FormatException($"DELTA_BINARY_PACKED header is not valid (block {blockSize}, miniblocks {miniblocks}, values {total} for {output.Length})");
        }

        var count = (int)total;
        if (count == 0)
        {
            return (0, position);
        }

        output[0] = checked((int)value);
        var produced = 1;
        var perMiniblock = (int)(blockSize / miniblocks);
        Span<byte> widths = stackalloc byte[(int)Math.Min(miniblocks, 1024)];
        if (miniblocks > widths.Length)
        {
            throw new FormatException($"DELTA_BINARY_PACKED block has {miniblocks} miniblocks");
        }

        while (produced < count)
        {
            var minDelta = ZigZag(RleHybrid.ReadVarint(data, ref position));
            if (position + widths.Length > data.Length)
            {
                throw new FormatException("DELTA_BINARY_PACKED bit widths end after the page data");
            }

            data.Slice(position, widths.Length).CopyTo(widths);
            position += widths.Length;
            for (var m = 0; m < widths.Length && produced < count; m++)
            {
                int width = widths[m];
                if (width > 64)
                {
                    throw new FormatException($"DELTA_BINARY_PACKED bit width {width}");
                }

                var bytes = perMiniblock * width / 8;
                if (position + bytes > data.Length)
                {
                    throw new FormatException("a DELTA_BINARY_PACKED miniblock ends after the page data");
                }

                var packed = data.Slice(position, bytes);
                var take = Math.Min(perMiniblock, count - produced);
                var bit = 0L;
                for (var i = 0; i < take; i++)
                {
                    var delta = ReadBits(packed, bit, width);
                    bit += width;
                    value += minDelta + (long)delta;
                    output[produced++] = checked((int)value);
                }

                position += bytes;
            }
        }

        return (count, position);
    }

    private static ulong ReadBits(ReadOnlySpan<byte> data, long bit, int width)
    {
        if (width == 0)
        {
            return 0;
        }

        ulong result = 0;
        var got = 0;
        var index = (int)(bit >> 3);
        var shift = (int)(bit & 7);
        while (got < width)
        {
            var available = 8 - shift;
            var take = Math.Min(available, width - got);
            var part = (ulong)((data[index] >> shift) & ((1 << take) - 1));
            result |= part << got;
            got += take;
            index++;
            shift = 0;
        }

        return result;
    }

    private static long ZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);
}
