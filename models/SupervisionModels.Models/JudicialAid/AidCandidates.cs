using SupervisionModels.Entities;

namespace SupervisionModels.BuiltIn.JudicialAid;

/// <summary>Builds <see cref="AidCandidate"/> facts and compares people across the case records and the aid grants.</summary>
public static class AidCandidates
{
    /// <summary>The candidate for a case person of <paramref name="aidCase"/>.</summary>
    public static AidCandidate Create(
        string personKey, string? idNo, string name, string role, string township, DateOnly? birthDate, AidCase aidCase, decimal majorLoss)
    {
        ArgumentNullException.ThrowIfNull(aidCase);
        var key = EntityKey.Person(idNo, name);
        var isRelative = role == AidVocabulary.RelativeRole;
        return new AidCandidate(
            personKey,
            aidCase.CaseId,
            idNo,
            name,
            isRelative ? AidVocabulary.RelativeLeadRole : AidVocabulary.VictimRole,
            township,
            key,
            aidCase.AcceptedDate,
            AidHarms.OfCandidate(role, aidCase.Injury),
            aidCase.PropertyLoss >= majorLoss,
            aidCase.PropertyLoss,
            AidVocabulary.IsUnpaid(aidCase.OffenderPaid, aidCase.CivilExecStatus),
            AgeAt(key, birthDate, aidCase.AcceptedDate));
    }

    /// <summary>
    /// True when a grant's recipient is the case person: equal ID numbers when both are valid; otherwise equal
    /// normalised names (the grant is for the same case, where two people of one name are not to be expected).
    /// </summary>
    public static bool SamePerson(string? idNo, string name, string? recipientId, string recipientName)
    {
        var a = EntityKey.Person(idNo, null);
        var b = EntityKey.Person(recipientId, null);
        return !a.IsEmpty && !b.IsEmpty
            ? a == b
            : string.Equals(NameNormalizer.Person(name), NameNormalizer.Person(recipientName), StringComparison.Ordinal);
    }

    // Minors are judged by their age at the case (the acceptance date: the event date is not a column), ID first.
    private static int? AgeAt(EntityKey key, DateOnly? birthDate, DateOnly date)
    {
        if (key.Kind == MatchKind.IdNumber)
        {
            return ResidentId.AgeAt(key.Value.AsSpan(3), date);
        }

        if (birthDate is not { } birth)
        {
            return null;
        }

        var age = date.Year - birth.Year;
        return date < birth.AddYears(age) ? age - 1 : age;
    }
}
