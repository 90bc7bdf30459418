using System.Buffers;
using System.Text;

namespace SupervisionModels.Runtime.Text;

/// <summary>
/// Finds every term of one or more keyword sets in a text in a single pass, with <see cref="SearchValues{T}"/> of
/// strings (vectorised multi-string search) rather than one IndexOf per term. Texts holding full-width letters or
/// digits are NFKC-folded first, as the terms are.
/// </summary>
public sealed class KeywordMatcher
{
    private readonly SearchValues<string> _search;
    private readonly string[] _terms;
    private readonly Dictionary<char, int[]> _termsByFirstChar;

    /// <summary>Creates a matcher for <paramref name="terms"/> (already NFKC-folded, distinct, non-empty).</summary>
    public KeywordMatcher(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        _terms = terms.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        _search = SearchValues.Create(_terms, StringComparison.Ordinal);

        // Longest first, so that at a position the longest term is reported (车牌额度 before 车牌).
        _termsByFirstChar = _terms
            .Select((t, i) => (t, i))
            .GroupBy(x => x.t[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(x => x.t.Length).Select(x => x.i).ToArray());
    }

    /// <summary>The terms, indexed as in <see cref="KeywordHit.Term"/>.</summary>
    public IReadOnlyList<string> Terms => _terms;

    /// <summary>Folds full-width ASCII forms when present; other texts are returned as they are, without copying.</summary>
    public static string Fold(string text) =>
        text.AsSpan().IndexOfAnyInRange('\uFF01', '\uFF5E') >= 0 ? text.Normalize(NormalizationForm.FormKC) : text;

    /// <summary>True when any term occurs in <paramref name="text"/>.</summary>
    public bool ContainsAny(ReadOnlySpan<char> text) => _terms.Length > 0 && text.IndexOfAny(_search) >= 0;

    /// <summary>
    /// Every occurrence of every term, in text order; at one position every term that starts there, longest first
    /// (a matcher shared by several keyword sets must not hide 车牌 behind 车牌额度). Stops after <paramref name="maxHits"/> hits.
    /// </summary>
    public List<KeywordHit> FindAll(ReadOnlySpan<char> text, int maxHits = 64)
    {
        var hits = new List<KeywordHit>();
        if (_terms.Length == 0)
        {
            return hits;
        }

        var offset = 0;
        while (offset < text.Length && hits.Count < maxHits)
        {
            var rest = text[offset..];
            var i = rest.IndexOfAny(_search);
            if (i < 0)
            {
                break;
            }

            var position = offset + i;
            if (_termsByFirstChar.TryGetValue(text[position], out var candidates))
            {
                foreach (var t in candidates)
                {
                    if (text[position..].StartsWith(_terms[t], StringComparison.Ordinal))
                    {
                        hits.Add(new KeywordHit(t, position, _terms[t].Length));
                    }
                }
            }

            offset = position + 1;
        }

        return hits;
    }
}

/// <summary>One occurrence of a term.</summary>
/// <param name="Term">The term's index in <see cref="KeywordMatcher.Terms"/>.</param>
/// <param name="Position">The character offset in the (folded) text.</param>
/// <param name="Length">The term's length.</param>
public readonly record struct KeywordHit(int Term, int Position, int Length);
