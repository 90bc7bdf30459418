namespace SupervisionModels.BuiltIn.MinorsNitrousOxide;

// Derived facts of the keyword net (domain §2.3 step 0): what the police records say, read once, so that the seller,
// transporter, venue and minor rules all stand on the same screened records.

/// <summary>A police record whose summary reads as an innocent or unrelated use of the words (医用, 烘焙自用, 玩具枪气弹, 氦气球).</summary>
public sealed record InnocentUse(string CaseNo);

/// <summary>A police record about another drug (methamphetamine, heroin, ketamine…) that never names nitrous oxide.</summary>
public sealed record OtherDrugCase(string CaseNo);

/// <summary>
/// A police incident or case that passed the keyword net (筛查警情), with what its text says about the act: a sale, a
/// carriage, buyers who were minors, online or parcel distribution or a large quantity, and the supplier the users named.
/// </summary>
public sealed record NitrousOxideCase(
    string CaseNo,
    DateTime EventTime,
    string AreaCode,
    string Place,
    string? VenueId,
    string? Plate,
    bool Sale,
    bool Transport,
    bool ToMinors,
    bool Bulk,
    string? Supplier)
{
    /// <summary>The day of the event: licences, permits and ages are judged on it.</summary>
    public DateOnly EventDate => DateOnly.FromDateTime(EventTime);
}
