using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Output;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Datasets.Generator.Text;

namespace SupervisionModels.Datasets.Generator.NitrousOxide;

/// <summary>SM0002 decoys (domain §2.5): lawful trade and transport of nitrous oxide, innocent uses of the words, and near-misses on age and venue.</summary>
internal sealed partial class NitrousOxideScenario
{
    private void BuildDecoys(Rng rng)
    {
        for (var i = 0; i < world.Profile.N2ODecoysPerKind; i++)
        {
            LicensedFoodGradeChain(rng, expiredLater: i % 2 == 1);
            Innocent(rng, "hospital");
            Innocent(rng, "bakery");
            Innocent(rng, "airsoft");
            Innocent(rng, "balloon");
            MinorWitness(rng);
            JustEighteen(rng);
            SingleAdultIncidentVenue(rng);
            SameAddressOtherEntity(rng);
        }

        if (world.IsHard)
        {
            BuildHardDecoys();
        }
    }

    /// <summary>A decoy; its decisive fact is written only at <see cref="Difficulty.Hard"/>, so that easy data (the committed sample's) stays as it was.</summary>
    private TruthEntry Decoy(string key, string role, string name, string kind, string note, string? decisiveFact = null)
    {
        var entry = TruthLog.Entry(ModelId, key, role, name, note, kind, world.IsHard ? decisiveFact : null);
        world.Truth.Decoys.Add(entry);
        return entry;
    }

    /// <summary>
    /// A licensed trader (N2O in scope) shipping food-grade cream chargers to registered bakeries by a licensed class-2.2
    /// carrier with qualified crew; with <paramref name="expiredLater"/> the licence expired after the shipments.
    /// </summary>
    private void LicensedFoodGradeChain(Rng rng, bool expiredLater)
    {
        var area = rng.Chance(0.7) ? Regions.Longkou : registries.Area(rng);
        var date = EventDate(rng);
        var trader = world.Enterprises.CreateSector(rng, new EnterpriseSpec(Industries.Gas, area) { Established = new DateOnly(2008, 1, 1).AddDays(rng.Next(2500)) });
        var from = date.AddDays(-rng.Between(200, 700));
        var licence = registries.Licence(rng, trader, [Chemicals.NitrousOxide, Chemicals.Oxygen, Chemicals.CarbonDioxide, Chemicals.Nitrogen], from, expiredLater ? date.AddDays(rng.Between(60, 200)) : from.AddYears(3));
        registries.Traders.Add((trader, licence));
        var carrier = registries.AddCarrier(rng, area, dangerous: true, "2.1;2.2;3", 2, validDriverCerts: true);
        var sellerEntry = Decoy("CC:" + trader.CreditCode, "非法销售者", trader.Name, expiredLater ? "许可证在交易时有效" : "持证食品级销售",
            expiredLater ? "交易发生时危化品经营许可有效且含一氧化二氮，许可证此后才到期" : "持有含一氧化二氮的危化品经营许可，向登记的烘焙企业销售食品级奶油气弹",
            expiredLater ? "D12: 许可含一氧化二氮，在交易日有效（此后才到期）" : "D12: 销售时持有含一氧化二氮、未过期的危化品经营许可");
        var carrierEntry = Decoy("CC:" + carrier.Company.CreditCode, "非法运输者", carrier.Company.Name, "持证危货承运", "持有含2类2项的危货运输许可，车辆、驾驶员资质齐全",
            "D20: 运输时持有含2.2类、未过期的危货运输许可，驾驶员持证");
        TruthLog.Cite(sellerEntry, "hazchem_permits", licence.LicenceNo);
        TruthLog.Cite(carrierEntry, "transport_permits", carrier.Permit.PermitNo);
        for (var k = 0; k < 2; k++)
        {
            var bakery = world.Enterprises.CreateSector(rng, new EnterpriseSpec(Industries.Bakery, rng.Pick(Regions.Local)));
            var user = registries.User(rng, bakery, Chemicals.NitrousOxide, "奶油发泡", trader);
            var truck = carrier.Vehicles[k % carrier.Vehicles.Count];
            var driver = carrier.Drivers.First(d => d.Categories.Contains("驾驶员", StringComparison.Ordinal));
            var shipDate = date.AddDays(k * rng.Between(5, 40));
            var w = _rows.NewWaybill(rng, shipDate, (trader.Name, trader.CreditCode), (bakery.Name, bakery.CreditCode), area, bakery.Area, (carrier.Company.Name, carrier.Company.CreditCode),
                truck.PlateNo, (driver.Name, driver.IdNo, driver.CertNo), rng.Pick(["食品级奶油气弹", "一氧化二氮（食品级）"]), "UN1070", "2.2", rng.Between(50, 300), rng.Between(5, 40));
            TruthLog.Cite(sellerEntry, "waybills", w.WaybillNo);
            TruthLog.Cite(carrierEntry, "waybills", w.WaybillNo);
            TruthLog.Cite(sellerEntry, "hazchem_users", user.RecordId);
        }
    }

