using System.Runtime.CompilerServices;

namespace SupervisionModels.Datasets.Generator.Randomness;

/// <summary>
/// xoshiro256** seeded through SplitMix64: small, fast and — unlike <see cref="Random"/> — specified, so the same
/// seed gives the same stream on every .NET version and machine. Not thread-safe: every chunk of work derives its own.
/// </summary>
internal sealed class Rng
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Rng(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>A generator for one named stream and index (a chunk, a slot, an entity) of a run seed.</summary>
    public static Rng For(int seed, string stream, long index = 0) => new(Seeds.Derive(seed, stream, index));

    public ulong NextULong()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>) (Lemire's multiply-shift; bias below 2^-32).</summary>
    public int Next(int maxExclusive)
    {
        if (maxExclusive <= 1)
        {
            return 0;
        }

        return (int)((NextULong() >> 32) * (ulong)maxExclusive >> 32);
    }

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    /// <summary>A uniform long in [0, <paramref name="maxExclusive"/>).</summary>
    public long NextLong(long maxExclusive) => maxExclusive <= 1 ? 0 : (long)(NextULong() % (ulong)maxExclusive);

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>One of <paramref name="items"/>, uniformly.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>
    /// One of <paramref name="items"/>, uniformly. Inline lists (<c>rng.Pick(["a", "b"])</c>) bind here and live on the
    /// stack: the text writers call this millions of times, and a heap array per call was a large share of the garbage.
    /// </summary>
    public T Pick<T>(ReadOnlySpan<T> items) => items[Next(items.Length)];

    /// <summary>One of the arguments, uniformly.</summary>
    public string Pick(string a, string b) => Next(2) == 0 ? a : b;

    /// <summary>One of the arguments, uniformly.</summary>
    public string Pick(string a, string b, string c) => Next(3) switch { 0 => a, 1 => b, _ => c };

    /// <summary>A normally distributed value (Box–Muller).</summary>
    public double Normal(double mean, double sd)
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return mean + (sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
    }

    /// <summary>A log-normally distributed amount rounded to <paramref name="step"/>, clamped to [min, max].</summary>
    public decimal Amount(double median, double sigma, decimal step, decimal min, decimal max)
    {
        var v = median * Math.Exp(Normal(0, sigma));
        var d = Math.Round((decimal)v / step) * step;
        return Math.Clamp(d, min, max);
    }

    /// <summary>A uniform date in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public DateOnly Date(DateOnly from, DateOnly to) => from.AddDays(Next(to.DayNumber - from.DayNumber + 1));

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher–Yates).</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        var z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
