using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Output;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Datasets.Generator.Text;
using SupervisionModels.Datasets.Generator.Text.Stories;

namespace SupervisionModels.Datasets.Generator.Court;

/// <summary>
/// SM0001's hard decoys (issue 11): each is a planted lead's chain — fake-suit text, zombie defendants, quick
/// settlement, enforcement, the plate quota auctioned — but for one decisive fact, named in the decoy's
/// <c>decisiveFact</c> with the rule that decides on it: a licensed plaintiff (S1), a real contest (R5), one suit only
/// (R1), enforcement that never touched a quota (R4), a payee of the plaintiff's name but not their ID number (R4),
/// and a resumed enforcement (执恢) that is still the one suit (R1).
/// </summary>
internal sealed partial class FakeLitigationScenario
{
    /// <summary>
    /// Built after every scenario's easy part, from its own stream, so that a hard world's planted leads (of every
    /// model) are easy's to the record.
    /// </summary>
    public void BuildHardDecoys()
    {
        var rng = Rng.For(world.Seed, "scenario-sm0001-hard");
        for (var i = 0; i < world.Profile.FakeLitigationDecoysPerKind; i++)
        {
            LicensedPlaintiffChain(rng, bank: i % 2 == 0);
            ContestedChain(rng);
            ZombieSuedOnce(rng);
            HonestCollector(rng);
            SameNamePayee(rng);
            ResumedEnforcement(rng);
        }

        // From a stream of their own, so that the kinds above are the same with and without them.
        var more = Rng.For(world.Seed, "scenario-sm0001-hard-renames-appeals");
        for (var i = 0; i < world.Profile.FakeLitigationDecoysPerKind; i++)
        {
            RenamedDefendantLead(more);
            AppealedOnce(more);
        }
    }

    private TruthEntry HardDecoy(string subjectKey, string name, string kind, string note, string decisiveFact)
    {
        var entry = TruthLog.Entry(ModelId, subjectKey, "原告", name, note, kind, decisiveFact);
        world.Truth.Decoys.Add(entry);
        return entry;
    }

    private static CaseShape QuickShape(Rng rng) => rng.Chance(0.6)
        ? new CaseShape("调解", MinDays: 6, MaxDays: 30)
        : new CaseShape("判决", Default: true, MinDays: 15, MaxDays: 40);

    private int HardPlaintiff(Rng rng, Area area) =>
        world.Persons.Add(new PersonSpec { Area = area, BornFrom = new DateOnly(1962, 1, 1), BornTo = new DateOnly(1992, 12, 31) }, rng);

    /// <summary>A planted lead's suit: its fake-suit text against a fresh zombie that owns a scrapped vehicle's quota.</summary>
    private (ScenarioCase Suit, EnterpriseInfo Zombie, Vehicle Vehicle) HardSuit(Rng rng, Area area, DateOnly filing, CaseParty plaintiff, CaseShape shape, string? cause = null)
    {
        var zombie = Zombie(rng, area, filing, out var plates);
        var vehicle = plates[0];
        var narrative = rng.Chance(0.6) ? FakeSuitNarrative.LoanAgainstQuota : FakeSuitNarrative.VehicleTransfer;
        cause ??= narrative == FakeSuitNarrative.VehicleTransfer ? "买卖合同纠纷" : "民间借贷纠纷";
        var amount = Math.Round(rng.Amount(120_000, 0.45, 1000, 50_000, 380_000) / 5000) * 5000;
        var defendant = _court.Parties.Organization("被告", zombie, rng, filing, idRate: 1, variantRate: 0);
        var suit = _court.FirstInstance(rng, area, filing, cause, [plaintiff, defendant], shape,
            h => new FakeSuitStory(h, rng, narrative, paraphrase: false, vehicle.PlateNo, vehicle.VehicleType, amount));
        return (suit, zombie, vehicle);
    }

    /// <summary>Enforcement of <paramref name="suit"/> that sells the zombie's quota and pays <paramref name="payee"/>.</summary>
    private void EnforceAndSellQuota(Rng rng, ScenarioCase suit, EnterpriseInfo zombie, Vehicle vehicle, CaseParty payee, TruthEntry entry)
    {
        var effective = suit.Header.Decided.AddDays(suit.Header.ClosingMode == "调解" ? 1 : 16);
        var execFiling = BackgroundCivil.Clamp(effective.AddDays(rng.Between(5, 30)));
        var price = Math.Round(rng.Amount(85_000, 0.3, 100, 40_000, 200_000) / 100) * 100;
        var payout = Math.Min(price, suit.Header.Awarded ?? price);
        var dealDate = execFiling.AddDays(rng.Between(20, 60));
        var exec = _court.Enforce(suit, rng, execFiling, "执行完毕", payout, dealDate.AddDays(rng.Between(25, 40)));
        SellQuota(rng, suit, exec, zombie, vehicle, payee, price, payout, dealDate, entry);
    }

