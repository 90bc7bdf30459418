using System.Text.RegularExpressions;
using SupervisionModels.Entities;

namespace SupervisionModels.BuiltIn.MinorsNitrousOxide;

/// <summary>
/// Ties a police record's place (发案地点, "龙口市益宏电竞酒店（东莱店）") to a registered venue by name when the officer
/// did not record the venue id: the leading province, city and county are dropped, and the rest is compared with the
/// venue's name within the same county, normalised as organisation names are (brackets, spaces, full width).
/// </summary>
public static partial class Places
{
    // Province, then prefecture city, then county, district or county-level city; each part optional, none may
    // swallow another's suffix character, so "单县某宾馆" loses "单县" and "龙口市某KTV" loses "龙口市".
    [GeneratedRegex("^(?:[^省市区县]{1,7}省)?(?:[^省市区县]{1,7}市)?(?:[^省市区县]{1,7}?(?:市|区|县|旗))?")]
    private static partial Regex RegionPrefix();

    /// <summary>The place without its leading administrative region.</summary>
    public static string WithoutRegion(string? place) =>
        string.IsNullOrWhiteSpace(place) ? string.Empty : RegionPrefix().Replace(place.Trim(), string.Empty, 1);

    /// <summary>
    /// The key of a venue name within a county: <c>VN:</c>, the area code and the normalised name; a normalised-name
    /// match, which the evidence marks for a prosecutor to confirm.
    /// </summary>
    public static EntityKey VenueKey(string? areaCode, string? name)
    {
        var normalized = NameNormalizer.Organization(name);
        return normalized.Length == 0 || string.IsNullOrWhiteSpace(areaCode)
            ? default
            : new EntityKey("VN:" + areaCode.Trim() + ":" + normalized, MatchKind.NormalizedName);
    }
}
