using System.Globalization;
using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Output;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Datasets.Generator.Registries;
using SupervisionModels.Datasets.Generator.Text;
using SupervisionModels.Datasets.Generator.Text.Stories;

namespace SupervisionModels.Datasets.Generator.Court;

/// <summary>
/// SM0001 planted leads (domain §1): a plaintiff files two or more first-instance suits against zombie companies in
/// one of three basic courts, settles or wins by default within weeks, applies for enforcement, and the court auctions
/// the zombie's scrapped vehicle's plate quota and pays the proceeds to the plaintiff. Plaintiffs are grouped in rings
/// that share one agent. Every row of the chain is consistent across judgments, parties, enforcement, disposals, plate
/// auctions, vehicles and the enterprise register.
/// </summary>
internal sealed partial class FakeLitigationScenario(World world)
{
    public const string ModelId = "SM0001";

    private readonly ScenarioCourt _court = new(world);
    private readonly VehicleFactory _vehicles = new(world);

    public void Build()
    {
        var rng = Rng.For(world.Seed, "scenario-sm0001");
        var remaining = world.Profile.FakeLitigants;
        while (remaining > 0)
        {
            var ringSize = Math.Min(remaining, rng.Chance(0.5) ? 1 : rng.Between(2, 3));
            BuildRing(rng, ringSize);
            remaining -= ringSize;
        }

        BuildDecoys(rng);
    }

    private void BuildRing(Rng rng, int size)
    {
        var area = rng.NextDouble() switch { < 0.45 => Regions.Xuecheng, < 0.7 => Regions.Yicheng, _ => Regions.Tengzhou };
        var organiser = world.Persons.Add(new PersonSpec { Area = area, BornFrom = new DateOnly(1965, 1, 1), BornTo = new DateOnly(1988, 12, 31), IsMale = rng.Chance(0.8) }, rng);
        var agentFirm = rng.Chance(0.5) ? rng.Pick(["系其朋友", "系其亲属", "公民代理"]) : area.County + rng.Pick(area.Townships) + "法律服务所法律工作者";
        for (var i = 0; i < size; i++)
        {
            BuildLead(rng, area, organiser, agentFirm);
        }
    }

