using System.Globalization;
using SupervisionModels.Datasets;
using SupervisionModels.Entities;

namespace SupervisionModels.Models.Tests.MinorsNitrousOxide;

/// <summary>
/// A tiny 龙口 written in the test: police records and their persons, licences, waybills, transport permits, trucks,
/// crews, the vehicle register, venues and check-ins. Each method adds one real-looking record, so a test reads as the
/// story it checks.
/// </summary>
internal sealed class NitrousOxideWorld
{
    public const string Longkou = "370681";

    private int _next = 1;

    public static string PersonId(string body17) => body17 + ResidentId.CheckCharacter(body17);

    public static string CompanyCode(string body17) => body17 + CreditCode.CheckCharacter(body17);

    /// <summary>An adult seller, born 1990.</summary>
    public static readonly string Seller = PersonId("37068119900305123");

    /// <summary>An adult driver, born 1985.</summary>
    public static readonly string Driver = PersonId("37068119850712345");

    /// <summary>A minor born 2007-06-01: 16 in mid-2023.</summary>
    public static readonly string Minor = PersonId("37068120070601234");

    /// <summary>A minor born 2010-02-10: 13 in mid-2023.</summary>
    public static readonly string YoungMinor = PersonId("37068120100210456");

    /// <summary>An adult born 1999.</summary>
    public static readonly string Adult = PersonId("37068119991111234");

    public static readonly string GasCompany = CompanyCode("91370681MA3C5K7Q2");
    public static readonly string TradeCompany = CompanyCode("91370681MA3D6L8R3");
    public static readonly string FreightCompany = CompanyCode("91370681MA3E7M9T4");
    public static readonly string HazmatCompany = CompanyCode("91370681MA3F8N1U5");
    public static readonly string Bakery = CompanyCode("91370681MA3G9P2W6");

    public static readonly DateTime Night = new(2023, 6, 10, 22, 30, 0);

    public List<PoliceCase> Cases { get; } = [];
    public List<PolicePerson> Persons { get; } = [];
    public List<HazardousChemicalPermit> Licences { get; } = [];
    public List<Waybill> Waybills { get; } = [];
    public List<TransportPermit> Permits { get; } = [];
    public List<TransportVehicle> Trucks { get; } = [];
    public List<TransportWorker> Workers { get; } = [];
    public List<Vehicle> Vehicles { get; } = [];
    public List<Venue> Venues { get; } = [];
    public List<LodgingCheckin> Checkins { get; } = [];

    /// <summary>A police record; returns its number.</summary>
    public string Case(
        string summary,
        DateTime? at = null,
        string kind = "警情",
        string cause = "治安：其他",
        string place = "龙口市东莱街道某小区",
        string? venueId = null,
        string? plate = null,
        decimal? qty = null,
        string? unit = null)
    {
        var when = at ?? Night;
        var letter = kind switch { "刑事案件" => 'A', "行政案件" => 'B', _ => 'J' };
        var no = string.Create(CultureInfo.InvariantCulture, $"{letter}370681501000{when:yyyyMM}{_next++:D6}");
        Cases.Add(new PoliceCase
        {
            PoliceCaseNo = no, RecordKind = kind, Cause = cause, Summary = summary, EventTime = when, Place = place, AreaCode = Longkou,
            VenueId = venueId, HandlingUnit = "龙口市公安局东莱派出所", SeizedItem = qty is null ? null : "笑气钢瓶", SeizedQty = qty, SeizedUnit = unit,
            VehiclePlate = plate,
        });
        return no;
    }

    /// <summary>A person of record <paramref name="caseNo"/>; the age column is computed from the ID as the police system does.</summary>
    public NitrousOxideWorld Person(string caseNo, string role, string? id, string name, string? unitName = null, string? unitCode = null, bool guardian = false)
    {
        var seq = Persons.Count(p => p.PoliceCaseNo == caseNo) + 1;
        var date = DateOnly.FromDateTime(Cases.Single(c => c.PoliceCaseNo == caseNo).EventTime);
        Persons.Add(new PolicePerson
        {
            PersonKey = caseNo + "#" + seq.ToString(CultureInfo.InvariantCulture), PoliceCaseNo = caseNo, Role = role, Name = name, IdNo = id,
            Gender = "男", AgeAtEvent = id is null ? null : ResidentId.AgeAt(id, date), GuardianName = guardian ? "王某" : null,
            GuardianContact = guardian ? "13800000000" : null, UnitName = unitName, UnitCreditCode = unitCode,
        });
        return this;
    }

    public NitrousOxideWorld Licence(string code, string name, string scope, DateOnly from, DateOnly to, string address = "山东省烟台市龙口市东莱街道港城大道1号")
    {
        Licences.Add(new HazardousChemicalPermit
        {
            LicenceNo = string.Create(CultureInfo.InvariantCulture, $"鲁烟危化经字〔{from.Year}〕{_next++:D6}号"), CreditCode = code, EnterpriseName = name, Scope = scope,
            Mode = "不带储存经营", ValidFrom = from, ValidTo = to, Status = "有效", Address = address, IssuingAuthority = "烟台市应急管理局",
        });
        return this;
    }

