using System.Text;

namespace SupervisionModels.BuiltIn;

/// <summary>
/// Context tests on a text a keyword net already took, for what a keyword cannot say alone: whom a hardship word is
/// about (the victim or the suspect), and who the plaintiff of a judgment is (a licensed lender, a bankruptcy
/// administrator). Compared after NFKC, as the engine's matcher folds text.
/// </summary>
public static class TextContext
{
    /// <summary>
    /// True when some occurrence of <paramref name="terms"/> is about a victim: the last role word before it is one of
    /// <paramref name="victimWords"/>, not one of <paramref name="offenderWords"/> ("犯罪嫌疑人李某系低保户" is about the
    /// suspect, "被害人孙某系低保户" about the victim; with no role word before it, it counts as the victim's). Also true
    /// when no term occurs at all (a text the classifier took without keywords has nothing to attribute).
    /// </summary>
    public static bool AnyAboutVictim(string? text, IReadOnlyList<string> terms, IReadOnlyList<string> victimWords, IReadOnlyList<string> offenderWords)
    {
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        var folded = Fold(text);
        var found = false;
        foreach (var term in terms)
        {
            for (var at = folded.IndexOf(term, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                found = true;
                var before = folded.AsSpan(0, at);
                if (LastIndexOfAny(before, victimWords) >= LastIndexOfAny(before, offenderWords))
                {
                    return true;
                }
            }
        }

        return !found;
    }

    /// <summary>
    /// True when one of <paramref name="parties"/> (a bank, a licensed lender, a bankruptcy administrator) is named
    /// within <paramref name="window"/> characters after a plaintiff or applicant word (<paramref name="roleWords"/>),
    /// or when one of <paramref name="anywhere"/> occurs anywhere (破产清算, 劳动报酬).
    /// </summary>
    public static bool NamesLawfulParty(string? text, IReadOnlyList<string> roleWords, IReadOnlyList<string> parties, IReadOnlyList<string> anywhere, int window)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var folded = Fold(text);
        if (anywhere.Any(a => folded.Contains(a, StringComparison.Ordinal)))
        {
            return true;
        }

        foreach (var role in roleWords)
        {
            for (var at = folded.IndexOf(role, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(role, at + 1, StringComparison.Ordinal))
            {
                var start = at + role.Length;
                var span = folded.AsSpan(start, Math.Min(window, folded.Length - start));
                foreach (var party in parties)
                {
                    if (span.Contains(party, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static int LastIndexOfAny(ReadOnlySpan<char> text, IReadOnlyList<string> words)
    {
        var last = -1;
        foreach (var word in words)
        {
            last = Math.Max(last, text.LastIndexOf(word, StringComparison.Ordinal));
        }

        return last;
    }

    private static string Fold(string text) => text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
}