    private void BuildLead(Rng rng, Area area, int organiser, string agentFirm)
    {
        var suits = rng.NextDouble() switch { < 0.45 => 2, < 0.80 => 3, < 0.95 => 4, _ => 5 };
        var organisationPlaintiff = rng.Chance(0.08);
        var plaintiffPerson = world.Persons.Add(new PersonSpec { Area = area, BornFrom = new DateOnly(1962, 1, 1), BornTo = new DateOnly(1995, 12, 31) }, rng);
        var plaintiffCompany = organisationPlaintiff
            ? world.Enterprises.CreateReserved(rng, new EnterpriseSpec(rng.Pick([Industries.Trade, Industries.Tech, Industries.Labour]), area) { LegalRep = plaintiffPerson, Established = new DateOnly(2015, 1, 1).AddDays(rng.Next(1200)) })
            : null;
        // Suits are filed between 2019-03 and 2023-05, leaving room for enforcement and payout before the cut-off.
        var first = new DateOnly(2019, 3, 1).AddDays(rng.Next(1200));
        var last = new DateOnly(2023, 5, 15);
        var gap = Math.Min(180, Math.Max(20, (last.DayNumber - first.DayNumber) / Math.Max(1, suits)));
        var missingIdCase = suits >= 3 && rng.Chance(0.15) ? rng.Next(suits) : -1;
        var variantDefendants = rng.Chance(0.5);

        var subjectName = plaintiffCompany?.Name ?? world.Persons.NameOf(plaintiffPerson);
        var subjectKey = plaintiffCompany is null ? "ID:" + world.Persons.IdOf(plaintiffPerson) : "CC:" + plaintiffCompany.CreditCode;
        var entry = TruthLog.Entry(ModelId, subjectKey, "原告", subjectName, string.Empty);
        var paid = 0m;
        var zombies = new List<EnterpriseInfo>();
        EnterpriseInfo? zombie = null;
        var queue = new Queue<Vehicle>();
        var filing = first;
        var disposals = 0;
        for (var j = 0; j < suits; j++)
        {
            if (zombie is null || queue.Count == 0 || rng.Chance(0.6))
            {
                zombie = Zombie(rng, area, filing, out var plates);
                zombies.Add(zombie);
                queue = new Queue<Vehicle>(plates);
                TruthLog.Cite(entry, "enterprises", zombie.CreditCode);
            }

            var withDisposal = (disposals == 0 && j == suits - 1) || rng.Chance(0.75);
            var vehicle = queue.Peek();
            var paraphrase = rng.Chance(0.15);
            var narrative = paraphrase ? FakeSuitNarrative.LoanAgainstQuota : rng.NextDouble() switch
            {
                < 0.45 => FakeSuitNarrative.LoanAgainstQuota,
                < 0.80 => FakeSuitNarrative.VehicleTransfer,
                _ => FakeSuitNarrative.FreightCharges,
            };
            var cause = narrative switch
            {
                FakeSuitNarrative.VehicleTransfer => "买卖合同纠纷",
                FakeSuitNarrative.FreightCharges => "合同纠纷",
                _ => paraphrase || rng.Chance(0.7) ? "民间借贷纠纷" : "借款合同纠纷",
            };
            var amount = Math.Round(rng.Amount(120_000, 0.45, 1000, 50_000, 380_000) / 5000) * 5000;
            var shapeRoll = rng.NextDouble();
            var shape = shapeRoll switch
            {
                < 0.55 => new CaseShape("调解", MinDays: 6, MaxDays: 30),
                < 0.80 => new CaseShape("判决", Default: true, MinDays: 15, MaxDays: 40),
                _ => new CaseShape("判决", Admitted: true, MinDays: 10, MaxDays: 35),
            };
            var plaintiff = plaintiffCompany is null
                ? _court.Parties.Person("原告", plaintiffPerson, rng, filing, agentRate: 0, idRate: j == missingIdCase ? 0 : 1, variantRate: 0.05) with { Agent = world.Persons.NameOf(organiser), AgentFirm = agentFirm }
                : _court.Parties.Organization("原告", plaintiffCompany, rng, filing, idRate: 1, variantRate: 0.1) with { Agent = world.Persons.NameOf(organiser), AgentFirm = agentFirm };
            var withCode = rng.Chance(0.85);
            var defendantName = variantDefendants && rng.Chance(0.6)
                ? world.Variants.ForceOrganization(zombie, withCode ? rng.Pick(NameVariants.All) : rng.Pick([VariantKind.BracketWidth, VariantKind.CompanyForm, VariantKind.Spaces]))
                : zombie.Name;
            var defendant = _court.Parties.Organization("被告", zombie, rng, filing, idRate: withCode ? 1 : 0, variantRate: 0) with { Name = defendantName };
            var plate = vehicle.PlateNo;
            var suit = _court.FirstInstance(rng, area, filing, cause, [plaintiff, defendant], shape,
                h => new FakeSuitStory(h, rng, narrative, paraphrase, plate, vehicle.VehicleType, amount));
            if (paraphrase && Keywords.HitsPlateAuction(suit.Text))
            {
                throw new InvalidOperationException($"Paraphrased fake suit {suit.CaseNo} still contains an SM0001 keyword.");
            }

            TruthLog.Cite(entry, "judgments", suit.CaseNo);
            if (paraphrase && !entry.Tags.Contains("paraphrase"))
            {
                entry.Tags.Add("paraphrase");
            }

            if (defendantName != zombie.Name && !entry.Tags.Contains("name_variant"))
            {
                entry.Tags.Add("name_variant");
            }

            if (j == missingIdCase)
            {
                entry.Tags.Add("no_id_in_one_case");
            }

            var effective = suit.Header.Decided.AddDays(shape.ClosingMode == "调解" ? 1 : 16);
            if (withDisposal)
            {
                queue.Dequeue();
                _vehicles.Update(vehicle, v => v with { QuotaStatus = VehicleStatuses.QuotaAuctioned });
                paid += Auction(rng, suit, zombie, vehicle, plaintiff, effective, entry);
                disposals++;
            }
            else if (rng.Chance(0.5))
            {
                var execFiling = effective.AddDays(rng.Between(10, 40));
                var exec = _court.Enforce(suit, rng, execFiling, "终结本次执行", 0m, execFiling.AddDays(rng.Between(40, 100)));
                TruthLog.Cite(entry, "enforcement_cases", exec.ExecCaseNo);
            }

            filing = suit.Header.Filing.AddDays(rng.Between(gap / 2, gap));
        }

        world.Truth.Leads.Add(entry with
        {
            Note = string.Create(CultureInfo.InvariantCulture,
                $"同一原告在{area.CourtName}起诉{suits}件，被告{string.Join("、", zombies.Select(z => z.Name).Distinct())}在起诉时已为僵尸企业；执行中拍卖其报废车辆车牌额度，案款{ChineseFormat.Yuan(paid)}支付给原告"),
        });
    }

