using SupervisionModels.Entities;

namespace SupervisionModels.BuiltIn.MinorsNitrousOxide;

// Derived facts of the venue rules (domain §2.3 step 3).

/// <summary>A venue name shared by two or more venues of one county: a police place naming it cannot say which.</summary>
public sealed record AmbiguousVenueName(EntityKey Key);

/// <summary>A screened police record tied to a registered venue, by the venue id the officer recorded or by its name.</summary>
public sealed record VenueEvent(string VenueId, string VenueName, bool MinorsBanned, string CaseNo, DateTime EventTime);
