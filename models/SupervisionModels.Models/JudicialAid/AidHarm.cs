using SupervisionModels.Datasets;

namespace SupervisionModels.BuiltIn.JudicialAid;

/// <summary>
/// The personal harm that brings a candidate within the aid situations of 《人民检察院开展国家司法救助工作细则》:
/// death (情形三, for the close relatives), serious injury (情形一) and injury needing treatment (情形二).
/// Major property loss (情形四) is judged separately, since a robbery can hurt and rob at once.
/// </summary>
public enum AidHarm
{
    /// <summary>No personal harm the aid rules cover (轻微伤, 无).</summary>
    None,

    /// <summary>轻伤一级、二级: injured and needing treatment.</summary>
    MinorInjury,

    /// <summary>重伤一级、二级.</summary>
    SeriousInjury,

    /// <summary>死亡: the harm of the close relatives of a victim who died.</summary>
    Death,
}

/// <summary>Maps the case's recorded injury to the harm of each kind of candidate.</summary>
public static class AidHarms
{
    /// <summary>
    /// The harm of a living victim. The case records its worst injury; in a case where someone died, a living victim's
    /// own injury is not recorded, so it gives no harm (the relatives of the dead are the candidates).
    /// </summary>
    public static AidHarm OfVictim(string injury) => injury switch
    {
        InjuryLevels.SeriousFirst or InjuryLevels.SeriousSecond => AidHarm.SeriousInjury,
        InjuryLevels.MinorFirst or InjuryLevels.MinorSecond => AidHarm.MinorInjury,
        _ => AidHarm.None,
    };

    /// <summary>The harm of a close relative: only a victim's death brings relatives in (情形三).</summary>
    public static AidHarm OfRelative(string injury) => injury == InjuryLevels.Death ? AidHarm.Death : AidHarm.None;

    /// <summary>True when the case is an aid situation for someone: death, injury, or a major property loss.</summary>
    public static bool IsAidSituation(string injury, decimal propertyLoss, decimal majorLoss) =>
        injury == InjuryLevels.Death || OfVictim(injury) != AidHarm.None || propertyLoss >= majorLoss;

    /// <summary>The case situation for a candidate: harm by role, or a major loss.</summary>
    public static AidHarm OfCandidate(string role, string injury) =>
        role == AidVocabulary.RelativeRole ? OfRelative(injury) : OfVictim(injury);
}
