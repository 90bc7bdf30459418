using System.Text;
using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.Text;

/// <summary>
/// A StringBuilder with a random source: appends one of several phrasings, so that no two documents read the same.
/// Not thread-safe. The buffer is borrowed from a per-thread cache and given back by <see cref="Take"/>, because a city
/// writes a million documents and a fresh 16 KB buffer for each was most of the generator's garbage.
/// </summary>
internal sealed class Composer(Rng rng)
{
    [ThreadStatic]
    private static StringBuilder? t_cached;

    private StringBuilder? _builder;

    private StringBuilder _sb => _builder ??= Rent();

    public Rng Rng { get; } = rng;

    public int Length => _builder?.Length ?? 0;

    public Composer Add(string text)
    {
        _sb.Append(text);
        return this;
    }

    public Composer Add(char c)
    {
        _sb.Append(c);
        return this;
    }

    /// <summary>Appends one of <paramref name="options"/>.</summary>
    public Composer One(params ReadOnlySpan<string> options)
    {
        _sb.Append(options[Rng.Next(options.Length)]);
        return this;
    }

    /// <summary>Appends <paramref name="text"/> with probability <paramref name="p"/>.</summary>
    public Composer Maybe(double p, string text)
    {
        if (Rng.Chance(p))
        {
            _sb.Append(text);
        }

        return this;
    }

    public Composer Line() => Add('\n');

    public Composer Date(DateOnly d) => Add(ChineseFormat.Date(d));

    public Composer Yuan(decimal amount) => Add(Rng.Chance(0.3) ? ChineseFormat.WanOrYuan(amount) : ChineseFormat.Yuan(amount));

    public bool Chance(double p) => Rng.Chance(p);

    /// <summary>The text so far; the composer starts again empty (with a fresh buffer if this one went back to the cache).</summary>
    public string Take()
    {
        var sb = _sb;
        var s = sb.ToString();
        sb.Clear();
        _builder = null;
        if (sb.Capacity <= 32_768)
        {
            t_cached = sb;
        }

        return s;
    }

    private static StringBuilder Rent()
    {
        var sb = t_cached;
        t_cached = null;
        return sb ?? new StringBuilder(8192);
    }
}
