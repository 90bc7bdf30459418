using SupervisionModels.Entities;

namespace SupervisionModels.BuiltIn.MinorsNitrousOxide;

/// <summary>Age on the day of the event, never today's: a person of 17 then is a minor now grown up, and one of 18 then is not a minor.</summary>
public static class Ages
{
    /// <summary>
    /// Age in whole years on <paramref name="date"/> from the ID number (15-digit IDs upgraded); the recorded age when
    /// the ID is missing or not valid; null when neither is known.
    /// </summary>
    public static int? AtEvent(string? idNo, int? recordedAge, DateOnly date)
    {
        if (!string.IsNullOrWhiteSpace(idNo))
        {
            var id = ResidentId.Upgrade(idNo.Trim()).ToUpperInvariant();
            if (ResidentId.AgeAt(id, date) is { } age)
            {
                return age;
            }
        }

        return recordedAge;
    }
}
