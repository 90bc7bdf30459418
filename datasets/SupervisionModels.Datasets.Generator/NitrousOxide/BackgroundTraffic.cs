using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Datasets.Generator.Registries;

namespace SupervisionModels.Datasets.Generator.NitrousOxide;

/// <summary>Background waybills and hotel check-ins: ordinary freight and ordinary guests, from their slots.</summary>
internal sealed class BackgroundTraffic(World world, IReadOnlyList<Carrier> carriers, IReadOnlyList<(EnterpriseInfo Trader, HazardousChemicalPermit Permit)> traders, IReadOnlyList<VenueInfo> venues)
{
    private readonly VehicleFactory _vehicles = new(world);
    private readonly IReadOnlyList<VenueInfo> _lodging = venues.Where(v => v.Lodging).ToList();

    public Waybill Waybill(long slot)
    {
        var rng = Rng.For(world.Seed, "waybill", slot);
        var date = world.Waybills.DateOf(slot);
        var from = rng.Chance(0.4) ? Regions.Longkou : rng.Pick(Regions.Local);
        var to = rng.Pick(Regions.Local);
        var active = carriers.Where(c => c.Permit.ValidFrom <= date).ToList();
        string carrierName;
        string? carrierId;
        string plate;
        (string Name, string? Id, string? Cert) driver;
        Carrier? carrier = null;
        if (active.Count > 0 && rng.Chance(0.8))
        {
            carrier = rng.Pick(active);
            carrierName = world.Variants.Organization(carrier.Company, rng, true, 0.05);
            carrierId = carrier.Company.CreditCode;
            plate = rng.Pick(carrier.Vehicles).PlateNo;
            var d = rng.Pick(carrier.Drivers.Where(w => !w.Categories.StartsWith("道路危险货物运输押运", StringComparison.Ordinal)).DefaultIfEmpty(carrier.Drivers[0]).ToList());
            driver = (d.Name, d.IdNo, d.CertNo);
        }
        else
        {
            // An owner-driver: a vehicle of the register (never a scenario's) whose owner, or a driver he hires, drives it.
            var vehicleSlot = rng.NextLong(world.Vehicles.Count);
            while (world.Vehicles.TryGet(vehicleSlot, out _))
            {
                vehicleSlot = rng.NextLong(world.Vehicles.Count);
            }

            var v = _vehicles.Background(vehicleSlot);
            carrierName = v.OwnerName;
            carrierId = v.OwnerId;
            plate = v.PlateNo;
            var ownerDrives = v.OwnerId is { Length: 18 } id && char.IsAsciiDigit(id[0]) && SupervisionModels.Entities.ResidentId.IsValid(id);
            var hired = world.Persons.RandomBackgroundIn(rng, from, date, 25, 60);
            driver = ownerDrives ? (v.OwnerName, v.OwnerId, rng.Chance(0.7) ? v.OwnerId : null) : (world.Persons.NameOf(hired), world.Persons.IdOf(hired), rng.Chance(0.7) ? world.Persons.IdOf(hired) : null);
        }

        string goods = rng.Pick(Chemicals.GeneralGoods);
        string? un = null;
        string? hazard = null;
        (string Name, string? Id)? trader = null;
        if (carrier is not null && carrier.Permit.BusinessType == "道路危险货物运输" && rng.Chance(0.6))
        {
            var chemical = rng.Pick(Chemicals.Common.Where(c => carrier.CarriesClass(c.HazardClass)).DefaultIfEmpty(Chemicals.Diesel).ToList());
            if (carrier.CarriesClass(chemical.HazardClass))
            {
                goods = chemical.GoodsName;
                un = chemical.UnNo;
                hazard = chemical.HazardClass;
                var licensed = traders.Where(t => t.Permit.Scope.Contains(chemical.LicenceName, StringComparison.Ordinal) && t.Permit.ValidFrom <= date && t.Permit.ValidTo >= date).ToList();
                if (licensed.Count > 0)
                {
                    var t = rng.Pick(licensed).Trader;
                    trader = (world.Variants.Organization(t, rng, true, 0.05), t.CreditCode);
                }
            }
        }

        // Names are rendered only for parties that are written (a rendered variant is recorded in entities.jsonl).
        var consignor = trader ?? Party(rng, from, date);
        var consignee = Party(rng, to, date);
        var packages = rng.Between(1, 400);
        return new Waybill
        {
            WaybillNo = NitrousOxideRows.WaybillNo(date, slot),
            ConsignorName = consignor.Name,
            ConsignorId = consignor.Id,
            ConsigneeName = consignee.Name,
            ConsigneeId = consignee.Id,
            LoadingPlace = EnterprisePool.AddressFor(rng, from),
            LoadingAreaCode = from.Code,
            ReceiptPlace = EnterprisePool.AddressFor(rng, to),
            ReceiptAreaCode = to.Code,
            CarrierName = carrierName,
            CarrierId = carrierId,
            PlateNo = plate,
            DriverName = driver.Name,
            DriverId = driver.Id,
            DriverCert = driver.Cert,
            GoodsName = goods,
            UnNo = un,
            HazardClass = hazard,
            GrossKg = rng.Amount(8_000, 0.9, 10, 50, 49_000),
            Packages = packages,
            ShipDate = date,
        };
    }