    /// <summary>Police records that use the words innocently: hospital anaesthesia, a bakery's chargers, airsoft 气弹, helium “笑气球”.</summary>
    private void Innocent(Rng rng, string kind)
    {
        var area = rng.Chance(0.7) ? Regions.Longkou : registries.Area(rng);
        var date = EventDate(rng);
        var when = PoliceFactory.At(date, rng);
        EnterpriseInfo? business = kind switch
        {
            "hospital" => world.Enterprises.CreateSector(rng, new EnterpriseSpec(Industries.Medical, area)),
            "bakery" => world.Enterprises.CreateSector(rng, new EnterpriseSpec(Industries.Bakery, area)),
            "balloon" => world.Enterprises.CreateSector(rng, new EnterpriseSpec(Industries.Trade, area)),
            _ => null,
        };
        if (business is not null && kind is "hospital" or "bakery")
        {
            registries.User(rng, business, Chemicals.NitrousOxide, kind == "hospital" ? "医用麻醉镇痛" : "奶油发泡");
        }

        var owner = world.Persons.RandomBackgroundIn(rng, area, date, 25, 60);
        var place = business?.Address ?? area.County + rng.Pick(area.Townships) + "某玩具店";
        var summary = PoliceText.Innocent(new Composer(new Rng(rng.NextULong())), new PoliceFacts(when, business?.Name ?? place, world.Persons.NameOf(owner)), kind);
        var (record, cause) = kind switch
        {
            "hospital" => ("警情", "纠纷"),
            "bakery" => ("警情", "盗窃"),
            "airsoft" => ("行政案件", "违反枪支管理规定"),
            _ => ("警情", "其他"),
        };
        var c = _rows.NewCase(when, record, cause, area, rng.Pick(area.Townships), place, null, summary);
        c.Persons.Add(_rows.Police.Person(c.Case.PoliceCaseNo, 1, owner, kind == "airsoft" ? "违法行为人" : "报警人", date, rng, unitName: business?.Name, unitCode: business?.CreditCode));
        _rows.Commit(c);
        var (key, name, role, decoyKind, note) = kind switch
        {
            "hospital" => ("CC:" + business!.CreditCode, business.Name, "场所", "医用笑气", "医院口腔科依规使用医用笑气镇静，警情为医疗纠纷"),
            "bakery" => ("CC:" + business!.CreditCode, business.Name, "非法销售者", "烘焙奶油气弹", "烘焙店自用奶油气弹被盗报警，不对外销售"),
            "airsoft" => ("ID:" + world.Persons.IdOf(owner), world.Persons.NameOf(owner), "非法销售者", "玩具枪气弹", "“气弹”指玩具枪弹药，与一氧化二氮无关"),
            _ => ("CC:" + business!.CreditCode, business.Name, "非法销售者", "氦气笑气球", "“笑气球”实为氦气球，不含一氧化二氮"),
        };
        var fact = kind switch
        {
            "hospital" => "D01: 医用（口腔科笑气镇静），简要案情载明正当用途",
            "bakery" => "D01: 烘焙自用奶油气弹，不对外销售",
            "airsoft" => "D01: “气弹”为玩具枪弹药，不是一氧化二氮",
            _ => "D01: “笑气球”实为氦气球，不含一氧化二氮",
        };
        var entry = Decoy(key, role, name, decoyKind, note, fact);
        TruthLog.Cite(entry, "police_cases", c.Case.PoliceCaseNo);
    }