    /// <summary>Enforcement of a fake suit that auctions the zombie's plate quota and pays the plaintiff; returns the payout.</summary>
    private decimal Auction(Rng rng, ScenarioCase suit, EnterpriseInfo zombie, Vehicle vehicle, CaseParty plaintiff, DateOnly effective, TruthEntry entry)
    {
        var execFiling = BackgroundCivil.Clamp(effective.AddDays(rng.Between(5, 30)));
        var payoutDate = BackgroundCivil.Clamp(execFiling.AddDays(rng.Between(27, 85)));
        var dealDate = DateOnly.FromDayNumber(Math.Max(execFiling.DayNumber, payoutDate.DayNumber - rng.Between(7, 25)));
        DateOnly? closed = payoutDate.AddDays(rng.Between(3, 20)) is var c && c <= World.Cutoff ? c : null;
        var target = suit.Header.Awarded ?? 0m;
        var price = Math.Round(rng.Amount(85_000, 0.3, 100, 40_000, 200_000) / 100) * 100;
        var payout = Math.Min(price, target);
        var exec = _court.Enforce(suit, rng, execFiling, closed is null ? "执行中" : payout >= target ? "执行完毕" : "终结本次执行", payout, closed, citeBasis: rng.Chance(0.95));
        var buyer = world.Persons.RandomBackground(rng, dealDate, 25, 60);
        var owner = suit.Header.Defendant with { Enterprise = zombie };
        var disposal = _court.Dispose(suit.Bundle, exec, 1, rng, AssetTypes.PlateQuota,
            rng.Pick(["被执行人名下报废车辆号牌额度（" + vehicle.PlateNo + "）", "号牌" + vehicle.PlateNo + "的车牌指标", "被执行人名下号牌" + vehicle.PlateNo + "的号牌使用指标"]),
            vehicle.PlateNo, owner, price, dealDate, world.Persons.NameOf(buyer), world.Persons.IdOf(buyer), plaintiff, payout, payoutDate);
        var auctionNo = AuctionNo(dealDate, exec.ExecCaseNo);
        world.PlateAuctions.Add(new PlateAuction
        {
            AuctionNo = auctionNo,
            PlateNo = vehicle.PlateNo,
            QuotaOwnerName = world.Variants.Organization(zombie, rng, true, 0.2),
            QuotaOwnerId = zombie.CreditCode,
            Source = "司法拍卖",
            ExecCaseNo = exec.ExecCaseNo,
            Consignor = suit.Header.Block.CourtName,
            Platform = disposal.Platform ?? ScenarioCourt.Platform(rng),
            AuctionDate = dealDate,
            StartingPrice = Math.Round(price * 0.7m / 100) * 100,
            DealPrice = price,
            BuyerName = world.Persons.NameOf(buyer),
            BuyerId = world.Persons.IdOf(buyer),
            Status = "成交",
        });
        if (rng.Chance(0.6) && payoutDate.AddDays(90) < World.Cutoff)
        {
            var reused = _vehicles.ReuseQuota(rng, vehicle.PlateNo, world.Persons.NameOf(buyer), world.Persons.IdOf(buyer), payoutDate.AddDays(rng.Between(20, 90)));
            TruthLog.Cite(entry, "vehicles", reused.Vin);
        }

        TruthLog.Cite(entry, "enforcement_cases", exec.ExecCaseNo);
        TruthLog.Cite(entry, "asset_disposals", disposal.DisposalNo);
        TruthLog.Cite(entry, "plate_auctions", auctionNo);
        TruthLog.Cite(entry, "vehicles", vehicle.Vin);
        return payout;
    }

