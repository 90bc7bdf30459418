using System.Globalization;
using System.Text;
using SupervisionModels.Rules;

namespace SupervisionModels.Benchmarks.Comparison;

/// <summary>Builds SQL text: literals, keyword conditions from a model's keyword sets, weights tables.</summary>
internal static class SqlText
{
    /// <summary>A SQL string literal.</summary>
    public static string Str(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A SQL list of string literals, for <c>IN (…)</c>.</summary>
    public static string List(IEnumerable<string> values) => string.Join(", ", values.Select(Str));

    /// <summary>A number as SQL text.</summary>
    public static string Num(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A decimal as SQL text.</summary>
    public static string Num(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// True when <paramref name="column"/> contains any of the terms: one RE2 alternation (a single pass over the text,
    /// as the engine's one scan per row), with the engine's folding of full-width letters and digits when a term has
    /// ASCII letters or digits (<c>KeywordMatcher.Fold</c>). Null text never matches.
    /// </summary>
    public static string ContainsAny(string column, IReadOnlyList<string> terms)
    {
        var usable = terms.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (usable.Length == 0)
        {
            return "FALSE";
        }

        var text = usable.Any(t => t.Any(char.IsAsciiLetterOrDigit)) ? $"fold_wide({column})" : column;
        return $"regexp_matches({text}, {Str(string.Join("|", usable.Select(EscapeRegex)))})";
    }

    /// <summary>
    /// The models' own <c>Texts.ContainsAny</c> (used outside keyword steps): NFKC-folded text (as far as
    /// <c>nfkc_lite</c> goes), ordinal containment.
    /// </summary>
    public static string ContainsAnyFolded(string column, IReadOnlyList<string> terms)
    {
        var usable = terms.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        return usable.Length == 0
            ? "FALSE"
            : $"coalesce(regexp_matches(nfkc_lite({column}), {Str(string.Join("|", usable.Select(EscapeRegex)))}), FALSE)";
    }

    /// <summary>
    /// The models' <c>Texts.ContainsAffirmed</c>: some occurrence of a term (NFKC-folded text, as far as <c>nfkc_lite</c>
    /// goes) has no negation within the eight characters of its clause before it. The occurrences of each term are those
    /// of <c>string_split</c>, left to right and not overlapping, as the model's <c>IndexOf(…, at + term.Length)</c> walks
    /// them; the text before occurrence <c>j</c> is the first <c>j</c> pieces joined by the term.
    /// </summary>
    public static string ContainsAffirmed(string column, IReadOnlyList<string> terms)
    {
        var usable = Usable(terms);
        if (usable.Length == 0)
        {
            return "FALSE";
        }

        var text = $"nfkc_lite({column})";
        var any = string.Join(" OR ", usable.Select(t => AnyOccurrence(text, t, before => $"NOT negated_before({before})")));
        return $"coalesce(regexp_matches({text}, {Str(Alternation(usable))}) AND ({any}), FALSE)";
    }

    /// <summary>
    /// <c>TextContext.AnyAboutVictim</c>: some occurrence of a term has, as the last role word before it, one of the
    /// victim's words or none (the role word that starts rightmost, whole, before the occurrence: a greedy <c>^.*(…)</c>); also
    /// true when no term occurs. The model walks overlapping occurrences (<c>IndexOf(…, at + 1)</c>), which are
    /// <c>string_split</c>'s only for terms that cannot overlap themselves: a term that can is refused, not approximated.
    /// </summary>
    public static string AnyAboutVictim(string column, IReadOnlyList<string> terms, IReadOnlyList<string> victimWords, IReadOnlyList<string> offenderWords)
    {
        var usable = Usable(terms);
        if (usable.FirstOrDefault(OverlapsItself) is { } overlapping)
        {
            throw new NotSupportedException($"the term '{overlapping}' can overlap itself; its occurrences are not string_split's, and AnyAboutVictim walks every one");
        }

        var roles = Usable([.. victimWords, .. offenderWords]);
        if (usable.Length == 0 || roles.Length == 0)
        {
            return "TRUE";
        }

        var text = $"nfkc_lite({column})";
        var lastRole = Str($"(?s)^.*({Alternation(roles)})");
        var victims = string.Concat(Usable(victimWords).Select(v => ", " + Str(v)));
        var any = string.Join(" OR ", usable.Select(t => AnyOccurrence(text, t, before => $"regexp_extract({before}, {lastRole}, 1) IN (''{victims})")));
        return $"coalesce(NOT regexp_matches({text}, {Str(Alternation(usable))}) OR ({any}), TRUE)";
    }

    /// <summary>
    /// <c>TextContext.NamesLawfulParty</c>: one of <paramref name="anywhere"/> anywhere in the folded text, or one of
    /// <paramref name="parties"/> ending within <paramref name="window"/> characters after a role word (a party of length
    /// n may start up to window − n characters after it). Null or empty text names nobody.
    /// </summary>
    public static string NamesLawfulParty(string column, IReadOnlyList<string> roleWords, IReadOnlyList<string> parties, IReadOnlyList<string> anywhere, int window)
    {
        var text = $"nfkc_lite({column})";
        var conditions = new List<string>();
        if (Usable(anywhere) is { Length: > 0 } a)
        {
            conditions.Add($"regexp_matches({text}, {Str(Alternation(a))})");
        }

        var fitting = Usable(parties).Where(p => p.Length <= window).ToArray();
        if (Usable(roleWords) is { Length: > 0 } roles && fitting.Length > 0)
        {
            var after = string.Join("|", fitting.Select(p => $"(?s:.){{0,{window - p.Length}}}{EscapeRegex(p)}"));
            // The plain containment first: the windowed pattern runs only on texts that name a party at all.
            conditions.Add($"(regexp_matches({text}, {Str(Alternation(fitting))}) AND regexp_matches({text}, {Str($"(?:{Alternation(roles)})(?:{after})")}))");
        }

        return conditions.Count == 0 ? "FALSE" : $"coalesce({string.Join(" OR ", conditions)}, FALSE)";
    }

    /// <summary>The models' <c>Texts.IsOneOf</c>: the trimmed value is one of the terms.</summary>
    public static string IsOneOf(string column, IReadOnlyList<string> terms) =>
        terms.Count == 0 ? "FALSE" : $"coalesce(trim({column}) IN ({List(terms)}), FALSE)";

    /// <summary>The condition of a model's keyword parameter, taken from the model at run time.</summary>
    public static string ContainsAny(string column, KeywordSet keywords) => ContainsAny(column, keywords.Terms);

    /// <summary>A VALUES table of the engine's rule weights for a model: <c>(rule_id, weight)</c>.</summary>
    public static string Weights(IReadOnlyDictionary<string, double> weights) =>
        "(VALUES " + string.Join(", ", weights.Select(w => $"({Str(w.Key)}, {Num(w.Value)})")) + ") AS w(rule_id, weight)";

    private static string[] Usable(IEnumerable<string> terms) => terms.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray();

    private static string Alternation(IEnumerable<string> terms) => string.Join("|", terms.Select(EscapeRegex));

    /// <summary>
    /// True when some occurrence of <paramref name="term"/> in <paramref name="text"/> satisfies <paramref name="test"/>,
    /// a condition on the text before it (the occurrences of <c>string_split</c>).
    /// </summary>
    private static string AnyOccurrence(string text, string term, Func<string, string> test)
    {
        var parts = $"string_split({text}, {Str(term)})";
        return $"coalesce(list_bool_or(list_transform(range(1, len({parts})), j -> {test($"array_to_string(list_slice({parts}, 1, j), {Str(term)})")})), FALSE)";
    }

    /// <summary>True when a proper prefix of the term is also its suffix ("哈哈哈"), so that two occurrences can overlap.</summary>
    private static bool OverlapsItself(string term) =>
        Enumerable.Range(1, Math.Max(0, term.Length - 1)).Any(n => term.AsSpan(0, n).SequenceEqual(term.AsSpan(term.Length - n)));

    private static string EscapeRegex(string term)
    {
        var sb = new StringBuilder(term.Length);
        foreach (var c in term)
        {
            if (@"\.+*?()|[]{}^$".Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
