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

    /// <summary>True when <paramref name="value"/> is one of <paramref name="terms"/> exactly (a role, a unit).</summary>
    public static bool IsOneOf(string? value, IReadOnlyList<string> terms) =>
        value is not null && terms.Contains(value.Trim(), StringComparer.Ordinal);
}
