using System.Globalization;
using SupervisionModels.Datasets.Generator.Court;
using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Output;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Datasets.Generator.Registries;
using SupervisionModels.Datasets.Generator.Text;

namespace SupervisionModels.Datasets.Generator.NitrousOxide;

/// <summary>
/// SM0002 planted leads (domain §2): unlicensed sellers of nitrous oxide, carriers without a dangerous-goods permit
/// for class 2.2 (or private cars), venues where minors inhale it repeatedly, and the minors themselves — linked as
/// chains (seller → transporter → venue → minor) across police cases, waybills, licences, permits and check-ins.
/// </summary>
internal sealed partial class NitrousOxideScenario(World world, RegistryFactory registries)
{
    public const string ModelId = "SM0002";

    private readonly NitrousOxideRows _rows = new(world);
    private readonly VehicleFactory _vehicles = new(world);
    private readonly List<Seller> _sellers = [];

    // Hard's choices come from their own stream, so a hard world's planted leads are easy's, but for their wording.
    private readonly Rng _hard = Rng.For(world.Seed, "scenario-sm0002-hard");

    /// <summary>A planted seller as the other rows refer to it.</summary>
    private sealed record Seller(TruthEntry Entry, string Display, string? Id, Area Area, string Address, int Contact, EnterpriseInfo? Company);

    public void Build()
    {
        var rng = Rng.For(world.Seed, "scenario-sm0002");
        for (var i = 0; i < world.Profile.N2OSellers; i++)
        {
            _sellers.Add(PlantSeller(rng, i));
        }

        for (var i = 0; i < world.Profile.N2OTransporters; i++)
        {
            PlantTransporter(rng, i);
        }

        var minors = Enumerable.Range(0, world.Profile.N2OMinors).Select(_ => NewMinor(rng)).ToList();
        var venues = Enumerable.Range(0, world.Profile.N2OVenues).Select(_ => registries.AddVenue(rng, rng.Chance(0.8) ? Regions.Longkou : registries.Area(rng), rng.Pick(["KTV", "量贩KTV", "酒吧", "电竞酒店", "电竞酒店", "宾馆"]))).ToList();
        PlantIncidents(rng, venues, minors);
        BuildDecoys(rng);
    }

    private static DateOnly EventDate(Rng rng) => new DateOnly(2021, 3, 1).AddDays(rng.Next(960));

    private int NewMinor(Rng rng)
    {
        var area = rng.Chance(0.85) ? Regions.Longkou : rng.Pick(Regions.Local);
        return world.Persons.Add(new PersonSpec { Area = area, BornFrom = new DateOnly(2006, 1, 1), BornTo = new DateOnly(2009, 3, 31) }, rng);
    }

