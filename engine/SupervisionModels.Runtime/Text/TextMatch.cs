using System.Text;

namespace SupervisionModels.Runtime.Text;

/// <summary>
/// The outcome of a keyword condition for one record: the words found, an excerpt around them (the text itself is not
/// kept), the classifier's probability when one was used, and the weight factor it implies.
/// </summary>
/// <param name="MatchedWords">Distinct matched terms, in order of first occurrence.</param>
/// <param name="Excerpt">About 40 characters either side of the first hits, with 【】 around matched words.</param>
/// <param name="Probability">The classifier's probability, or null without a classifier.</param>
/// <param name="Factor">1, or the demotion factor for a keyword hit the classifier judged out of context.</param>
public sealed record TextMatch(IReadOnlyList<string> MatchedWords, string Excerpt, double? Probability, double Factor)
{
    private const int Context = 40;

    /// <summary>Builds the match of a text from its hits.</summary>
    public static TextMatch FromHits(string text, IReadOnlyList<KeywordHit> hits, IReadOnlyList<string> terms, double? probability, double factor)
    {
        var words = hits.Select(h => terms[h.Term]).Distinct(StringComparer.Ordinal).ToArray();
        return new TextMatch(words, MakeExcerpt(text, hits), probability, factor);
    }

    /// <summary>
    /// An excerpt showing each distinct matched word (up to three) in its context — the first occurrence of each, windows
    /// merged where they overlap, joined by …; matched words marked with 【】. The start of the text when there are none.
    /// </summary>
    /// <remarks>
    /// One window around the first hit is not enough: the first hit of a contract case is often 合同纠纷 in its caption,
    /// while the telling word (号牌额度) sits in the facts further down.
    /// </remarks>
    public static string MakeExcerpt(string text, IReadOnlyList<KeywordHit> hits)
    {
        if (hits.Count == 0)
        {
            var head = text.Length <= 2 * Context ? text : text[..(2 * Context)] + "…";
            return Flatten(head);
        }

        var firsts = hits
            .GroupBy(h => text.Substring(h.Position, h.Length), StringComparer.Ordinal)
            .Select(g => g.First())
            .Take(3)
            .OrderBy(h => h.Position)
            .ToArray();

        var windows = new List<(int Start, int End)>();
        foreach (var hit in firsts)
        {
            var window = (Start: Math.Max(0, hit.Position - (Context * 3 / 4)), End: Math.Min(text.Length, hit.Position + hit.Length + (Context * 3 / 4)));
            if (windows.Count > 0 && window.Start <= windows[^1].End)
            {
                windows[^1] = (windows[^1].Start, Math.Max(windows[^1].End, window.End));
            }
            else
            {
                windows.Add(window);
            }
        }

        var sb = new StringBuilder();
        foreach (var (start, end) in windows)
        {
            if (start > 0 || sb.Length > 0)
            {
                sb.Append('…');
            }

            var cursor = start;
            foreach (var hit in hits.Where(h => h.Position >= start && h.Position + h.Length <= end).OrderBy(h => h.Position))
            {
                if (hit.Position < cursor)
                {
                    continue; // overlaps a word already marked
                }

                sb.Append(text, cursor, hit.Position - cursor).Append('【').Append(text, hit.Position, hit.Length).Append('】');
                cursor = hit.Position + hit.Length;
            }

            sb.Append(text, cursor, end - cursor);
        }

        if (windows[^1].End < text.Length)
        {
            sb.Append('…');
        }

        return Flatten(sb.ToString());
    }

    private static string Flatten(string s) => s.ReplaceLineEndings(" ");
}
