namespace SupervisionModels.Declarative.Diagnostics;

/// <summary>"Did you mean …?": the known name nearest to a misspelt one, by edit distance.</summary>
public static class Suggestions
{
    /// <summary>
    /// The text to append to a message: <c>; did you mean 'x'?</c> when a candidate is within half the name's
    /// length in edits (at least two), or, failing that, the one known name that shares the longest start of at least four characters with it (id_number,
    /// id_no); else <c>; expected one of a, b, c</c> (the first ten).
    /// </summary>
    public static string For(string name, IEnumerable<string> candidates)
    {
        var known = candidates.Distinct(StringComparer.Ordinal).ToArray();
        if (known.Length == 0)
        {
            return string.Empty;
        }

        var best = known
            .Select(c => (Name: c, Distance: Distance(name.ToLowerInvariant(), c.ToLowerInvariant())))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .First();
        if (best.Distance <= Math.Max(2, name.Length / 2))
        {
            return $"; did you mean '{best.Name}'?";
        }

        // A longer or shorter spelling of the same word (id_number for id_no) shares a long start with it.
        var byPrefix = known
            .Select(c => (Name: c, Common: CommonPrefix(name, c)))
            .Where(x => x.Common >= 4)
            .OrderByDescending(x => x.Common)
            .ToArray();
        if (byPrefix.Length == 1 || (byPrefix.Length > 1 && byPrefix[0].Common > byPrefix[1].Common))
        {
            return $"; did you mean '{byPrefix[0].Name}'?";
        }

        var listed = known.Order(StringComparer.Ordinal).Take(10).ToArray();
        return $"; expected one of {string.Join(", ", listed)}{(known.Length > listed.Length ? ", …" : string.Empty)}";
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && char.ToLowerInvariant(a[n]) == char.ToLowerInvariant(b[n]))
        {
            n++;
        }

        return n;
    }

    /// <summary>Levenshtein distance (insertions, deletions and substitutions each cost one).</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