    /// <summary>An unlicensed seller: a private online seller, a shop without a licence, a trader whose licence lacks N2O, or one whose licence had expired.</summary>
    private Seller PlantSeller(Rng rng, int index)
    {
        var area = rng.Chance(0.75) ? Regions.Longkou : registries.Area(rng);
        var date = EventDate(rng);
        var contact = world.Persons.Add(new PersonSpec { Area = area, BornFrom = new DateOnly(1980, 1, 1), BornTo = new DateOnly(2001, 12, 31), IsMale = rng.Chance(0.8) }, rng);
        var kind = index % 4 == 0 ? 0 : rng.NextDouble() switch { < 0.45 => 0, < 0.75 => 1, < 0.9 => 2, _ => 3 };
        EnterpriseInfo? company = null;
        string note;
        HazardousChemicalPermit? licence = null;
        switch (kind)
        {
            case 1:
                company = world.Enterprises.CreateReserved(rng, new EnterpriseSpec(rng.Pick([Industries.Trade, Industries.Food, Industries.Tech]), area) { LegalRep = contact, Established = new DateOnly(2017, 1, 1).AddDays(rng.Next(1400)) });
                note = "未取得危险化学品经营许可的商贸主体销售“笑气”";
                break;
            case 2:
                company = world.Enterprises.CreateSector(rng, new EnterpriseSpec(Industries.Gas, area) { LegalRep = contact, Established = new DateOnly(2012, 1, 1).AddDays(rng.Next(2000)) });
                licence = registries.Licence(rng, company, [Chemicals.Oxygen, Chemicals.Nitrogen, Chemicals.Argon], date.AddYears(-1), date.AddYears(2));
                note = "危化品经营许可范围不含一氧化二氮，仍对外销售";
                break;
            case 3:
                company = world.Enterprises.CreateSector(rng, new EnterpriseSpec(Industries.Gas, area) { LegalRep = contact, Established = new DateOnly(2010, 1, 1).AddDays(rng.Next(2000)) });
                licence = registries.Licence(rng, company, [Chemicals.Oxygen, Chemicals.NitrousOxide, Chemicals.CarbonDioxide], date.AddYears(-3).AddDays(-rng.Between(60, 300)), date.AddDays(-rng.Between(40, 300)));
                note = "危化品经营许可证已过期仍销售一氧化二氮";
                break;
            default:
                note = "个人无证通过网络销售“笑气”";
                break;
        }

        var name = company?.Name ?? world.Persons.NameOf(contact);
        var key = company is null ? "ID:" + world.Persons.IdOf(contact) : "CC:" + company.CreditCode;
        var entry = TruthLog.Entry(ModelId, key, "非法销售者", name, note);
        var seller = new Seller(entry, name, company?.CreditCode ?? world.Persons.IdOf(contact), area, company?.Address ?? world.Persons.AddressOf(contact), contact, company);
        if (licence is not null)
        {
            TruthLog.Cite(entry, "hazchem_permits", licence.LicenceNo);
        }

        var paraphrase = rng.Chance(0.15);
        var township = rng.Pick(area.Townships);
        var when = PoliceFactory.At(date, rng);
        var qty = rng.Chance(0.5) ? (rng.Between(10, 300), "罐") : (rng.Between(2, 40), "箱");
        var composer = new Composer(new Rng(rng.NextULong()));
        var goods = PoliceText.Goods(composer, paraphrase);
        var slang = paraphrase ? null : Slang();
        if (slang is not null)
        {
            goods = (slang.Goods, slang.Item);
        }

        var summary = PoliceText.Sale(composer,
            new PoliceFacts(when, seller.Address, company is null ? name : world.Persons.NameOf(contact) + "（" + name + "负责人）", Item: goods.Text, Quantity: qty.Item1.ToString(CultureInfo.InvariantCulture) + qty.Item2),
            paraphrase, toMinors: rng.Chance(0.6));
        CheckParaphrase(paraphrase, summary);
        var criminal = rng.Chance(0.7);
        var c = _rows.NewCase(when, criminal ? "刑事案件" : "行政案件", criminal ? "非法经营" : "违反危险化学品安全管理规定", area, township, seller.Address, null, summary,
            goods.Item, qty.Item1, qty.Item2);
        c.Persons.Add(_rows.Police.Person(c.Case.PoliceCaseNo, 1, contact, criminal ? "犯罪嫌疑人" : "违法行为人", date, rng, unitName: company is null ? null : world.Variants.Organization(company, rng, true, 0.2), unitCode: company?.CreditCode));
        for (var b = 0; b < rng.Between(1, 2); b++)
        {
            c.Persons.Add(_rows.Police.Person(c.Case.PoliceCaseNo, c.Persons.Count + 1, world.Persons.RandomBackgroundIn(rng, area, date, 19, 35), "证人", date, rng));
        }

        _rows.Commit(c);
        TruthLog.Cite(entry, "police_cases", c.Case.PoliceCaseNo);
        TruthLog.Cite(entry, "police_persons", c.Persons[0].PersonKey);
        if (paraphrase)
        {
            entry.Tags.Add("paraphrase");
        }

        TagSlang(entry, slang is not null);
        if (criminal && rng.Chance(0.5))
        {
            Judgment(rng, seller, when, qty.Item1 + qty.Item2);
        }

        world.Truth.Leads.Add(entry);
        return seller;
    }

