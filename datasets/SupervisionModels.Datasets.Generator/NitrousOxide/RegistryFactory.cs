using System.Globalization;
using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Datasets.Generator.Registries;

namespace SupervisionModels.Datasets.Generator.NitrousOxide;

/// <summary>A carrier with its permit, vehicles and crew, as the scenarios and the waybill stream use it.</summary>
internal sealed record Carrier(EnterpriseInfo Company, TransportPermit Permit, IReadOnlyList<TransportVehicle> Vehicles, IReadOnlyList<TransportWorker> Drivers)
{
    public bool CarriesClass(string hazardClass) => Permit.BusinessType == "道路危险货物运输" && Permit.PermittedClasses.Split(';').Contains(hazardClass, StringComparer.Ordinal);
}

/// <summary>A venue and where it is.</summary>
internal sealed record VenueInfo(Venue Row, Area Area, bool Lodging);

/// <summary>
/// Builds the nitrous-oxide model's registers: gas traders and their licences, registered chemical users, carriers
/// with permits, vehicles (also in the vehicle register) and crews, and the venues. Scenarios add their own entries
/// through the same methods, so planted and background entries look alike.
/// </summary>
internal sealed class RegistryFactory(World world)
{
    private static readonly string[] VenueWords = ["KTV", "量贩KTV", "酒吧", "网咖", "宾馆", "电竞酒店", "民宿", "公寓"];

    /// <summary>Draws from the background population before a carrier's crew member is made as a new resident.</summary>
    private const int MaxCrewDraws = 200;
    private readonly VehicleFactory _vehicles = new(world);
    private int _licences;
    private int _permits;
    private int _certificates;
    private int _users;
    private readonly Dictionary<string, int> _venueCounters = new(StringComparer.Ordinal);

    public List<Carrier> Carriers { get; } = [];

    public List<(EnterpriseInfo Trader, HazardousChemicalPermit Permit)> Traders { get; } = [];

    public List<VenueInfo> Venues { get; } = [];

    private NitrousOxideRegistries R => world.Registries;

    /// <summary>The background registers, weighted towards 龙口 where the model runs.</summary>
    public void BuildBackground(Rng rng)
    {
        for (var i = 0; i < world.Profile.GasTraders; i++)
        {
            var trader = world.Enterprises.CreateSector(rng, new EnterpriseSpec(Industries.Gas, Area(rng)) { Established = rng.Date(new DateOnly(2003, 1, 1), new DateOnly(2019, 12, 31)) });
            var scope = Chemicals.Common.Where(_ => rng.Chance(0.35)).ToList();
            if (scope.Count == 0)
            {
                scope.Add(Chemicals.Oxygen);
            }

            if (rng.Chance(0.3))
            {
                scope.Add(Chemicals.NitrousOxide);
            }

            var from = rng.Date(new DateOnly(2017, 1, 1), new DateOnly(2022, 6, 30));
            Traders.Add((trader, Licence(rng, trader, scope, from, from.AddYears(3).AddDays(-1))));
        }

        for (var i = 0; i < world.Profile.ChemicalUsers; i++)
        {
            var (industry, chemical, purpose) = rng.NextDouble() switch
            {
                < 0.35 => (Industries.Bakery, Chemicals.NitrousOxide, "奶油发泡"),
                < 0.45 => (Industries.Medical, Chemicals.NitrousOxide, "医用麻醉镇痛"),
                < 0.5 => (Industries.Electronics, Chemicals.NitrousOxide, "半导体工艺"),
                < 0.8 => (Industries.Machinery, rng.Pick([Chemicals.Oxygen, Chemicals.Acetylene, Chemicals.Argon]), "焊接切割"),
                _ => (Industries.Food, Chemicals.CarbonDioxide, "饮料充气"),
            };
            User(rng, world.Enterprises.CreateSector(rng, new EnterpriseSpec(industry, Area(rng))), chemical, purpose);
        }

        for (var i = 0; i < world.Profile.Carriers; i++)
        {
            var dangerous = rng.Chance(0.3);
            var classes = dangerous ? string.Join(';', new[] { "2.1", "2.2", "3", "8" }.Where(_ => rng.Chance(0.55)).DefaultIfEmpty("3")) : string.Empty;
            AddCarrier(rng, Area(rng), dangerous, classes, rng.Between(2, 6), validDriverCerts: true);
        }

        for (var i = 0; i < world.Profile.Venues; i++)
        {
            AddVenue(rng, Area(rng), rng.Pick(VenueWords));
        }
    }

    public Area Area(Rng rng) => rng.Chance(0.45) ? Regions.Longkou : rng.Pick(Regions.Local);

