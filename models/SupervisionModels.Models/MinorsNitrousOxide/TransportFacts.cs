using SupervisionModels.Entities;

namespace SupervisionModels.BuiltIn.MinorsNitrousOxide;

// Derived facts of the transporter rules (domain §2.3 step 2).

/// <summary>
/// A waybill of nitrous oxide: declared by name or UN number, or (<paramref name="Declared"/> false) consigned by a
/// seller the police dealt with under another name, which is how misdeclared cylinders travel.
/// </summary>
public sealed record NitrousOxideShipment(
    string WaybillNo,
    DateOnly ShipDate,
    EntityKey Consignor,
    string ConsignorName,
    EntityKey Carrier,
    string CarrierName,
    string Plate,
    string? DriverId,
    bool Declared);

/// <summary>One carriage to check against the transport registers: a waybill's carrier, or a driver the police stopped.</summary>
/// <param name="CarriageId">Unique per record and carrier.</param>
/// <param name="Source">The dataset of the record: <c>waybills</c> or <c>police_cases</c>.</param>
/// <param name="RecordKey">The waybill or case number.</param>
/// <param name="Date">The day of the carriage.</param>
/// <param name="Carrier">The carrier (a company, or the driver himself).</param>
/// <param name="CarrierName">The carrier's name as the record gives it.</param>
/// <param name="Plate">The vehicle's plate, when known.</param>
/// <param name="DriverId">The driver's ID number, when known.</param>
/// <param name="Declared">False for a waybill followed from a known seller whose goods name no nitrous oxide.</param>
public sealed record Carriage(string CarriageId, string Source, string RecordKey, DateOnly Date, EntityKey Carrier, string CarrierName, string? Plate, string? DriverId, bool Declared);

/// <summary>A road transport permit of the carrier: whether it covers the class of nitrous oxide and had not expired on the day.</summary>
public sealed record CarriagePermit(Carriage Carriage, string PermitNo, bool CoversClass, bool NotExpired);

/// <summary>A carriage covered by an unexpired dangerous-goods permit for the class of nitrous oxide.</summary>
public sealed record PermittedCarriage(string CarriageId);
