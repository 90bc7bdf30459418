using SupervisionModels.Entities;

namespace SupervisionModels.BuiltIn.JudicialAid;

// Derived facts of SM0003: each is one step of the screening (domain §3.3), so a lead can be read back rule by rule.

/// <summary>The latest acceptance date in the procuratorate's cases: the screening's reference date when none is set.</summary>
/// <param name="Key">Always <see cref="Single"/>: the one fact every case joins.</param>
/// <param name="Latest">The latest <c>accepted_date</c>.</param>
public sealed record CaseDataCutoff(int Key, DateOnly Latest)
{
    /// <summary>The join key of the one cut-off fact.</summary>
    public const int Single = 1;
}

/// <summary>A case whose summary says the parties fought each other (互殴): the victim's 重大过错 bars aid.</summary>
public sealed record MutualFightCase(string CaseId);

/// <summary>A case whose summary speaks of the victim's hardship (生活困难, 因伤致贫…) in words or, with the classifier, in paraphrase.</summary>
public sealed record HardshipText(string CaseId);

/// <summary>A case whose summary says the victim is in hardship and on no register yet (尚未纳入低保).</summary>
public sealed record UnlistedHardshipText(string CaseId);

/// <summary>
/// A criminal case within the window whose harm is one of the aid situations (细则 情形一至四) and whose victims are
/// not barred: the offender has not paid in full, there was no reconciliation, and the victim was not seriously at fault.
/// </summary>
public sealed record AidCase(
    string CaseId,
    string? CourtCaseNo,
    DateOnly AcceptedDate,
    string Charge,
    string Injury,
    decimal PropertyLoss,
    string OffenderPaid,
    string CivilExecStatus);

/// <summary>
/// A person the screening considers for aid (候选救助对象): a living victim of an <see cref="AidCase"/>, or a close
/// relative of a victim who died, who has not already been aided in that case.
/// </summary>
/// <param name="PersonKey">The case-person record (受案号#序号): one candidate per person and case.</param>
/// <param name="Role">The lead's role: 被害人 or 被害人近亲属.</param>
/// <param name="Key">The person's entity key: ID number when valid, else the normalised name.</param>
/// <param name="Harm">The harm that makes the case an aid situation for this person.</param>
/// <param name="MajorLoss">True when the case's property loss reaches the major-loss threshold (情形四).</param>
/// <param name="Unpaid">True when the offender paid nothing or cannot pay, or enforcement of the civil award ended without result.</param>
/// <param name="AgeAtCase">Age on the acceptance date, from the ID number or the birth date.</param>
public sealed record AidCandidate(
    string PersonKey,
    string CaseId,
    string? IdNo,
    string Name,
    string Role,
    string Township,
    EntityKey Key,
    DateOnly AcceptedDate,
    AidHarm Harm,
    bool MajorLoss,
    decimal PropertyLoss,
    bool Unpaid,
    int? AgeAtCase)
{
    /// <summary>True when the person is keyed by a valid ID number (else registries are searched by name).</summary>
    public bool HasId => Key.Kind == MatchKind.IdNumber;
}

/// <summary>
/// A candidate found on a hardship register (困难群体名单) and valid at or after the case date; the category names the
/// register, and the register's row is the evidence (what it says: 农村低保, 肢体残疾二级, 突发严重困难户…).
/// </summary>
/// <param name="Since">When the listing began (spell start, certificate issue, identification, registration).</param>
/// <param name="Severe">For disability: grade 1 or 2 (重度残疾).</param>
/// <param name="Rural">A rural household: 农村低保 or a 防返贫 monitored household.</param>
/// <param name="NameOnly">Matched by normalised name and township only, because the case record has no valid ID number.</param>
public sealed record HardshipFlag(
    AidCandidate Candidate,
    string Category,
    DateOnly Since,
    bool Severe,
    bool Rural,
    bool NameOnly);
