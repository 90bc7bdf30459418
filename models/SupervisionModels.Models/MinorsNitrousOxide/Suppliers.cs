using System.Text.RegularExpressions;
using SupervisionModels.Entities;

namespace SupervisionModels.BuiltIn.MinorsNitrousOxide;

/// <summary>
/// The supplier users name in a police account ("据其交代，笑气系从某某处购买"), to tie a seller to the minors who
/// inhaled what he sold. The tie is by name only, so the rule that uses it says so and weighs little.
/// </summary>
public static partial class Suppliers
{
    [GeneratedRegex("(?:系从|是从|从)(?<name>[^，。；、“”\"\\s]{2,30}?)(?:处|那里|手中)(?:购买|购得|购入|买来|买的|拿货)")]
    private static partial Regex Supplier();

    /// <summary>The supplier's name as written, or null when the account names none.</summary>
    public static string? NamedIn(string? summary)
    {
        if (string.IsNullOrEmpty(summary))
        {
            return null;
        }

        var m = Supplier().Match(summary);
        return m.Success ? m.Groups["name"].Value : null;
    }

    /// <summary>The key a supplier's name is compared by: the organisation form of the normalised name (a person's name is unchanged by it).</summary>
    public static string Key(string? name) => NameNormalizer.Organization(name);
}
