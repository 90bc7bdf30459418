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

    /// <summary>An excerpt around the first hits, matched words marked with 【】; the start of the text when there are none.</summary>
    public static string MakeExcerpt(string text, IReadOnlyList<KeywordHit> hits)
    {
        if (hits.Count == 0)
        {
            var head = text.Length <= 2 * Context ? text : text[..(2 * Context)] + "…";
            return Flatten(head);
        }

        var start = Math.Max(0, hits[0].Position - Context);
        var end = Math.Min(text.Length, hits[0].Position + hits[0].Length + Context);

        // Widen to take in further hits close by, so one excerpt shows them together.
        foreach (var hit in hits.Skip(1))
        {
            if (hit.Position + hit.Length <= end + Context && hit.Position + hit.Length - start <= 4 * Context)
            {
                end = Math.Min(text.Length, Math.Max(end, hit.Position + hit.Length + (Context / 2)));
            }
        }

        var sb = new StringBuilder(end - start + 16);
        if (start > 0)
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
        if (end < text.Length)
        {
            sb.Append('…');
        }

        return Flatten(sb.ToString());
    }

    private static string Flatten(string s) => s.ReplaceLineEndings(" ");
}