    public HazardousChemicalPermit Licence(Rng rng, EnterpriseInfo trader, IEnumerable<Chemical> scope, DateOnly from, DateOnly to)
    {
        var city = trader.Area.City switch { "烟台市" => "烟", "枣庄市" => "枣", _ => "菏" };
        var permit = new HazardousChemicalPermit
        {
            LicenceNo = string.Create(CultureInfo.InvariantCulture, $"鲁{city}危化经字〔{from.Year}〕{++_licences:D6}号"),
            CreditCode = trader.CreditCode,
            EnterpriseName = world.Variants.Organization(trader, rng, true, 0.05),
            Scope = string.Join('、', scope.Select(c => c.LicenceName)),
            Mode = rng.Chance(0.4) ? "带储存经营" : "不带储存经营",
            ValidFrom = from,
            ValidTo = to,
            Status = to < World.Cutoff ? "已过期" : "有效",
            Address = trader.Address,
            IssuingAuthority = trader.Area.City + "应急管理局",
        };
        R.Permits.Add(permit);
        return permit;
    }

    public HazardousChemicalUser User(Rng rng, EnterpriseInfo user, Chemical chemical, string purpose, EnterpriseInfo? supplier = null)
    {
        supplier ??= Traders.Where(t => t.Permit.Scope.Contains(chemical.LicenceName, StringComparison.Ordinal)).Select(t => t.Trader).FirstOrDefault();
        var row = new HazardousChemicalUser
        {
            RecordId = string.Create(CultureInfo.InvariantCulture, $"WHSY{user.Area.Code}{++_users:D5}"),
            CreditCode = user.CreditCode,
            Name = user.Name,
            Industry = user.Industry.Name,
            Chemical = chemical.GoodsName,
            Purpose = purpose,
            AnnualUseKg = rng.Amount(purpose == "奶油发泡" ? 40 : 300, 0.8, 1, 5, 20_000),
            SupplierCreditCode = supplier?.CreditCode,
            Address = user.Address,
            RegisteredDate = rng.Date(new DateOnly(2018, 1, 1), new DateOnly(2023, 6, 30)),
        };
        R.Users.Add(row);
        return row;
    }

    /// <summary>A carrier with its permit, trucks (also registered as vehicles) and drivers.</summary>
    public Carrier AddCarrier(Rng rng, Area area, bool dangerous, string classes, int trucks, bool validDriverCerts, EnterpriseInfo? company = null)
    {
        company ??= world.Enterprises.CreateSector(rng, new EnterpriseSpec(dangerous ? Industries.DangerousGoods : Industries.Freight, area)
        {
            Role = dangerous ? EnterpriseRole.DangerousGoodsCarrier : EnterpriseRole.GeneralCarrier,
            Established = rng.Date(new DateOnly(2005, 1, 1), new DateOnly(2019, 12, 31)),
        });
        var from = rng.Date(new DateOnly(2018, 1, 1), new DateOnly(2021, 12, 31));
        var city = area.City[..1];
        var permit = new TransportPermit
        {
            PermitNo = string.Create(CultureInfo.InvariantCulture, $"鲁交运管许可{city}字{area.Code}{++_permits:D6}号"),
            CarrierCreditCode = company.CreditCode,
            CarrierName = world.Variants.Organization(company, rng, true, 0.05),
            BusinessType = dangerous ? "道路危险货物运输" : "道路普通货物运输",
            PermittedClasses = classes,
            ValidFrom = from,
            ValidTo = from.AddYears(4).AddDays(-1) < new DateOnly(2024, 6, 30) ? new DateOnly(2025, 12, 31) : from.AddYears(4).AddDays(-1),
            Address = company.Address,
        };
        R.TransportPermits.Add(permit);
        var vehicles = new List<TransportVehicle>();
        for (var i = 0; i < trucks; i++)
        {
            var truck = _vehicles.Reserve(rng, area, company.Name, company.CreditCode, rng.Date(new DateOnly(2014, 1, 1), new DateOnly(2022, 6, 30)), VehicleStatuses.Normal, null, VehicleStatuses.QuotaInUse,
                dangerous ? "重型罐式货车" : rng.Pick(["重型厢式货车", "重型半挂牵引车", "轻型厢式货车"]), dangerous ? "危化品运输" : "货运");
            var v = new TransportVehicle
            {
                PlateNo = truck.PlateNo,
                RoadTransportCert = string.Create(CultureInfo.InvariantCulture, $"鲁交运管{city}字{area.Code}{++_certificates:D6}号"),
                CarrierCreditCode = company.CreditCode,
                CarrierName = company.Name,
                VehicleClass = dangerous ? "危险货物运输车" : "普通货运车",
                PermittedClasses = classes,
                CertValidTo = rng.Date(new DateOnly(2024, 1, 1), new DateOnly(2027, 12, 31)),
            };
            R.TransportVehicles.Add(v);
            vehicles.Add(v);
        }

        // One crew member per truck and one more, each a person not already on any carrier's crew. A person drawn twice
        // is drawn again rather than skipped: skipping could leave a carrier without a single driver (seed 5550123 at
        // small scale did), and every caller puts a driver on each waybill. Every third member is an escort, never the first.
        var drivers = new List<TransportWorker>();
        var draws = 0;
        while (drivers.Count < trucks + 1)
        {
            // After many repeats (a small population, most of it already crewing) a new resident is made instead.
            var person = ++draws <= MaxCrewDraws
                ? world.Persons.RandomBackgroundIn(rng, area, new DateOnly(2021, 1, 1), 25, 58)
                : world.Persons.Add(new PersonSpec { Area = area, BornFrom = new DateOnly(1963, 1, 1), BornTo = new DateOnly(1996, 1, 1) }, rng);
            var id = world.Persons.IdOf(person);
            if (R.Workers.Any(w => w.CertNo == id))
            {
                continue;
            }

            var w = new TransportWorker
            {
                CertNo = id,
                Name = world.Persons.NameOf(person),
                IdNo = id,
                Categories = dangerous && validDriverCerts ? (drivers.Count % 3 == 2 ? "道路危险货物运输押运人员" : "道路危险货物运输驾驶员;道路货物运输驾驶员") : "道路货物运输驾驶员",
                EmployerCreditCode = company.CreditCode,
                ValidTo = rng.Date(new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31)),
            };
            R.Workers.Add(w);
            drivers.Add(w);
        }

