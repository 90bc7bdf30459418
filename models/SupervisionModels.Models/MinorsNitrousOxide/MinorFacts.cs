using SupervisionModels.Entities;

namespace SupervisionModels.BuiltIn.MinorsNitrousOxide;

// Derived facts of the minor rules (domain §2.3 step 4).

/// <summary>A person under the age limit on the event date who inhaled (吸食人员) or offended (违法行为人) in a screened record.</summary>
/// <param name="CaseNo">The police record.</param>
/// <param name="Person">The minor's key (ID number, else normalised name).</param>
/// <param name="Name">The minor's name.</param>
/// <param name="IdNo">The ID number, when recorded.</param>
/// <param name="EventTime">When the incident happened.</param>
/// <param name="Age">Age in whole years on the event date.</param>
/// <param name="GuardianRecorded">True when the officer recorded a guardian's contact.</param>
public sealed record MinorUse(string CaseNo, EntityKey Person, string Name, string? IdNo, DateTime EventTime, int Age, bool GuardianRecorded);