    /// <summary>A waybill; returns its number.</summary>
    public string Waybill(
        (string? Id, string Name) consignor,
        (string? Id, string Name) carrier,
        string plate,
        string? driverId,
        string goods,
        string? un = "UN1070",
        DateOnly? date = null,
        (string? Id, string Name)? consignee = null)
    {
        var d = date ?? new DateOnly(2023, 5, 20);
        var no = string.Create(CultureInfo.InvariantCulture, $"YD{d:yyyyMMdd}{_next++:D8}");
        var to = consignee ?? (Adult, "刘某");
        Waybills.Add(new Waybill
        {
            WaybillNo = no, ConsignorName = consignor.Name, ConsignorId = consignor.Id, ConsigneeName = to.Name, ConsigneeId = to.Id,
            LoadingPlace = "山东省烟台市龙口市北马镇", LoadingAreaCode = Longkou, ReceiptPlace = "山东省枣庄市薛城区", ReceiptAreaCode = "370403",
            CarrierName = carrier.Name, CarrierId = carrier.Id, PlateNo = plate, DriverName = "驾驶员", DriverId = driverId, DriverCert = driverId,
            GoodsName = goods, UnNo = un, HazardClass = un is null ? null : "2.2", GrossKg = 300, Packages = 40, ShipDate = d,
        });
        return no;
    }

    public NitrousOxideWorld Permit(string code, string name, string business, string classes, DateOnly? from = null, DateOnly? to = null)
    {
        Permits.Add(new TransportPermit
        {
            PermitNo = string.Create(CultureInfo.InvariantCulture, $"鲁交运管许可烟字370681{_next++:D6}号"), CarrierCreditCode = code, CarrierName = name, BusinessType = business,
            PermittedClasses = classes, ValidFrom = from ?? new DateOnly(2019, 1, 1), ValidTo = to ?? new DateOnly(2026, 12, 31), Address = "龙口市",
        });
        return this;
    }

    public NitrousOxideWorld Truck(string plate, string code, string name, bool dangerous, string classes)
    {
        Trucks.Add(new TransportVehicle
        {
            PlateNo = plate, RoadTransportCert = "鲁交运管烟字370681" + (_next++).ToString("D6", CultureInfo.InvariantCulture) + "号", CarrierCreditCode = code, CarrierName = name,
            VehicleClass = dangerous ? "危险货物运输车" : "普通货运车", PermittedClasses = classes, CertValidTo = new DateOnly(2026, 6, 30),
        });
        return this;
    }

    public NitrousOxideWorld Worker(string id, string name, string categories, string? employer)
    {
        Workers.Add(new TransportWorker { CertNo = id, Name = name, IdNo = id, Categories = categories, EmployerCreditCode = employer, ValidTo = new DateOnly(2027, 1, 1) });
        return this;
    }

    public NitrousOxideWorld Car(string plate, string ownerId, string ownerName, string useNature = "非营运", string status = VehicleStatuses.Normal)
    {
        Vehicles.Add(new Vehicle
        {
            Vin = "LSVAU2180N" + (_next++).ToString("D7", CultureInfo.InvariantCulture), PlateNo = plate, PlateType = "02", VehicleType = "小型轿车", Brand = "大众牌SVW7152",
            OwnerName = ownerName, OwnerId = ownerId, UseNature = useNature, RegisterDate = new DateOnly(2018, 3, 1), Status = status, QuotaStatus = VehicleStatuses.QuotaInUse,
        });
        return this;
    }

    public NitrousOxideWorld Venue(string id, string name, string type, bool minorsBanned)
    {
        Venues.Add(new Venue
        {
            VenueId = id, Name = name, VenueType = type, CreditCode = null, OperatorName = name + "经营者", LicenceNo = "龙口公特旅字第101号",
            Address = "山东省烟台市龙口市东莱街道振兴路8号", AreaCode = Longkou, MinorsBanned = minorsBanned, OpenedDate = new DateOnly(2015, 1, 1),
        });
        return this;
    }

    public string Checkin(string venueId, string guestId, string name, DateTime at, bool guardianRecorded, string? coGuests = null)
    {
        var no = string.Create(CultureInfo.InvariantCulture, $"RZ{at:yyyyMMdd}{_next++:D9}0");
        Checkins.Add(new LodgingCheckin
        {
            CheckinId = no, VenueId = venueId, VenueName = Venues.FirstOrDefault(v => v.VenueId == venueId)?.Name ?? "", GuestName = name, GuestIdNo = guestId,
            CheckinTime = at, CheckoutTime = at.Date.AddDays(1).AddHours(11), RoomNo = "8203", CoGuestIdNos = coGuests,
            GuardianContactRecorded = guardianRecorded, GuardianName = guardianRecorded ? "王某" : null, GuardianPhone = guardianRecorded ? "13800000000" : null,
        });
        return no;
    }

    public Testing.ModelTest<TModel> Into<TModel>(Testing.ModelTest<TModel> test) where TModel : SupervisionModel, new() =>
        Add(Add(Add(Add(Add(Add(Add(Add(Add(Add(test, Cases), Persons), Licences), Waybills), Permits), Trucks), Workers), Vehicles), Venues), Checkins);

    // Only datasets that have records: the engine's keyword scan does not yet accept an empty chunk (reported).
    private static Testing.ModelTest<TModel> Add<TModel, T>(Testing.ModelTest<TModel> test, List<T> records)
        where TModel : SupervisionModel, new()
        where T : class =>
        records.Count == 0 ? test : test.With(records);
}
