using System.Text;
using SupervisionModels.Data.Pages;

namespace SupervisionModels.Runtime.Text;

/// <summary>
/// The text path in place: a column chunk read as UTF-8 (<see cref="TextChunk"/>), and only the rows the
/// <see cref="Utf8Prefilter"/> lets through decoded into strings for the <see cref="KeywordMatcher"/>, which stays the
/// judge.
/// </summary>
internal static class Utf8TextScan
{
    /// <summary>
    /// Fills <paramref name="into"/> (one entry per row of the chunk) with the decoded text of every row that may hold a
    /// term, and null for the others and for null values. Returns how many rows were decoded.
    /// </summary>
    public static int DecodeCandidates(TextChunk chunk, Utf8Prefilter prefilter, Span<string?> into)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        ArgumentNullException.ThrowIfNull(prefilter);
        var decoded = 0;
        for (var row = 0; row < chunk.Count; row++)
        {
            var value = chunk.Value(row);
            if (!chunk.IsNull(row) && prefilter.MayMatch(value))
            {
                into[row] = Encoding.UTF8.GetString(value);
                decoded++;
            }
            else
            {
                into[row] = null;
            }
        }

        return decoded;
    }
}
