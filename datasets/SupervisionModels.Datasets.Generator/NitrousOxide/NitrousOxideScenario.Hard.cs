using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Output;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Datasets.Generator.Text;

namespace SupervisionModels.Datasets.Generator.NitrousOxide;

/// <summary>
/// SM0002's hard decoys: each differs from a planted lead in one decisive fact. Ordinary drug cases at the same kinds
/// of venue, with minors, unguarded check-ins and "吸食" — but methamphetamine, heroin, ketamine or cannabis (D25);
/// lawful buyers whose police records name nitrous oxide (D01); a licensed distributor punished by police for
/// something other than selling, whose record says it sells nitrous oxide (D12).
/// </summary>
internal sealed partial class NitrousOxideScenario
{
    private void BuildHardDecoys()
    {
        var rng = _hard;
        for (var i = 0; i < world.Profile.N2ODecoysPerKind; i++)
        {
            DrugVenue(rng, HardPoliceText.Drugs[i % HardPoliceText.Drugs.Count]);
            DrugMinorElsewhere(rng, HardPoliceText.Drugs[(i + 1) % HardPoliceText.Drugs.Count], negatedMention: false);
            DrugMinorElsewhere(rng, HardPoliceText.Drugs[(i + 2) % HardPoliceText.Drugs.Count], negatedMention: true);
            LawfulBuyer(rng, "dental");
            LawfulBuyer(rng, "cafe");
            LawfulBuyer(rng, "hospital");
            InspectedDistributor(rng);
        }
    }

    private static string DrugFact(OtherDrug drug) => "D25: 其他毒品（" + drug.Name + "），无一氧化二氮";

    /// <summary>
    /// A hotel or KTV where minors were caught taking another drug two or three times, lodging there unguarded on
    /// those nights: a planted venue in every fact but the substance.
    /// </summary>
    private void DrugVenue(Rng rng, OtherDrug drug)
    {
        var venue = registries.AddVenue(rng, Regions.Longkou, rng.Pick(["宾馆", "电竞酒店", "KTV", "量贩KTV", "快捷酒店"]));
        world.DecoyVenues.Add(venue.Row.VenueId);
        var venueEntry = Decoy(EntityKey(venue), "场所", venue.Row.Name, "其他毒品场所", "多次发生未成年人吸毒警情（" + drug.Name + "），不涉及一氧化二氮", DrugFact(drug));
        TruthLog.Cite(venueEntry, "venues", venue.Row.VenueId);
        var first = new DateOnly(2021, 3, 1).AddDays(rng.Next(700));
        var incidents = rng.Between(2, 3);
        for (var k = 0; k < incidents; k++)
        {
            var date = first.AddDays(k * rng.Between(20, 120));
            var minors = Enumerable.Range(0, rng.Between(1, 2)).Select(_ => world.Persons.Add(new PersonSpec { Area = venue.Area, BornFrom = date.AddYears(-17), BornTo = date.AddYears(-14) }, rng)).ToList();
            var when = PoliceFactory.At(date, rng, night: true);
            var place = venue.Area.County + venue.Row.Name + (venue.Lodging ? rng.Pick(["一客房内", "房间内"]) : rng.Pick(["包间内", "一包厢内"]));
            var summary = HardPoliceText.DrugUse(new Composer(new Rng(rng.NextULong())), new PoliceFacts(when, place, world.Persons.NameOf(minors[0])), drug, minors: true, negatedMention: false);
            var c = _rows.NewCase(when, "行政案件", "吸毒", venue.Area, rng.Pick(venue.Area.Townships), venue.Area.County + venue.Row.Name, rng.Chance(0.7) ? venue.Row.VenueId : null, summary,
                drug.Street, rng.Between(1, 9), "克");
            foreach (var m in minors)
            {
                c.Persons.Add(_rows.Police.Person(c.Case.PoliceCaseNo, c.Persons.Count + 1, m, "违法行为人", date, rng, guardian: rng.Chance(0.5)));
            }

            _rows.Commit(c);
            TruthLog.Cite(venueEntry, "police_cases", c.Case.PoliceCaseNo);
            foreach (var m in minors)
            {
                var minorEntry = Decoy("ID:" + world.Persons.IdOf(m), "未成年人", world.Persons.NameOf(m), "其他毒品未成年人", "未成年人吸食" + drug.Name + "，不涉及一氧化二氮", DrugFact(drug));
                TruthLog.Cite(minorEntry, "police_cases", c.Case.PoliceCaseNo);
                TruthLog.Cite(minorEntry, "police_persons", c.Persons.First(p => p.IdNo == world.Persons.IdOf(m)).PersonKey);
                if (venue.Lodging)
                {
                    var checkin = _rows.NewCheckin(rng, when.AddHours(-rng.Between(1, 4)), venue, m, minors.Where(o => o != m), guardianRecorded: false);
                    TruthLog.Cite(minorEntry, "lodging_checkins", checkin.CheckinId);
                    TruthLog.Cite(venueEntry, "lodging_checkins", checkin.CheckinId);
                }
            }
        }
    }