    /// <summary>A minor recorded as a witness (not a user) in an adults' inhalation incident.</summary>
    private void MinorWitness(Rng rng)
    {
        var area = Regions.Longkou;
        var date = EventDate(rng);
        var minor = world.Persons.Add(new PersonSpec { Area = area, BornFrom = date.AddYears(-17), BornTo = date.AddYears(-14) }, rng);
        var adult = world.Persons.RandomBackgroundIn(rng, area, date, 20, 30);
        var when = PoliceFactory.At(date, rng, night: true);
        var place = area.County + rng.Pick(area.Townships) + "某小区楼下";
        var summary = PoliceText.Use(new Composer(new Rng(rng.NextULong())), new PoliceFacts(when, place, world.Persons.NameOf(adult)), paraphrase: false, minors: false) + "报警人系附近居住的学生" + world.Persons.NameOf(minor) + "，其未参与吸食。";
        var c = _rows.NewCase(when, "警情", "治安：其他", area, rng.Pick(area.Townships), place, null, summary, "笑气钢瓶", rng.Between(2, 10), "罐");
        c.Persons.Add(_rows.Police.Person(c.Case.PoliceCaseNo, 1, adult, "吸食人员", date, rng));
        c.Persons.Add(_rows.Police.Person(c.Case.PoliceCaseNo, 2, minor, "报警人", date, rng, guardian: true));
        _rows.Commit(c);
        var entry = Decoy("ID:" + world.Persons.IdOf(minor), "未成年人", world.Persons.NameOf(minor), "未成年报警人", "未成年人系报警人、证人，未吸食", "D24: 人员角色为报警人，不是吸食人员");
        TruthLog.Cite(entry, "police_cases", c.Case.PoliceCaseNo);
        TruthLog.Cite(entry, "police_persons", c.Persons[1].PersonKey);
    }

    /// <summary>
    /// A user who had just turned eighteen on the event date; a year earlier, at seventeen, he lodged properly with a
    /// parent, so age computed at any other date than the event's says "minor".
    /// </summary>
    private void JustEighteen(Rng rng)
    {
        var area = Regions.Longkou;
        var date = EventDate(rng);
        var user = world.Persons.Add(new PersonSpec { Area = area, BornFrom = date.AddYears(-18).AddDays(-200), BornTo = date.AddYears(-18).AddDays(-5), IsMale = true }, rng);
        var when = PoliceFactory.At(date, rng, night: true);
        var place = area.County + rng.Pick(area.Townships) + "某出租屋";
        var summary = PoliceText.Use(new Composer(new Rng(rng.NextULong())), new PoliceFacts(when, place, world.Persons.NameOf(user)), paraphrase: false, minors: false);
        var c = _rows.NewCase(when, "警情", "治安：其他", area, rng.Pick(area.Townships), place, null, summary, "笑气钢瓶", rng.Between(2, 10), "罐");
        c.Persons.Add(_rows.Police.Person(c.Case.PoliceCaseNo, 1, user, "吸食人员", date, rng));
        _rows.Commit(c);
        var hotel = registries.Venues.FirstOrDefault(v => v.Lodging && ReferenceEquals(v.Area, area)) ?? registries.Venues.First(v => v.Lodging);
        var parent = world.Persons.Add(new PersonSpec { Area = area, BornFrom = new DateOnly(1970, 1, 1), BornTo = new DateOnly(1982, 12, 31), Surname = world.Persons.SurnameOf(user) }, rng);
        var earlier = PoliceFactory.At(date.AddDays(-rng.Between(250, 360)), rng);
        var checkin = _rows.NewCheckin(rng, earlier, hotel, user, [parent], guardianRecorded: true, guardian: parent);
        _rows.NewCheckin(rng, earlier, hotel, parent, [user], guardianRecorded: false);
        var entry = Decoy("ID:" + world.Persons.IdOf(user), "未成年人", world.Persons.NameOf(user), "案发时已满十八周岁", "案发时已满18周岁（早前入住时未满18周岁），按案发日计算不属未成年人", "D24: 按案发日计算已满18周岁");
        TruthLog.Cite(entry, "police_cases", c.Case.PoliceCaseNo);
        TruthLog.Cite(entry, "lodging_checkins", checkin.CheckinId);
    }

