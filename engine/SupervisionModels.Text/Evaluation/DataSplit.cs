namespace SupervisionModels.Text.Evaluation;

/// <summary>
/// Splits labelled texts into training and held-out parts by a fixed hash of each text, not by position: the split
/// does not depend on the order the data came in, adding examples never moves the others, and copies of one text
/// always land on the same side (so a duplicate cannot leak from training into the held-out part).
/// </summary>
public static class DataSplit
{
    /// <summary>True when <paramref name="example"/> belongs to the held-out part.</summary>
    /// <param name="example">The example.</param>
    /// <param name="heldOutFraction">The share of examples held out, from 0 to 1.</param>
    /// <param name="seed">Chooses one of many equally good splits.</param>
    public static bool IsHeldOut(LabelledText example, double heldOutFraction, int seed)
    {
        ArgumentNullException.ThrowIfNull(example);
        ArgumentOutOfRangeException.ThrowIfLessThan(heldOutFraction, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(heldOutFraction, 1.0);
        return Unit(example.Text, seed) < heldOutFraction;
    }

    /// <summary>True when the record with this <paramref name="key"/> (an id) belongs to the held-out part.</summary>
    public static bool IsHeldOut(string key, double heldOutFraction, int seed)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(heldOutFraction, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(heldOutFraction, 1.0);
        return Unit(key, seed) < heldOutFraction;
    }

    /// <summary>The training and held-out parts of <paramref name="data"/>, each in the order given.</summary>
    public static (IReadOnlyList<LabelledText> Train, IReadOnlyList<LabelledText> HeldOut) Split(IEnumerable<LabelledText> data, double heldOutFraction, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        var train = new List<LabelledText>();
        var heldOut = new List<LabelledText>();
        foreach (var example in data)
        {
            (IsHeldOut(example, heldOutFraction, seed) ? heldOut : train).Add(example);
        }

        return (train, heldOut);
    }

    /// <summary>FNV-1a over the seed and the text's code units, finalised, as a number in [0, 1).</summary>
    private static double Unit(string text, int seed)
    {
        var hash = 14695981039346656037UL ^ (uint)seed;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        return (hash >> 11) * (1.0 / (1UL << 53));
    }
}
