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

    /// <summary>The models' <c>Texts.IsOneOf</c>: the trimmed value is one of the terms.</summary>
    public static string IsOneOf(string column, IReadOnlyList<string> terms) =>
        terms.Count == 0 ? "FALSE" : $"coalesce(trim({column}) IN ({List(terms)}), FALSE)";

    /// <summary>The condition of a model's keyword parameter, taken from the model at run time.</summary>
    public static string ContainsAny(string column, KeywordSet keywords) => ContainsAny(column, keywords.Terms);

    /// <summary>A VALUES table of the engine's rule weights for a model: <c>(rule_id, weight)</c>.</summary>
    public static string Weights(IReadOnlyDictionary<string, double> weights) =>
        "(VALUES " + string.Join(", ", weights.Select(w => $"({Str(w.Key)}, {Num(w.Value)})")) + ") AS w(rule_id, weight)";

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