    /// <summary>
    /// A minor caught twice taking another drug in a flat, a park or a car park; with <paramref name="negatedMention"/>
    /// the officer also wrote that no 笑气 was found — a mention of the substance that is no mention at all.
    /// </summary>
    private void DrugMinorElsewhere(Rng rng, OtherDrug drug, bool negatedMention)
    {
        var area = rng.Chance(0.8) ? Regions.Longkou : rng.Pick(Regions.Local);
        var first = EventDate(rng);
        var minor = world.Persons.Add(new PersonSpec { Area = area, BornFrom = first.AddYears(-17), BornTo = first.AddYears(-13) }, rng);
        var entry = Decoy("ID:" + world.Persons.IdOf(minor), "未成年人", world.Persons.NameOf(minor), negatedMention ? "其他毒品未成年人（否定提及笑气）" : "其他毒品未成年人",
            "未成年人吸食" + drug.Name + (negatedMention ? "，简要案情写明未发现笑气" : "，不涉及一氧化二氮"),
            negatedMention ? "D25: 其他毒品（" + drug.Name + "），笑气仅被否定提及（“未发现笑气”）" : DrugFact(drug));
        for (var k = 0; k < 2; k++)
        {
            var date = BackgroundCivilClamp(first.AddDays(k * rng.Between(30, 150)));
            var when = PoliceFactory.At(date, rng, night: true);
            var place = area.County + rng.Pick(area.Townships) + rng.Pick(["某出租屋", "某公园", "某小区地下车库", "某网吧门口"]);
            var summary = HardPoliceText.DrugUse(new Composer(new Rng(rng.NextULong())), new PoliceFacts(when, place, world.Persons.NameOf(minor)), drug, minors: true, negatedMention && k == 0);
            var c = _rows.NewCase(when, "行政案件", "吸毒", area, rng.Pick(area.Townships), place, null, summary, drug.Street, rng.Between(1, 5), "克");
            c.Persons.Add(_rows.Police.Person(c.Case.PoliceCaseNo, 1, minor, "违法行为人", date, rng, guardian: rng.Chance(0.5)));
            _rows.Commit(c);
            TruthLog.Cite(entry, "police_cases", c.Case.PoliceCaseNo);
            TruthLog.Cite(entry, "police_persons", c.Persons[0].PersonKey);
        }
    }

    private static DateOnly BackgroundCivilClamp(DateOnly date) => Court.BackgroundCivil.Clamp(date);

