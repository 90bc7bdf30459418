using System.Globalization;
using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Output;
using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.NitrousOxide;

/// <summary>
/// Places scenario rows of the nitrous-oxide sources: police cases with their persons, waybills and check-ins. The slot
/// gives the row's position and serial; the scenario keeps its own date, so a check-in and an incident of the same
/// night agree even in the tiniest layouts.
/// </summary>
internal sealed class NitrousOxideRows(World world)
{
    public PoliceFactory Police { get; } = new(world);

    public (PoliceCase Case, List<PolicePerson> Persons, long Slot) NewCase(DateTime when, string kind, string cause, Area area, string township, string place, string? venueId, string summary,
        string? seizedItem = null, decimal? seizedQty = null, string? seizedUnit = null, string? plate = null)
    {
        var date = DateOnly.FromDateTime(when);
        var slot = world.Police.ReserveAt(date);
        var c = new PoliceCase
        {
            PoliceCaseNo = PoliceFactory.CaseNo(kind, area, township, date, slot),
            RecordKind = kind,
            Cause = cause,
            Summary = summary,
            EventTime = when,
            Place = place,
            AreaCode = area.Code,
            VenueId = venueId,
            HandlingUnit = PoliceFactory.Unit(area, township),
            SeizedItem = seizedItem,
            SeizedQty = seizedQty,
            SeizedUnit = seizedUnit,
            VehiclePlate = plate,
        };
        return (c, [], slot);
    }

    public void Commit((PoliceCase Case, List<PolicePerson> Persons, long Slot) c) => world.Police.Put(c.Slot, new PoliceBundle(c.Case, c.Persons));

    public Waybill NewWaybill(Rng rng, DateOnly date, (string Name, string? Id) consignor, (string Name, string? Id) consignee, Area from, Area to, (string Name, string? Id) carrier,
        string plate, (string Name, string? Id, string? Cert) driver, string goods, string? unNo, string? hazardClass, decimal grossKg, int packages)
    {
        var slot = world.Waybills.ReserveAt(date);
        var w = new Waybill
        {
            WaybillNo = WaybillNo(date, slot),
            ConsignorName = consignor.Name,
            ConsignorId = consignor.Id,
            ConsigneeName = consignee.Name,
            ConsigneeId = consignee.Id,
            LoadingPlace = EnterprisePool.AddressFor(rng, from),
            LoadingAreaCode = from.Code,
            ReceiptPlace = EnterprisePool.AddressFor(rng, to),
            ReceiptAreaCode = to.Code,
            CarrierName = carrier.Name,
            CarrierId = carrier.Id,
            PlateNo = plate,
            DriverName = driver.Name,
            DriverId = driver.Id,
            DriverCert = driver.Cert,
            GoodsName = goods,
            UnNo = unNo,
            HazardClass = hazardClass,
            GrossKg = grossKg,
            Packages = packages,
            ShipDate = date,
        };
        world.Waybills.Put(slot, w);
        return w;
    }

    public static string WaybillNo(DateOnly date, long slot) => string.Create(CultureInfo.InvariantCulture, $"YD{date:yyyyMMdd}{slot:D8}");

    /// <summary>A check-in's number: date, slot and the guest's position in the slot's party.</summary>
    public static string CheckinId(DateOnly date, long slot, int guest = 0) => string.Create(CultureInfo.InvariantCulture, $"RZ{date:yyyyMMdd}{slot:D9}{guest}");

    /// <summary>One guest's check-in (a group is one row per guest, each listing the others).</summary>
    public LodgingCheckin NewCheckin(Rng rng, DateTime when, VenueInfo venue, int guest, IEnumerable<int> coGuests, bool guardianRecorded, int? guardian = null)
    {
        var date = DateOnly.FromDateTime(when);
        var slot = world.Checkins.ReserveAt(date);
        var co = coGuests.Select(world.Persons.IdOf).ToList();
        var row = new LodgingCheckin
        {
            CheckinId = CheckinId(date, slot),
            VenueId = venue.Row.VenueId,
            VenueName = venue.Row.Name,
            GuestName = world.Persons.NameOf(guest),
            GuestIdNo = world.Persons.IdOf(guest),
            CheckinTime = when,
            CheckoutTime = when.Date.AddDays(1).AddHours(rng.Between(8, 13)),
            RoomNo = RoomNo(rng),
            CoGuestIdNos = co.Count == 0 ? null : string.Join(';', co),
            GuardianContactRecorded = guardianRecorded,
            GuardianName = guardianRecorded && guardian is { } g ? world.Persons.NameOf(g) : null,
            GuardianPhone = guardianRecorded && guardian is { } g2 ? world.Persons.PhoneOf(g2) : null,
        };
        world.Checkins.Put(slot, row);
        return row;
    }

    public static string RoomNo(Rng rng) => string.Create(CultureInfo.InvariantCulture, $"{rng.Between(2, 12)}{rng.Between(1, 40):D2}");
}