    private void SellQuota(Rng rng, ScenarioCase suit, EnforcementCase exec, EnterpriseInfo zombie, Vehicle vehicle, CaseParty payee, decimal price, decimal payout, DateOnly dealDate, TruthEntry entry)
    {
        dealDate = BackgroundCivil.Clamp(dealDate);
        _vehicles.Update(vehicle, v => v with { QuotaStatus = VehicleStatuses.QuotaAuctioned });
        var buyer = world.Persons.RandomBackground(rng, dealDate, 25, 60);
        var owner = suit.Header.Defendant with { Enterprise = zombie };
        var disposal = _court.Dispose(suit.Bundle, exec, 1, rng, AssetTypes.PlateQuota, "被执行人名下报废车辆号牌额度（" + vehicle.PlateNo + "）", vehicle.PlateNo, owner, price, dealDate,
            world.Persons.NameOf(buyer), world.Persons.IdOf(buyer), payee, payout, dealDate.AddDays(rng.Between(7, 25)));
        var auctionNo = AuctionNo(dealDate, exec.ExecCaseNo);
        world.PlateAuctions.Add(new PlateAuction
        {
            AuctionNo = auctionNo,
            PlateNo = vehicle.PlateNo,
            QuotaOwnerName = zombie.Name,
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
        TruthLog.Cite(entry, "judgments", suit.CaseNo);
        TruthLog.Cite(entry, "enterprises", zombie.CreditCode);
        TruthLog.Cite(entry, "enforcement_cases", exec.ExecCaseNo);
        TruthLog.Cite(entry, "asset_disposals", disposal.DisposalNo);
        TruthLog.Cite(entry, "plate_auctions", auctionNo);
    }

    /// <summary>
    /// A bank (or a licensed lessor) that sues two or three zombie borrowers, wins by default or mediation and
    /// collects their plate quotas: the planted chain to the last row, but the plaintiff holds a lending licence.
    /// </summary>
    private void LicensedPlaintiffChain(Rng rng, bool bank)
    {
        var area = DecoyArea(rng);
        var lender = bank
            ? (world.Enterprises.Banks.FirstOrDefault(b => ReferenceEquals(b.Area, area)) ?? rng.Pick(world.Enterprises.Banks))
            : rng.Pick(world.Enterprises.LeasingCompanies);
        var entry = HardDecoy("CC:" + lender.CreditCode, lender.Name, "持牌机构原告（全链条）",
            (bank ? "银行" : "融资租赁公司") + "起诉多家已停业的借款企业，调解或缺席判决后拍卖其报废车辆号牌额度受偿，属持牌机构的正常清收",
            "S1: 原告为持牌" + (bank ? "金融机构（银行）" : "融资租赁公司") + "，非自然人或普通企业");
        var filing = DecoyDate(rng);
        var suits = rng.Between(2, 3);
        for (var k = 0; k < suits; k++)
        {
            var plaintiff = _court.Parties.Organization("原告", lender, rng, filing, agentRate: 1, idRate: 1, variantRate: 0);
            var (suit, zombie, vehicle) = HardSuit(rng, area, filing, plaintiff, QuickShape(rng), bank ? "借款合同纠纷" : "合同纠纷");
            EnforceAndSellQuota(rng, suit, zombie, vehicle, suit.Header.Plaintiff, entry);
            filing = suit.Header.Filing.AddDays(rng.Between(30, 120));
        }
    }

    /// <summary>
    /// A repeat plaintiff against zombies whose quotas pay him — but every suit went the ordinary way: the defendant's
    /// liquidator or former manager appeared, contested the claim and the evidence was examined, judgment after months.
    /// </summary>
    private void ContestedChain(Rng rng)
    {
        var area = DecoyArea(rng);
        var person = HardPlaintiff(rng, area);
        var entry = HardDecoy("ID:" + world.Persons.IdOf(person), world.Persons.NameOf(person), "实质对抗并经质证",
            "同一原告起诉已停业企业，被告到庭抗辩、证据经质证，普通程序审理数月后判决，执行中拍卖车牌额度受偿",
            "R5: 被告到庭实质抗辩，普通程序判决（无调解、缺席或自认），立案至判决逾 60 日");
        var filing = DecoyDate(rng);
        for (var k = 0; k < 2; k++)
        {
            var plaintiff = _court.Parties.Person("原告", person, rng, filing, agentRate: 1, idRate: 1, variantRate: 0);
            var (suit, zombie, vehicle) = HardSuit(rng, area, filing, plaintiff, new CaseShape("判决", Procedure: "普通程序", MinDays: 70, MaxDays: 160));
            EnforceAndSellQuota(rng, suit, zombie, vehicle, suit.Header.Plaintiff, entry);
            filing = suit.Header.Filing.AddDays(rng.Between(60, 200));
        }
    }

    /// <summary>The planted chain with a single suit: a creditor who sued one zombie once and was paid from its quota.</summary>
    private void ZombieSuedOnce(Rng rng)
    {
        var area = DecoyArea(rng);
        var person = HardPlaintiff(rng, area);
        var entry = HardDecoy("ID:" + world.Persons.IdOf(person), world.Persons.NameOf(person), "僵尸企业仅被诉一次",
            "原告仅起诉一家已停业企业一次，调解或缺席判决后拍卖其报废车辆号牌额度受偿", "R1: 原告仅起诉一件");
        var filing = DecoyDate(rng);
        var plaintiff = _court.Parties.Person("原告", person, rng, filing, agentRate: 0.5, idRate: 1, variantRate: 0);
        var (suit, zombie, vehicle) = HardSuit(rng, area, filing, plaintiff, QuickShape(rng));
        EnforceAndSellQuota(rng, suit, zombie, vehicle, suit.Header.Plaintiff, entry);
    }

    /// <summary>
    /// A creditor who sues dead companies again and again and wins by default (nobody is left to defend them) — but
    /// enforcement reaches their bank deposits and equipment; no plate quota is sold.
    /// </summary>
    private void HonestCollector(Rng rng)
    {
        var area = DecoyArea(rng);
        var person = HardPlaintiff(rng, area);
        var entry = HardDecoy("ID:" + world.Persons.IdOf(person), world.Persons.NameOf(person), "诚实清收（未处置额度）",
            "同一原告多次起诉已停业企业，缺席判决后申请执行，执行所得为被执行人存款、设备，未拍卖车牌额度",
            "R4: 执行中处置的是存款、设备，没有车牌额度拍卖款付给原告");
        var filing = DecoyDate(rng);
        var suits = rng.Between(2, 3);
        for (var k = 0; k < suits; k++)
        {
            var plaintiff = _court.Parties.Person("原告", person, rng, filing, agentRate: 1, idRate: 1, variantRate: 0);
            var (suit, zombie, _) = HardSuit(rng, area, filing, plaintiff, QuickShape(rng));
            var execFiling = BackgroundCivil.Clamp(suit.Header.Decided.AddDays(rng.Between(20, 45)));
            var collected = Math.Round((suit.Header.Awarded ?? 0m) * (decimal)(0.2 + (rng.NextDouble() * 0.5)), 2);
            var exec = _court.Enforce(suit, rng, execFiling, "终结本次执行", collected, execFiling.AddDays(rng.Between(60, 120)));
            var deposit = rng.Chance(0.5);
            var owner = suit.Header.Defendant with { Enterprise = zombie };
            var disposal = _court.Dispose(suit.Bundle, exec, 1, rng, deposit ? AssetTypes.Deposit : AssetTypes.Other, deposit ? "被执行人银行存款" : "被执行人名下生产设备", null, owner, collected,
                execFiling.AddDays(rng.Between(15, 40)), null, null, suit.Header.Plaintiff, collected, execFiling.AddDays(rng.Between(45, 60)));
            TruthLog.Cite(entry, "judgments", suit.CaseNo);
            TruthLog.Cite(entry, "enterprises", zombie.CreditCode);
            TruthLog.Cite(entry, "enforcement_cases", exec.ExecCaseNo);
            TruthLog.Cite(entry, "asset_disposals", disposal.DisposalNo);
            filing = suit.Header.Filing.AddDays(rng.Between(30, 150));
        }
    }

    /// <summary>
    /// The planted chain, but every quota's proceeds go to another person of the plaintiff's name (a different ID
    /// number): by name the money reaches the plaintiff, by ID it does not.
    /// </summary>
    private void SameNamePayee(Rng rng)
    {
        var area = DecoyArea(rng);
        var person = HardPlaintiff(rng, area);
        var namesake = world.Persons.Add(new PersonSpec { Area = area, SameNameAs = person, BornFrom = new DateOnly(1960, 1, 1), BornTo = new DateOnly(1995, 12, 31) }, rng);
        var entry = HardDecoy("ID:" + world.Persons.IdOf(person), world.Persons.NameOf(person), "领款人同名不同证",
            "同一原告多次起诉已停业企业并申请执行，车牌额度拍卖款付给与原告同名同姓的另一人（身份证号不同）",
            "R4: 拍卖款领款人与原告同名，身份证号不同");
        var filing = DecoyDate(rng);
        for (var k = 0; k < 2; k++)
        {
            var plaintiff = _court.Parties.Person("原告", person, rng, filing, agentRate: 1, idRate: 1, variantRate: 0);
            var (suit, zombie, vehicle) = HardSuit(rng, area, filing, plaintiff, QuickShape(rng));
            var payee = _court.Parties.Person("领款人", namesake, rng, filing, idRate: 1, variantRate: 0);
            EnforceAndSellQuota(rng, suit, zombie, vehicle, payee, entry);
            filing = suit.Header.Filing.AddDays(rng.Between(30, 150));
        }

        entry.Tags.Add("same_name_payee");
    }

    /// <summary>
    /// A planted lead (not a decoy) whose zombies were renamed (曾用名) before the plaintiff sued them: the judgments
    /// name each by its former name and carry no credit code, the register holds the new name and the former one.
    /// The suits ran the ordinary procedure, as a default judgment against a company nobody answers for does (公告送达
    /// takes a month), so it is not quick (no R6) and has no shared agent (no R7): only R2 — the zombie found through
    /// its rename record — lifts it over the lead threshold. The truth tags it resolvable: the register says the rename.
    /// </summary>
    private void RenamedDefendantLead(Rng rng)
    {
        var area = DecoyArea(rng);
        var person = HardPlaintiff(rng, area);
        var entry = TruthLog.Entry(ModelId, "ID:" + world.Persons.IdOf(person), "原告", world.Persons.NameOf(person),
            "同一原告起诉两家已更名的僵尸企业（文书使用其曾用名、未载统一社会信用代码），公告送达后缺席判决，执行中拍卖其报废车辆车牌额度，案款支付给原告");
        entry.Tags.Add("renamed_defendant");
        entry.Tags.Add("identity:renamed");
        entry.Tags.Add("resolvable");
        var filing = DecoyDate(rng);
        for (var k = 0; k < 2; k++)
        {
            var plaintiff = _court.Parties.Person("原告", person, rng, filing, agentRate: 1, idRate: 1, variantRate: 0);
            var zombie = Zombie(rng, area, filing, out var plates);
            var former = world.Enterprises.GiveFormerName(rng, zombie);
            var vehicle = plates[0];
            var amount = Math.Round(rng.Amount(120_000, 0.45, 1000, 50_000, 380_000) / 5000) * 5000;
            var defendant = _court.Parties.Organization("被告", zombie, rng, filing, idRate: 0, variantRate: 0) with { Name = former };
            var narrative = rng.Chance(0.6) ? FakeSuitNarrative.LoanAgainstQuota : FakeSuitNarrative.VehicleTransfer;
            var suit = _court.FirstInstance(rng, area, filing, narrative == FakeSuitNarrative.VehicleTransfer ? "买卖合同纠纷" : "民间借贷纠纷", [plaintiff, defendant],
                new CaseShape("判决", Default: true, Procedure: "普通程序", MinDays: 62, MaxDays: 95),
                h => new FakeSuitStory(h, rng, narrative, paraphrase: false, vehicle.PlateNo, vehicle.VehicleType, amount));
            EnforceAndSellQuota(rng, suit, zombie, vehicle, suit.Header.Plaintiff, entry);
            TruthLog.Cite(entry, "vehicles", vehicle.Vin);
            filing = suit.Header.Filing.AddDays(rng.Between(40, 150));
        }

        world.Truth.Leads.Add(entry);
    }

    /// <summary>
    /// One suit against a zombie, decided by default, that the zombie's former manager appealed: the intermediate
    /// court's 民终 judgment upholds it, with the same parties, cause and facts; then the quota is sold and the plaintiff
    /// paid. Two judgments, one dispute: counted as two suits it would pass R1.
    /// </summary>
    private void AppealedOnce(Rng rng)
    {
        var area = DecoyArea(rng);
        var person = HardPlaintiff(rng, area);
        var entry = HardDecoy("ID:" + world.Persons.IdOf(person), world.Persons.NameOf(person), "一审及其二审（同一纠纷）",
            "原告仅起诉一家已停业企业一次，缺席判决后被告上诉，二审维持原判，执行中拍卖车牌额度受偿：两份判决，同一纠纷",
            "R1: 仅一件诉讼，民终判决是同一纠纷的二审，不是另一件诉讼");
        var filing = DecoyDate(rng);
        var plaintiff = _court.Parties.Person("原告", person, rng, filing, agentRate: 1, idRate: 1, variantRate: 0);
        CivilStory? story = null;
        var zombie = Zombie(rng, area, filing, out var plates);
        var vehicle = plates[0];
        var amount = Math.Round(rng.Amount(120_000, 0.45, 1000, 50_000, 380_000) / 5000) * 5000;
        var defendant = _court.Parties.Organization("被告", zombie, rng, filing, idRate: 1, variantRate: 0);
        var suit = _court.FirstInstance(rng, area, filing, "民间借贷纠纷", [plaintiff, defendant], new CaseShape("判决", Default: true, MinDays: 15, MaxDays: 40),
            h => story = new FakeSuitStory(h, rng, FakeSuitNarrative.LoanAgainstQuota, paraphrase: false, vehicle.PlateNo, vehicle.VehicleType, amount));
        var appeal = _court.Appeal(rng, suit, story!, appellantIsDefendant: true);
        TruthLog.Cite(entry, "judgments", appeal.CaseNo);
        var effective = appeal.Decided.AddDays(1);
        var execFiling = BackgroundCivil.Clamp(effective.AddDays(rng.Between(5, 30)));
        var price = Math.Round(rng.Amount(85_000, 0.3, 100, 40_000, 200_000) / 100) * 100;
        var payout = Math.Min(price, suit.Header.Awarded ?? price);
        var dealDate = execFiling.AddDays(rng.Between(20, 60));
        var exec = _court.Enforce(suit, rng, execFiling, "执行完毕", payout, dealDate.AddDays(rng.Between(25, 40)));
        SellQuota(rng, suit, exec, zombie, vehicle, suit.Header.Plaintiff, price, payout, dealDate, entry);
    }

    /// <summary>
    /// One suit against a zombie, an enforcement closed without result (终结本次执行) and resumed a year later under a
    /// 执恢 number that sells the quota and pays the plaintiff: two enforcement cases, one suit.
    /// </summary>
    private void ResumedEnforcement(Rng rng)
    {
        var area = DecoyArea(rng);
        var person = HardPlaintiff(rng, area);
        var entry = HardDecoy("ID:" + world.Persons.IdOf(person), world.Persons.NameOf(person), "执恢（同一执行依据）",
            "原告仅起诉一件，首次执行终结本次执行，恢复执行（执恢）中拍卖车牌额度受偿：两个执行案号，同一执行依据",
            "R1: 仅一件诉讼，恢复执行（执恢）以同一判决为执行依据");
        var filing = DecoyDate(rng);
        var plaintiff = _court.Parties.Person("原告", person, rng, filing, agentRate: 1, idRate: 1, variantRate: 0);
        var (suit, zombie, vehicle) = HardSuit(rng, area, filing, plaintiff, QuickShape(rng));
        var execFiling = BackgroundCivil.Clamp(suit.Header.Decided.AddDays(rng.Between(10, 30)));
        var first = _court.Enforce(suit, rng, execFiling, "终结本次执行", 0m, execFiling.AddDays(rng.Between(60, 100)));
        var (block, n) = world.Layout.Locate(suit.Slot);
        var resumedFiling = BackgroundCivil.Clamp((first.ClosingDate ?? execFiling).AddDays(rng.Between(120, 300)));
        var offset = Math.Clamp(resumedFiling.Year - block.Year, 0, 2);
        var price = Math.Round(rng.Amount(85_000, 0.3, 100, 40_000, 200_000) / 100) * 100;
        var payout = Math.Min(price, suit.Header.Awarded ?? price);
        var dealDate = resumedFiling.AddDays(rng.Between(20, 50));
        var closed = dealDate.AddDays(rng.Between(25, 40));
        var resumed = first with
        {
            ExecCaseNo = CaseNumbers.Format(block.Year + offset, block.CourtCode, CaseTypes.ResumedEnforcement, (3 * n) + offset + 1),
            CaseType = CaseTypes.ResumedEnforcement,
            FilingDate = resumedFiling,
            CollectedAmount = payout,
            ClosingMode = closed > World.Cutoff ? "执行中" : "执行完毕",
            ClosingDate = closed > World.Cutoff ? null : closed,
        };
        suit.Bundle.Enforcement.Add(resumed);
        SellQuota(rng, suit, resumed, zombie, vehicle, suit.Header.Plaintiff, price, payout, dealDate, entry);
        TruthLog.Cite(entry, "enforcement_cases", first.ExecCaseNo);
    }
}