    /// <summary>A dental clinic, a café or a hospital that buys nitrous oxide lawfully (registered as a user), named in a police record.</summary>
    private void LawfulBuyer(Rng rng, string kind)
    {
        var area = rng.Chance(0.7) ? Regions.Longkou : registries.Area(rng);
        var date = EventDate(rng);
        var when = PoliceFactory.At(date, rng);
        var business = world.Enterprises.CreateSector(rng, new EnterpriseSpec(kind == "cafe" ? Industries.Bakery : Industries.Medical, area));
        var supplier = registries.Traders.Count > 0 ? rng.Pick(registries.Traders).Trader : null;
        var user = registries.User(rng, business, Chemicals.NitrousOxide, kind switch { "dental" => "口腔镇静镇痛", "cafe" => "奶油发泡", _ => "医用麻醉镇痛" }, supplier);
        var person = world.Persons.RandomBackgroundIn(rng, area, date, 25, 60);
        var summary = HardPoliceText.LawfulUser(new Composer(new Rng(rng.NextULong())), new PoliceFacts(when, business.Name, world.Persons.NameOf(person)), kind);
        var c = _rows.NewCase(when, "警情", kind == "cafe" ? "盗窃" : "纠纷", area, rng.Pick(area.Townships), business.Address, null, summary);
        c.Persons.Add(_rows.Police.Person(c.Case.PoliceCaseNo, 1, person, "报警人", date, rng, unitName: kind == "cafe" ? business.Name : null, unitCode: kind == "cafe" ? business.CreditCode : null));
        _rows.Commit(c);
        var (role, decoyKind, note, fact) = kind switch
        {
            "dental" => ("场所", "口腔诊所合法使用", "口腔诊所依规使用医用氧化亚氮镇静，已办理使用登记", "D01: 医用（口腔镇静），危化品使用登记在册"),
            "cafe" => ("非法销售者", "咖啡店自用奶油气", "咖啡甜品店自用食品级奶油气弹，已办理使用登记，不对外销售", "D01: 店内自用，不对外销售，使用登记在册"),
            _ => ("场所", "医院麻醉用气", "医院麻醉科依规使用医用氧化亚氮", "D01: 医用（吸入麻醉），危化品使用登记在册"),
        };
        var entry = Decoy("CC:" + business.CreditCode, role, business.Name, decoyKind, note, fact);
        TruthLog.Cite(entry, "police_cases", c.Case.PoliceCaseNo);
        TruthLog.Cite(entry, "hazchem_users", user.RecordId);
    }

    /// <summary>
    /// A licensed distributor (nitrous oxide in scope, valid on the day) fined by police for storage or ledger faults:
    /// a "违法行为人" in a police case whose summary says it sells 一氧化二氮 — an unlicensed seller but for the licence.
    /// </summary>
    private void InspectedDistributor(Rng rng)
    {
        var area = rng.Chance(0.7) ? Regions.Longkou : registries.Area(rng);
        var date = EventDate(rng);
        var contact = world.Persons.Add(new PersonSpec { Area = area, BornFrom = new DateOnly(1968, 1, 1), BornTo = new DateOnly(1990, 12, 31) }, rng);
        var trader = world.Enterprises.CreateSector(rng, new EnterpriseSpec(Industries.Gas, area) { LegalRep = contact, Established = new DateOnly(2008, 1, 1).AddDays(rng.Next(2500)) });
        var licence = registries.Licence(rng, trader, [Chemicals.NitrousOxide, Chemicals.Oxygen, Chemicals.Nitrogen], date.AddDays(-rng.Between(100, 700)), date.AddDays(rng.Between(200, 900)));
        registries.Traders.Add((trader, licence));
        var when = PoliceFactory.At(date, rng);
        var summary = HardPoliceText.LicensedDistributorInspected(new Composer(new Rng(rng.NextULong())), new PoliceFacts(when, trader.Name + "仓库", trader.Name));
        var c = _rows.NewCase(when, "行政案件", "违反危险化学品安全管理规定", area, rng.Pick(area.Townships), trader.Address, null, summary);
        c.Persons.Add(_rows.Police.Person(c.Case.PoliceCaseNo, 1, contact, "违法行为人", date, rng, unitName: world.Variants.Organization(trader, rng, true, 0.2), unitCode: trader.CreditCode));
        _rows.Commit(c);
        var entry = Decoy("CC:" + trader.CreditCode, "非法销售者", trader.Name, "持证经销商（非销售违法）", "持有含一氧化二氮的有效危化品经营许可，因储存、台账问题受行政处罚，销售流向合法",
            "D12: 销售时持有含一氧化二氮、未过期的危化品经营许可");
        TruthLog.Cite(entry, "hazchem_permits", licence.LicenceNo);
        TruthLog.Cite(entry, "police_cases", c.Case.PoliceCaseNo);
        TruthLog.Cite(entry, "police_persons", c.Persons[0].PersonKey);
    }
}
