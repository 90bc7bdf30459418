using System.Text;

namespace SupervisionModels.BuiltIn.MinorsNitrousOxide;

/// <summary>Plate numbers as the registers and the police write them differ by separators and width (鲁F·A1234, 鲁FA1234).</summary>
public static class Plates
{
    /// <summary>The plate without separators or spaces, NFKC-folded and upper-case; empty when there is none.</summary>
    public static string Normalize(string? plate)
    {
        if (string.IsNullOrWhiteSpace(plate))
        {
            return string.Empty;
        }

        var folded = plate.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c) || c is '·' or '•' or '・' or '.' or '-')
            {
                continue;
            }

            sb.Append(char.ToUpperInvariant(c));
        }

        return sb.ToString();
    }
}
