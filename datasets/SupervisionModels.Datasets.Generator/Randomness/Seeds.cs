namespace SupervisionModels.Datasets.Generator.Randomness;

/// <summary>
/// Derives independent seeds from the run seed, a stream name and an index, so that every chunk, slot or entity can be
/// generated on any thread, in any order, and come out the same. String hashing is FNV-1a over the UTF-16 code units
/// (never <see cref="string.GetHashCode()"/>, which is randomised per process).
/// </summary>
internal static class Seeds
{
    public static ulong Derive(int seed, string stream, long index)
    {
        var h = 14695981039346656037UL;
        foreach (var c in stream)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return Mix(Mix(h ^ (ulong)(uint)seed) ^ (ulong)index);
    }

    /// <summary>A well-mixed hash of a 64-bit value (the SplitMix64 finaliser).</summary>
    public static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