    /// <summary>A venue with a single adults-only incident, whose minor guests all lodged with a guardian, registered.</summary>
    private void SingleAdultIncidentVenue(Rng rng)
    {
        var venue = registries.AddVenue(rng, Regions.Longkou, rng.Pick(["宾馆", "电竞酒店", "KTV"]));
        world.DecoyVenues.Add(venue.Row.VenueId);
        var date = EventDate(rng);
        var adults = new List<int> { world.Persons.RandomBackgroundIn(rng, venue.Area, date, 20, 35), world.Persons.RandomBackgroundIn(rng, venue.Area, date, 20, 35) };
        var entry = Decoy(EntityKey(venue), "场所", venue.Row.Name, "成人单次事件场所", "仅发生一次成年人吸食警情，未成年人入住均由监护人陪同并登记", "min-venue-events: 仅一起警情（未达多次），且无未成年人吸食");
        Incident(rng, PoliceFactory.At(date, rng, night: true), venue, [], adults, entry);
        TruthLog.Cite(entry, "venues", venue.Row.VenueId);
        if (venue.Lodging)
        {
            for (var k = 0; k < 2; k++)
            {
                var child = world.Persons.Add(new PersonSpec { Area = venue.Area, BornFrom = date.AddYears(-16), BornTo = date.AddYears(-10) }, rng);
                var parent = world.Persons.Add(new PersonSpec { Area = venue.Area, BornFrom = new DateOnly(1972, 1, 1), BornTo = new DateOnly(1985, 12, 31), Surname = world.Persons.SurnameOf(child) }, rng);
                var when = PoliceFactory.At(date.AddDays(rng.Between(-60, 60)), rng);
                var row = _rows.NewCheckin(rng, when, venue, child, [parent], guardianRecorded: true, guardian: parent);
                _rows.NewCheckin(rng, when, venue, parent, [child], guardianRecorded: false);
                TruthLog.Cite(entry, "lodging_checkins", row.CheckinId);
            }
        }
    }

    /// <summary>A licensed trader at the same address as an unlicensed seller: the address matches, the credit code does not.</summary>
    private void SameAddressOtherEntity(Rng rng)
    {
        var seller = _sellers.FirstOrDefault(s => s.Company is not null) ?? _sellers[0];
        var date = EventDate(rng);
        var neighbour = world.Enterprises.CreateSector(rng, new EnterpriseSpec(Industries.Gas, seller.Area) { Established = new DateOnly(2009, 1, 1).AddDays(rng.Next(2000)) });
        var licence = registries.Licence(rng, neighbour, [Chemicals.NitrousOxide, Chemicals.Oxygen], date.AddYears(-1), date.AddYears(2));

        // The licence names the seller's premises as the place of business (a shared yard or building).
        world.Registries.Permits[^1] = licence with { Address = seller.Address };
        var entry = Decoy("CC:" + neighbour.CreditCode, "非法销售者", neighbour.Name, "同址不同主体", "与无证销售者登记在同一地址的持证企业，应按统一社会信用代码而非地址关联", "D10: 按统一社会信用代码关联的持证主体，只是与无证销售者同址");
        TruthLog.Cite(entry, "hazchem_permits", licence.LicenceNo);
    }
}