        var carrier = new Carrier(company, permit, vehicles, drivers);
        Carriers.Add(carrier);
        return carrier;
    }

    /// <summary>A venue of the given kind with its operator (a company or a sole trader) and licence.</summary>
    public VenueInfo AddVenue(Rng rng, Area area, string word, string? address = null)
    {
        var type = word switch
        {
            "KTV" or "量贩KTV" => VenueTypes.Ktv,
            "酒吧" => VenueTypes.Bar,
            "网咖" => VenueTypes.InternetCafe,
            "宾馆" => VenueTypes.Hotel,
            "电竞酒店" => VenueTypes.EsportsHotel,
            "民宿" => VenueTypes.GuestHouse,
            _ => VenueTypes.ShortLet,
        };
        var code = type switch
        {
            VenueTypes.Ktv => "KTV",
            VenueTypes.Bar => "BAR",
            VenueTypes.InternetCafe => "NET",
            VenueTypes.Hotel => "HTL",
            VenueTypes.EsportsHotel => "ESH",
            VenueTypes.GuestHouse => "BNB",
            _ => "STR",
        };
        var key = code + area.Code;
        _venueCounters.TryGetValue(key, out var n);
        _venueCounters[key] = ++n;
        var lodging = VenueTypes.IsLodging(type);
        var op = world.Enterprises.CreateSector(rng, new EnterpriseSpec(lodging ? Industries.Lodging : Industries.Entertainment, area) { Role = EnterpriseRole.VenueOperator });
        var trade = rng.Pick(TradeNames.Chars) + rng.Pick(TradeNames.Chars);
        var name = type == VenueTypes.ShortLet ? rng.Pick(Regions.Estates) + trade + "公寓" : trade + word + (rng.Chance(0.3) ? "（" + rng.Pick(area.Townships).Replace("街道", "店", StringComparison.Ordinal).Replace("镇", "店", StringComparison.Ordinal) + "）" : string.Empty);
        var row = new Venue
        {
            VenueId = string.Create(CultureInfo.InvariantCulture, $"{code}-{area.Code}-{n:D4}"),
            Name = name,
            VenueType = type,
            CreditCode = op.CreditCode,
            OperatorName = world.Variants.Organization(op, rng, true, 0.08),
            LicenceNo = lodging
                ? string.Create(CultureInfo.InvariantCulture, $"{area.CountyShort}公特旅字第{rng.Between(100, 999)}号")
                : string.Create(CultureInfo.InvariantCulture, $"{area.Code}{rng.Between(100000, 999999)}"),
            Address = address ?? EnterprisePool.AddressFor(rng, area),
            AreaCode = area.Code,
            MinorsBanned = type is VenueTypes.Ktv or VenueTypes.Bar or VenueTypes.InternetCafe,
            OpenedDate = rng.Date(new DateOnly(2010, 1, 1), new DateOnly(2020, 12, 31)),
        };
        R.Venues.Add(row);
        var info = new VenueInfo(row, area, lodging);
        Venues.Add(info);
        return info;
    }
}