    /// <summary>The seller's criminal judgment for 非法经营罪 at the local court.</summary>
    private void Judgment(Rng rng, Seller seller, DateTime when, string quantity)
    {
        var court = new ScenarioCourt(world);
        var filing = DateOnly.FromDateTime(when).AddDays(rng.Between(90, 200));
        if (filing > new DateOnly(2023, 11, 30))
        {
            return;
        }

        var slot = world.Layout.Reserve(seller.Area, false, CaseTypes.CriminalFirstInstance, filing);
        var (block, n) = world.Layout.Locate(slot);
        var h = new CaseHeader { Block = block, CaseNo = world.Layout.CaseNo(slot), Filing = block.FilingDate(n), Cause = CriminalJudgmentWriter.IllegalBusiness.Name, DocType = "刑事判决书", ClosingMode = "判决", Procedure = "简易程序" };
        h.Decided = BackgroundCivil.Clamp(h.Filing.AddDays(rng.Between(15, 50)));
        h.Parties.Add(new CaseParty { Role = "公诉机关", Name = seller.Area.ProcuratorateName });
        h.Parties.Add(court.Parties.Person("被告人", seller.Contact, rng, h.Filing, agentRate: 0.6, idRate: 1, variantRate: 0));
        world.Staff.Assign(h, rng);
        var accused = world.Persons.NameOf(seller.Contact);
        var text = CriminalJudgmentWriter.Write(new Composer(new Rng(rng.NextULong())), h, CriminalJudgmentWriter.IllegalBusiness,
            c => c.Add(ChineseFormat.Month(DateOnly.FromDateTime(when))).Add("以来，被告人").Add(accused).Add("在未取得危险化学品经营许可证的情况下，").One("通过微信", "通过网络店铺", "在其经营场所").Add("向他人销售一氧化二氮（俗称“笑气”）")
                .Add("，案发时被查获").Add(quantity).Add("。经鉴定，查获的气体成分为一氧化二氮，属于《危险化学品目录》所列危险化学品。"),
            CriminalJudgmentWriter.Sentence(rng, CriminalJudgmentWriter.IllegalBusiness));
        var bundle = new CourtBundle();
        RowMapper.Add(bundle, h, text);
        world.ReservedCourt[slot] = bundle;
        TruthLog.Cite(seller.Entry, "judgments", h.CaseNo);
    }

    /// <summary>A carrier without the right permit (general freight, or dangerous goods without class 2.2), or a private car.</summary>
    private void PlantTransporter(Rng rng, int index)
    {
        var seller = _sellers[index % _sellers.Count];
        var area = seller.Area;
        var date = EventDate(rng);
        var kind = index % 3 == 0 ? 0 : rng.NextDouble() switch { < 0.35 => 0, < 0.7 => 1, < 0.85 => 2, _ => 3 };
        var paraphrase = rng.Chance(0.15);
        TruthEntry entry;
        if (kind == 1)
        {
            // A private car: stopped by police with cylinders aboard.
            var driver = world.Persons.Add(new PersonSpec { Area = area, BornFrom = new DateOnly(1985, 1, 1), BornTo = new DateOnly(2002, 12, 31), IsMale = true }, rng);
            var car = _vehicles.Reserve(rng, area, world.Persons.NameOf(driver), world.Persons.IdOf(driver), date.AddDays(-rng.Between(300, 2000)), VehicleStatuses.Normal, null, VehicleStatuses.QuotaInUse, rng.Pick(["小型轿车", "小型普通客车"]));
            entry = TruthLog.Entry(ModelId, "ID:" + world.Persons.IdOf(driver), "非法运输者", world.Persons.NameOf(driver), "使用私家车运输“笑气”钢瓶，无危险货物运输资质");
            var when = PoliceFactory.At(date, rng, night: true);
            var township = rng.Pick(area.Townships);
            var composer = new Composer(new Rng(rng.NextULong()));
            var goods = PoliceText.Goods(composer, paraphrase);
            var slang = paraphrase ? null : Slang();
            if (slang is not null)
            {
                goods = (slang.Goods, slang.Item);
            }

            var cans = rng.Between(10, 80);
            var summary = PoliceText.Transport(composer, new PoliceFacts(when, area.County + rng.Pick(Regions.Roads) + rng.Pick(["检查站", "路口", "收费站出口"]), world.Persons.NameOf(driver), Item: goods.Text, Plate: car.PlateNo, Quantity: cans.ToString(CultureInfo.InvariantCulture) + "罐"), paraphrase);
            CheckParaphrase(paraphrase, summary);
            var c = _rows.NewCase(when, "行政案件", "非法运输危险物质", area, township, area.County + "境内道路", null, summary, goods.Item, cans, "罐", car.PlateNo);
            c.Persons.Add(_rows.Police.Person(c.Case.PoliceCaseNo, 1, driver, "违法行为人", date, rng));
            _rows.Commit(c);
            TruthLog.Cite(entry, "police_cases", c.Case.PoliceCaseNo);
            TruthLog.Cite(entry, "police_persons", c.Persons[0].PersonKey);
            TruthLog.Cite(entry, "vehicles", car.Vin);
            if (paraphrase)
            {
                entry.Tags.Add("paraphrase");
            }

            TagSlang(entry, slang is not null);
        }
        else
        {
            var dangerous = kind is 2 or 3;
            var carrier = registries.AddCarrier(rng, area, dangerous, kind == 2 ? rng.Pick(["3", "3;8", "2.1;3"]) : kind == 3 ? "2.1;2.2;3" : string.Empty, rng.Between(2, 3), validDriverCerts: kind != 3);
            var note = kind switch
            {
                0 => "仅有普通货运许可，承运一氧化二氮（2.2类危险货物）",
                2 => "危货运输许可不含2类2项，承运一氧化二氮",
                _ => "驾驶员无危险货物运输从业资格，承运一氧化二氮",
            };
            entry = TruthLog.Entry(ModelId, "CC:" + carrier.Company.CreditCode, "非法运输者", carrier.Company.Name, note);
            TruthLog.Cite(entry, "transport_permits", carrier.Permit.PermitNo);
            var shipments = rng.Between(1, 3);
            for (var s = 0; s < shipments; s++)
            {
                var truck = rng.Pick(carrier.Vehicles);
                var driver = rng.Pick(carrier.Drivers);
                var w = Shipment(rng, Court.BackgroundCivil.Clamp(date.AddDays(s * rng.Between(10, 60))), seller, (carrier.Company.Name, carrier.Company.CreditCode), truck.PlateNo, (driver.Name, driver.IdNo, kind == 3 ? null : driver.CertNo), misdeclare: kind == 0 && rng.Chance(0.4));
                TruthLog.Cite(entry, "waybills", w.WaybillNo);
                TruthLog.Cite(seller.Entry, "waybills", w.WaybillNo);
            }
        }

        world.Truth.Leads.Add(entry);
    }

