using System.Text;
using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.Text;

/// <summary>
/// A StringBuilder with a random source: appends one of several phrasings, so that no two documents read the same.
/// One per thread; <see cref="Take"/> returns the text and clears the buffer for the next document.
/// </summary>
internal sealed class Composer(Rng rng)
{
    private readonly StringBuilder _sb = new(8192);

    public Rng Rng { get; } = rng;

    public int Length => _sb.Length;

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

    public string Take()
    {
        var s = _sb.ToString();
        _sb.Clear();
        return s;
    }
}
