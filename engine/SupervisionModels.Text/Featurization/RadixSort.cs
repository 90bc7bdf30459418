namespace SupervisionModels.Text.Featurization;

/// <summary>
/// Sorts hashed feature indices (non-negative, below 2^bits) in linear time. A 2 KB text has about 4,000 n-grams;
/// a comparison sort of them took most of the featurisation time, two counting passes of 11 bits take a fraction.
/// </summary>
internal static class RadixSort
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;

    /// <summary>Sorts <paramref name="keys"/> ascending, using <paramref name="temp"/> (at least as long) as the second buffer.</summary>
    public static void Sort(Span<int> keys, Span<int> temp, int bits)
    {
        if (keys.Length < 64)
        {
            keys.Sort();
            return;
        }

        Span<int> counts = stackalloc int[Buckets];
        var source = keys;
        var target = temp[..keys.Length];
        for (var shift = 0; shift < bits; shift += DigitBits)
        {
            counts.Clear();
            foreach (var key in source)
            {
                counts[(key >> shift) & (Buckets - 1)]++;
            }

            var total = 0;
            for (var b = 0; b < Buckets; b++)
            {
                var count = counts[b];
                counts[b] = total;
                total += count;
            }

            foreach (var key in source)
            {
                target[counts[(key >> shift) & (Buckets - 1)]++] = key;
            }

            var swap = source;
            source = target;
            target = swap;
        }

        // After an odd number of passes the sorted keys sit in the second buffer.
        if (source != keys)
        {
            source.CopyTo(keys);
        }
    }
}
