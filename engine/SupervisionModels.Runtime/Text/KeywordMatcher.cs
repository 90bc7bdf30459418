using System.Buffers;

namespace SupervisionModels.Runtime.Text;

/// <summary>
/// Finds every term of one or more keyword sets in a text in a single pass. Each term is anchored on its least common
/// character; one vectorised <see cref="SearchValues{T}"/> search over the anchor characters finds candidate
/// positions, and only there are the terms compared.
/// </summary>
/// <remarks>
/// Why not <c>SearchValues&lt;string&gt;</c>, the obvious choice: measured on this machine over Chinese judgment text
/// with 20 Chinese terms it ran at about 70 M characters/s, while anchoring on rare characters with
/// <c>SearchValues&lt;char&gt;</c> ran at about 1,800 M characters/s with the same hits. Full-width letters and digits
/// are folded to ASCII first (as keyword sets fold their terms), keeping every position.
/// </remarks>
public sealed class KeywordMatcher
{
    private readonly string[] _terms;
    private readonly SearchValues<char> _anchors;
    private readonly Dictionary<char, (int Term, int Offset)[]> _byAnchor;
    private readonly bool _hasAsciiTerms;

    /// <summary>Creates a matcher for <paramref name="terms"/> (already NFKC-folded, distinct, non-empty).</summary>
    public KeywordMatcher(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        _terms = terms.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var anchored = _terms.Select((term, index) =>
        {
            var offset = 0;
            for (var i = 1; i < term.Length; i++)
            {
                if (CharacterFrequency.Rarity(term[i]) > CharacterFrequency.Rarity(term[offset]))
                {
                    offset = i;
                }
            }

            return (Anchor: term[offset], Term: index, Offset: offset);
        }).ToArray();
        _byAnchor = anchored.GroupBy(a => a.Anchor).ToDictionary(g => g.Key, g => g.Select(a => (a.Term, a.Offset)).ToArray());
        _anchors = SearchValues.Create(_byAnchor.Keys.Order().ToArray());
        _hasAsciiTerms = _terms.Any(t => t.Any(char.IsAsciiLetterOrDigit));
    }

    /// <summary>The terms, indexed as in <see cref="KeywordHit.Term"/>.</summary>
    public IReadOnlyList<string> Terms => _terms;

    /// <summary>
    /// The text with full-width letters and digits (ＡＢＣ１２３) and sub- and superscript digits (the ₂ of N₂O, the ²
    /// of m²) turned into ASCII, as NFKC folds a keyword set's terms, when it has any; other texts are returned as they
    /// are, without copying. Every character folded is one code unit to one, so lengths and positions do not change.
    /// </summary>
    public static string Fold(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAnyInRange('\uFF10', '\uFF5A') < 0 && span.IndexOfAny(ScriptDigits) < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (dest, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                dest[i] = c switch
                {
                    (>= '\uFF10' and <= '\uFF19') or (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A') => (char)(c - 0xFEE0),
                    >= '\u2080' and <= '\u2089' => (char)('0' + (c - '\u2080')),
                    '\u2070' => '0',
                    >= '\u2074' and <= '\u2079' => (char)('0' + (c - '\u2070')),
                    '\u00B9' => '1',
                    '\u00B2' => '2',
                    '\u00B3' => '3',
                    _ => c,
                };
            }
        });
    }

    /// <summary>The sub- and superscript digits NFKC turns into ASCII digits: ₀–₉, ⁰, ⁴–⁹, ¹, ², ³.</summary>
    private static readonly SearchValues<char> ScriptDigits =
        SearchValues.Create("\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089\u2070\u2074\u2075\u2076\u2077\u2078\u2079\u00B9\u00B2\u00B3");

    /// <summary>True when folding could change what this matcher finds (it has terms with ASCII letters or digits).</summary>
    public bool NeedsFolding => _hasAsciiTerms;

    /// <summary>True when any term occurs in <paramref name="text"/>.</summary>
    public bool ContainsAny(ReadOnlySpan<char> text) => FindAll(text, 1).Count > 0;

    /// <summary>
    /// Every occurrence of every term, in text order (by position, then longer terms first); overlapping occurrences
    /// of different terms are all reported. Stops after about <paramref name="maxHits"/> hits.
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
            var i = text[offset..].IndexOfAny(_anchors);
            if (i < 0)
            {
                break;
            }

            var anchor = offset + i;
            foreach (var (term, termOffset) in _byAnchor[text[anchor]])
            {
                var start = anchor - termOffset;
                var word = _terms[term];
                if (start >= 0 && start + word.Length <= text.Length && text.Slice(start, word.Length).SequenceEqual(word))
                {
                    hits.Add(new KeywordHit(term, start, word.Length));
                }
            }

            offset = anchor + 1;
        }

        // Anchors sit at different offsets within their terms, so hits arrive slightly out of order.
        hits.Sort(static (a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : b.Length.CompareTo(a.Length));
        return hits;
    }
}

/// <summary>One occurrence of a term.</summary>
/// <param name="Term">The term's index in <see cref="KeywordMatcher.Terms"/>.</param>
/// <param name="Position">The character offset in the (folded) text.</param>
/// <param name="Length">The term's length.</param>
public readonly record struct KeywordHit(int Term, int Position, int Length);