    public static string AuctionNo(DateOnly date, string execCaseNo) =>
        string.Create(CultureInfo.InvariantCulture, $"SF{date:yyyyMMdd}{new string(execCaseNo.Where(char.IsAsciiDigit).ToArray())[^6..]}");

    /// <summary>A zombie company of the court's area, dead before <paramref name="firstFiling"/>, with scrapped vehicles whose quotas remain.</summary>
    private EnterpriseInfo Zombie(Rng rng, Area area, DateOnly firstFiling, out List<Vehicle> vehicles)
    {
        var industry = rng.Pick([Industries.Freight, Industries.Freight, Industries.Trade, Industries.CarRental, Industries.Construction, Industries.CarSales]);
        var rep = world.Persons.Add(new PersonSpec { Area = area, BornFrom = new DateOnly(1955, 1, 1), BornTo = new DateOnly(1985, 12, 31) }, rng);
        var e = world.Enterprises.CreateReserved(rng, new EnterpriseSpec(industry, area)
        {
            Established = rng.Date(new DateOnly(2005, 1, 1), new DateOnly(2013, 12, 31)),
            BracketRegion = rng.Chance(0.25),
            LegalRep = rep,
        });
        var x = rng.NextDouble();
        if (x < 0.65)
        {
            e.Status = EnterpriseStatuses.Revoked;
            e.Revoked = firstFiling.AddDays(-rng.Between(120, 900));
        }
        else if (x < 0.85)
        {
            e.Abnormal = true;
            e.AbnormalSince = firstFiling.AddDays(-rng.Between(200, 900));
        }
        else
        {
            e.Status = EnterpriseStatuses.Cancelled;
            e.Revoked = firstFiling.AddDays(-rng.Between(100, 600));
            e.Cancelled = World.Cutoff.AddDays(-rng.Between(5, 60));
        }

        e.InsuredStaff = 0;
        e.MissingReportYears = rng.Between(2, 5);
        vehicles = [];
        var count = rng.Chance(0.55) ? 2 : 1;
        for (var i = 0; i < count; i++)
        {
            var registered = rng.Date(e.Established, e.Established.AddYears(4));
            var scrapped = rng.Date(registered.AddYears(6), firstFiling.AddDays(-60));
            var status = rng.NextDouble() switch { < 0.6 => VehicleStatuses.Scrapped, < 0.85 => VehicleStatuses.ForciblyDeregistered, _ => VehicleStatuses.DueForScrapping };
            var type = industry == Industries.Freight ? rng.Pick(["重型半挂牵引车", "轻型厢式货车"]) : rng.Pick(["小型轿车", "小型普通客车", "轻型厢式货车"]);
            vehicles.Add(_vehicles.Reserve(rng, area, e.Name, e.CreditCode, registered, status, scrapped, VehicleStatuses.QuotaAvailable, type, type.Contains("车", StringComparison.Ordinal) && industry == Industries.Freight ? "货运" : "非营运"));
        }

        return e;
    }
}