    /// <summary>A waybill of the seller's goods; misdeclared shipments hide the UN number and name the goods by trade names.</summary>
    private Waybill Shipment(Rng rng, DateOnly date, Seller seller, (string Name, string? Id) carrier, string plate, (string Name, string? Id, string? Cert) driver, bool misdeclare)
    {
        var to = rng.Pick(Regions.Local);
        var consignee = world.Persons.RandomBackgroundIn(rng, to, date, 20, 45);
        var goods = misdeclare ? rng.Pick(["奶油气弹", "食品添加剂（奶油气）", "厨房用品"]) : rng.Pick(["一氧化二氮", "一氧化二氮（液化的）", "奶油气弹"]);
        var boxes = rng.Between(10, 80);
        return _rows.NewWaybill(rng, date, (seller.Display, seller.Id), (world.Persons.NameOf(consignee), world.Persons.IdOf(consignee)), seller.Area, to, carrier, plate, driver,
            goods, misdeclare ? null : "UN1070", misdeclare ? null : "2.2", boxes * rng.Between(5, 9), boxes);
    }

    private static string EntityKey(VenueInfo venue) => SupervisionModels.Entities.EntityKey.Record(venue.Row.VenueId).Value;

    /// <summary>At hard, now and then a street name or odd spelling instead of the substance's usual words (never for a paraphrase, which avoids them all).</summary>
    private SlangTerm? Slang() => world.IsHard && _hard.Chance(0.3) ? _hard.Pick(SlangTerm.All) : null;

    private static void TagSlang(TruthEntry entry, bool slang)
    {
        if (slang && !entry.Tags.Contains("slang"))
        {
            entry.Tags.Add("slang");
        }
    }

    private static void CheckParaphrase(bool paraphrase, string text)
    {
        if (paraphrase && Keywords.MentionsNitrousOxide(text))
        {
            throw new InvalidOperationException("A paraphrased nitrous-oxide text still names the substance: " + text);
        }
    }
}
