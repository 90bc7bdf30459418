using System.Text;

namespace SupervisionModels.BuiltIn.MinorsNitrousOxide;

/// <summary>
/// Plain term tests on a record already screened by the engine's keyword net, to tell what kind of act it describes
/// (a sale, a carriage…); the net itself stays with the engine's matcher, which also writes the evidence excerpts.
/// </summary>
public static class Texts
{
    /// <summary>True when <paramref name="text"/> contains one of <paramref name="terms"/> (ordinal, after NFKC folding, as the keyword matcher compares).</summary>
    public static bool ContainsAny(string? text, IReadOnlyList<string> terms)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var folded = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        foreach (var term in terms)
        {
            if (folded.Contains(term, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Words that, shortly before a term in the same clause, deny it: an officer's "现场未查获笑气" or "其否认吸食笑气"
    /// names the substance to say it was not there. A lone 无 is not among them (无业人员吸食笑气 affirms).
    /// </summary>
    internal static readonly string[] Negations = ["未发现", "未查获", "未查见", "未见", "没有", "否认", "不涉及", "排除", "并无", "均无"];

    /// <summary>How far before a term (in characters, within its clause) a negation still applies.</summary>
    private const int NegationWindow = 8;

    /// <summary>
    /// True when <paramref name="text"/> names one of <paramref name="terms"/> other than to deny it: an occurrence counts
    /// unless one of <see cref="Negations"/> stands within <see cref="NegationWindow"/> characters before it in the same
    /// clause (no ，。；！？ between).
    /// </summary>
    public static bool ContainsAffirmed(string? text, IReadOnlyList<string> terms)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var folded = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        foreach (var term in terms)
        {
            for (var at = folded.IndexOf(term, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(term, at + term.Length, StringComparison.Ordinal))
            {
                if (!Negated(folded, at))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Negated(string text, int termStart)
    {
        var from = termStart;
        while (from > 0 && termStart - from < NegationWindow && text[from - 1] is not ('，' or '。' or '；' or '！' or '？' or ',' or ';' or '!' or '?'))
        {
            from--;
        }

        var before = text.AsSpan(from, termStart - from);
        foreach (var negation in Negations)
        {
            if (before.Contains(negation, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="value"/> is one of <paramref name="terms"/> exactly (a role, a unit).</summary>
    public static bool IsOneOf(string? value, IReadOnlyList<string> terms) =>
        value is not null && terms.Contains(value.Trim(), StringComparer.Ordinal);
}
