namespace SupervisionModels.Entities;

/// <summary>How a subject or a record was tied to an entity: the evidence shows it, because a name match is weaker.</summary>
public enum MatchKind
{
    /// <summary>By an 18-character resident ID number.</summary>
    IdNumber,

    /// <summary>By an 18-character unified social credit code.</summary>
    CreditCode,

    /// <summary>By the normalised name only (no valid identifier on one side): a prosecutor must confirm it.</summary>
    NormalizedName,

    /// <summary>By a key of the dataset's own (a venue id, a plate number, a case number).</summary>
    RecordKey,
}