    private (string Name, string? Id) Party(Rng rng, Area area, DateOnly date)
    {
        if (rng.Chance(0.7))
        {
            var e = world.Enterprises.RandomBackground(rng, date);
            return (world.Variants.Organization(e, rng, true, 0.05), e.CreditCode);
        }

        var p = world.Persons.RandomBackgroundIn(rng, area, date, 22, 70);
        return (world.Persons.NameOf(p), world.Persons.IdOf(p));
    }

    /// <summary>One stay: a guest, sometimes with a companion; minors come with a parent whose details the desk records (almost always).</summary>
    public IEnumerable<LodgingCheckin> Checkins(long slot)
    {
        var rng = Rng.For(world.Seed, "checkin", slot);
        var date = world.Checkins.DateOf(slot);
        var venue = rng.Pick(_lodging);
        var when = date.ToDateTime(new TimeOnly(rng.Between(11, 23), rng.Next(60)));
        var checkout = when.Date.AddDays(rng.Chance(0.8) ? 1 : rng.Between(2, 4)).AddHours(rng.Between(7, 13));
        var room = NitrousOxideRows.RoomNo(rng);
        if (rng.Chance(0.07))
        {
            var child = world.Persons.RandomBackgroundIn(rng, venue.Area, date, 6, 17);
            var parent = world.Persons.RandomBackgroundIn(rng, venue.Area, date, 30, 55);
            var recorded = world.DecoyVenues.Contains(venue.Row.VenueId) || rng.Chance(0.93);
            yield return Row(slot, 0, venue, child, when, checkout, room, [parent], recorded, recorded ? parent : null);
            yield return Row(slot, 1, venue, parent, when, checkout, room, [child], false, null);
            yield break;
        }

        var guest = world.Persons.RandomBackgroundIn(rng, venue.Area, date, 18, 75);
        if (rng.Chance(0.35))
        {
            var companion = world.Persons.RandomBackgroundIn(rng, venue.Area, date, 18, 75);
            yield return Row(slot, 0, venue, guest, when, checkout, room, [companion], false, null);
            yield return Row(slot, 1, venue, companion, when, checkout, room, [guest], false, null);
            yield break;
        }

        yield return Row(slot, 0, venue, guest, when, rng.Chance(0.97) ? checkout : null, room, [], false, null);
    }

    private LodgingCheckin Row(long slot, int k, VenueInfo venue, int guest, DateTime when, DateTime? checkout, string room, int[] others, bool guardianRecorded, int? guardian) => new()
    {
        CheckinId = NitrousOxideRows.CheckinId(DateOnly.FromDateTime(when), slot, k),
        VenueId = venue.Row.VenueId,
        VenueName = venue.Row.Name,
        GuestName = world.Persons.NameOf(guest),
        GuestIdNo = world.Persons.IdOf(guest),
        CheckinTime = when,
        CheckoutTime = checkout,
        RoomNo = room,
        CoGuestIdNos = others.Length == 0 ? null : string.Join(';', others.Select(world.Persons.IdOf)),
        GuardianContactRecorded = guardianRecorded,
        GuardianName = guardian is { } g ? world.Persons.NameOf(g) : null,
        GuardianPhone = guardian is { } g2 ? world.Persons.PhoneOf(g2) : null,
    };
}
