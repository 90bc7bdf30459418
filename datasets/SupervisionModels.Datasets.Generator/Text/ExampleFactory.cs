using System.Globalization;
using SupervisionModels.Datasets.Generator.Court;
using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.NitrousOxide;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Datasets.Generator.Text.Stories;

namespace SupervisionModels.Datasets.Generator.Text;

/// <summary>Writes one labelled example of a given model and kind, retrying until the text really is of that kind.</summary>
internal sealed class ExampleFactory(World world)
{
    private readonly PartyFactory _parties = new(world);
    private readonly BackgroundCivil _civil = new(world);

    public (string Source, string Text) Example(string model, string kind, Rng rng)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var (source, text) = model switch
            {
                "SM0001" => ("judgments", Judgment(kind, rng)),
                "SM0002" => ("police_cases", Police(kind, rng)),
                _ => ("procuratorate_cases", Procuratorate(kind, rng)),
            };
            var hit = Keywords.Hits(model, text);
            if (hit == kind is "keyword_hit" or "innocent_keyword")
            {
                return (source, text);
            }
        }

        throw new InvalidOperationException($"Could not write a {kind} example for {model} in 20 attempts.");
    }

    private string Judgment(string kind, Rng rng)
    {
        if (kind == "unrelated")
        {
            // Any ordinary civil case whose text misses the keywords (divorce, traffic, wages, property fees…).
            var block = world.Layout.Blocks.Where(b => b.CaseType == CaseTypes.CivilFirstInstance).ElementAt(rng.Next(world.Layout.Blocks.Count(b => b.CaseType == CaseTypes.CivilFirstInstance)));
            var slot = block.Start + rng.Next(block.Count);
            var (h, ordinary, _) = _civil.FirstInstance(slot);
            return CivilJudgmentWriter.Write(new Composer(new Rng(rng.NextULong())), h, ordinary);
        }

        var area = rng.Pick(Regions.FakeLitigationCourts);
        var year = rng.Pick(JudgmentLayout.Years);
        var b2 = world.Layout.BlockFor(area, false, year, CaseTypes.CivilFirstInstance);
        var n = rng.Next(b2.Count);
        var header = new CaseHeader { Block = b2, CaseNo = world.Layout.CaseNo(b2.Start + n), Filing = b2.FilingDate(n) };
        var at = header.Filing;
        var plaintiff = _parties.Person("原告", world.Persons.RandomBackgroundIn(rng, area, at), rng, at, agentRate: 0.8);
        CivilStory story;
        if (kind is "keyword_hit" or "paraphrase_no_keyword")
        {
            var paraphrase = kind == "paraphrase_no_keyword";
            var zombie = world.Enterprises.RandomBackground(rng, at);
            var narrative = paraphrase ? FakeSuitNarrative.LoanAgainstQuota : (FakeSuitNarrative)rng.Next(3);
            header.Cause = narrative switch { FakeSuitNarrative.VehicleTransfer => "买卖合同纠纷", FakeSuitNarrative.FreightCharges => "合同纠纷", _ => "民间借贷纠纷" };
            header.Parties.Add(plaintiff);
            header.Parties.Add(_parties.Organization("被告", zombie, rng, at));
            Shape(header, rng, fake: true);
            var plate = area.PlatePrefix + Identifiers.PlateBody(rng.NextLong(1_000_000));
            story = new FakeSuitStory(header, rng, narrative, paraphrase, plate, rng.Pick(["重型半挂牵引车", "轻型厢式货车", "小型轿车"]), Math.Round(rng.Amount(120_000, 0.45, 1000, 50_000, 380_000) / 5000) * 5000);
        }
        else
        {
            var choice = rng.Next(4);
            header.Parties.Add(choice == 2 ? _parties.Organization("原告", rng.Pick(world.Enterprises.Banks), rng, at, 0.9) : plaintiff);
            header.Parties.Add(choice == 0 ? _parties.Organization("被告", world.Enterprises.RandomBackground(rng, at, Industries.CarSales), rng, at, 0.6) : _parties.Organization("被告", world.Enterprises.RandomBackground(rng, at), rng, at, 0.5));
            Shape(header, rng, fake: false);
            var plate = area.PlatePrefix + Identifiers.PlateBody(rng.NextLong(1_000_000));
            (header.Cause, story) = choice switch
            {
                0 => ("买卖合同纠纷", (CivilStory)new SaleStory(header, rng, usedCar: true)),
                1 => ("民间借贷纠纷", new VehicleFinanceStory(header, rng, plate, setOff: true)),
                2 => ("金融借款合同纠纷", new BankLoanStory(header, rng, creditCard: false)),
                _ => ("买卖合同纠纷", new SaleStory(header, rng, usedCar: false)),
            };
        }

        var full = CourtFees.Property(header.Claim ?? 0m);
        header.Fee = header.Procedure != "普通程序" || header.ClosingMode != "判决" ? CourtFees.Halved(full) : full;
        world.Staff.Assign(header, rng);
        return CivilJudgmentWriter.Write(new Composer(new Rng(rng.NextULong())), header, story);
    }

    private static void Shape(CaseHeader h, Rng rng, bool fake)
    {
        h.ClosingMode = fake ? (rng.Chance(0.55) ? "调解" : "判决") : rng.Chance(0.8) ? "判决" : "调解";
        h.DocType = h.ClosingMode == "调解" ? "民事调解书" : "民事判决书";
        h.Procedure = fake || rng.Chance(0.6) ? "简易程序" : "普通程序";
        h.Default = h.ClosingMode == "判决" && rng.Chance(fake ? 0.55 : 0.1);
        h.Admitted = h.ClosingMode == "判决" && !h.Default && rng.Chance(fake ? 0.6 : 0.05);
        h.Decided = h.Filing.AddDays(fake ? rng.Between(6, 40) : rng.Between(40, 180));
    }

    private string Police(string kind, Rng rng)
    {
        var area = rng.Chance(0.7) ? Regions.Longkou : rng.Pick(Regions.Local);
        var date = new DateOnly(2019, 1, 1).AddDays(rng.Next(1800));
        var when = PoliceFactory.At(date, rng, night: rng.Chance(0.6));
        var person = world.Persons.NameOf(world.Persons.RandomBackgroundIn(rng, area, date, 14, 40));
        var place = area.County + rng.Pick(area.Townships) + rng.Pick(["某KTV包间", "某宾馆", "某小区", "某公园", "某出租屋", "某网吧门口"]);
        var c = new Composer(new Rng(rng.NextULong()));
        var quantity = rng.Between(2, 60).ToString(CultureInfo.InvariantCulture) + "罐";
        switch (kind)
        {
            case "keyword_hit":
            case "paraphrase_no_keyword":
                var paraphrase = kind == "paraphrase_no_keyword";
                var goods = PoliceText.Goods(c, paraphrase);
                return rng.Next(3) switch
                {
                    0 => PoliceText.Sale(c, new PoliceFacts(when, place, person, Item: goods.Text, Quantity: quantity), paraphrase, rng.Chance(0.5)),
                    1 => PoliceText.Transport(c, new PoliceFacts(when, place, person, Item: goods.Text, Quantity: quantity, Plate: area.PlatePrefix + Identifiers.PlateBody(rng.NextLong(1_000_000))), paraphrase),
                    _ => PoliceText.Use(c, new PoliceFacts(when, place, person, Quantity: quantity), paraphrase, rng.Chance(0.6)),
                };
            case "innocent_keyword":
                var innocent = rng.Pick(["hospital", "bakery", "airsoft", "balloon"]);
                var where = innocent switch
                {
                    "hospital" => area.County + rng.Pick(["人民医院", "中医院", "口腔医院", "妇幼保健院"]),
                    "bakery" => area.County + rng.Pick(TradeNames.Chars) + rng.Pick(TradeNames.Chars) + rng.Pick(["烘焙坊", "蛋糕店", "西点屋"]),
                    "airsoft" => area.County + rng.Pick(area.Townships) + "某玩具店",
                    _ => area.County + rng.Pick(["某商场", "某步行街", "某广场"]),
                };
                return PoliceText.Innocent(c, new PoliceFacts(when, where, person), innocent);
            default:
                var other = world.Persons.NameOf(world.Persons.RandomBackgroundIn(rng, area, date, 18, 70));
                return PoliceText.Background(c, rng.Pick(["盗窃", "纠纷", "殴打他人", "交通事故", "求助", "诈骗", "赌博", "吸毒", "噪音扰民", "酒驾"]), new PoliceFacts(when, place, person, other));
        }
    }

    private string Procuratorate(string kind, Rng rng)
    {
        var area = rng.Chance(0.6) ? Regions.Shanxian : rng.Pick(Regions.Local);
        var date = new DateOnly(2019, 6, 1).AddDays(rng.Next(1600));
        var relevant = kind is "keyword_hit" or "paraphrase_no_keyword";
        var charge = relevant ? rng.Pick(["故意伤害罪", "交通肇事罪", "诈骗罪", "抢劫罪"]) : rng.Pick(["故意伤害罪", "盗窃罪", "诈骗罪", "危险驾驶罪", "寻衅滋事罪", "交通肇事罪"]);
        var injury = charge switch
        {
            "故意伤害罪" => relevant ? rng.Pick([InjuryLevels.SeriousSecond, InjuryLevels.MinorFirst, InjuryLevels.SeriousFirst]) : rng.Pick([InjuryLevels.MinorSecond, InjuryLevels.MinorFirst]),
            "交通肇事罪" => rng.Chance(0.5) ? InjuryLevels.Death : InjuryLevels.SeriousSecond,
            "寻衅滋事罪" or "抢劫罪" => InjuryLevels.MinorSecond,
            _ => InjuryLevels.None,
        };
        var paid = relevant ? rng.Pick([CompensationStatuses.None, CompensationStatuses.Unable, CompensationStatuses.Partial]) : rng.Pick([CompensationStatuses.Full, CompensationStatuses.Full, CompensationStatuses.Partial, CompensationStatuses.None]);
        var facts = new CaseFacts(charge, date, area.County + rng.Pick(area.Townships) + "某村", world.Persons.NameOf(world.Persons.RandomBackgroundIn(rng, area, date, 18, 65)),
            world.Persons.NameOf(world.Persons.RandomBackgroundIn(rng, area, date, 10, 85)), injury, charge is "诈骗罪" or "盗窃罪" or "抢劫罪" ? rng.Amount(30_000, 1.0, 100, 1_000, 500_000) : 0m,
            paid, relevant ? "无" : rng.Pick(["无", "一般", "重大"]), injury == InjuryLevels.Death, injury == InjuryLevels.Death ? world.Persons.NameOf(world.Persons.RandomBackgroundIn(rng, area, date, 20, 80)) : null);
        var mention = kind switch
        {
            "keyword_hit" => HardshipMention.Keywords,
            "paraphrase_no_keyword" => HardshipMention.Paraphrase,
            "innocent_keyword" => HardshipMention.Innocent,
            _ => HardshipMention.None,
        };
        return ProcuratorateText.Summary(new Composer(new Rng(rng.NextULong())), facts, mention);
    }
}
