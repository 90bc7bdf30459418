namespace SupervisionModels.Reporting;

/// <summary>
/// Excerpts mark their matched words with 【】 (the engine writes them so); every format highlights those spans. The
/// marks survive masking, which never crosses them.
/// </summary>
public static class Highlight
{
    /// <summary>The excerpt in pieces, each with whether it is a matched word; the 【】 marks are dropped.</summary>
    public static IEnumerable<(string Text, bool Matched)> Split(string excerpt)
    {
        var position = 0;
        while (position < excerpt.Length)
        {
            var open = excerpt.IndexOf('【', position);
            var close = open < 0 ? -1 : excerpt.IndexOf('】', open + 1);
            if (open < 0 || close < 0)
            {
                yield return (excerpt[position..], false);
                yield break;
            }

            if (open > position)
            {
                yield return (excerpt[position..open], false);
            }

            if (close > open + 1)
            {
                yield return (excerpt[(open + 1)..close], true);
            }

            position = close + 1;
        }
    }
}
