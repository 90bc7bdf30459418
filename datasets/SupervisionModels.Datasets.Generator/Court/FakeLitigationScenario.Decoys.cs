using System.Globalization;
using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Output;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Datasets.Generator.Text.Stories;

namespace SupervisionModels.Datasets.Generator.Court;

/// <summary>SM0001 decoys (domain §1.5): legitimate cases that share one or more features of the planted pattern.</summary>
internal sealed partial class FakeLitigationScenario
{
    private void BuildDecoys(Rng rng)
    {
        for (var i = 0; i < world.Profile.FakeLitigationDecoysPerKind; i++)
        {
            LicensedLender(rng);
            VehicleLease(rng);
            GenuineUsedCar(rng);
            BankruptcyAuction(rng);
            WageClaims(rng);
            SameName(rng);
            GenuineSetOff(rng);
            RepeatPlaintiffHealthyDefendants(rng);
        }
    }

    private static Area DecoyArea(Rng rng) => rng.Pick(Regions.FakeLitigationCourts);

    /// <summary>A decoy's first date: early enough (by 2022-03) that its suits, enforcement and payouts end before the cut-off.</summary>
    private static DateOnly DecoyDate(Rng rng) => new DateOnly(2019, 3, 1).AddDays(rng.Next(1100));

    private TruthEntry Decoy(string subjectKey, string role, string name, string kind, string note)
    {
        var entry = TruthLog.Entry(ModelId, subjectKey, role, name, note, kind);
        world.Truth.Decoys.Add(entry);
        return entry;
    }

    /// <summary>A small-loan company suing several borrowers on genuine loan contracts: many cases, enforcement, payouts.</summary>
    private void LicensedLender(Rng rng)
    {
        var area = DecoyArea(rng);
        var lender = world.Enterprises.MicroLenders.First(l => ReferenceEquals(l.Area, area));
        var entry = Decoy("CC:" + lender.CreditCode, "原告", lender.Name, "持牌放贷机构", "小额贷款公司依合同起诉多名借款人并申请执行，属正常金融借款纠纷");
        var date = DecoyDate(rng);
        for (var k = 0; k < 3; k++)
        {
            var borrower = world.Persons.RandomBackgroundIn(rng, area, date, 25, 60);
            var suit = _court.FirstInstance(rng, area, date.AddDays(k * rng.Between(5, 40)), "金融借款合同纠纷",
                [_court.Parties.Organization("原告", lender, rng, date, agentRate: 1, idRate: 1), _court.Parties.Person("被告", borrower, rng, date)],
                new CaseShape("判决", Default: rng.Chance(0.5), Procedure: "简易程序", MinDays: 30, MaxDays: 80),
                h => new BankLoanStory(h, rng, creditCard: false));
            TruthLog.Cite(entry, "judgments", suit.CaseNo);
            var execFiling = suit.Header.Decided.AddDays(rng.Between(30, 90));
            var collected = Math.Round((suit.Header.Awarded ?? 0m) * 0.6m, 2);
            var exec = _court.Enforce(suit, rng, execFiling, "终结本次执行", collected, execFiling.AddDays(120));
            _court.Dispose(suit.Bundle, exec, 1, rng, AssetTypes.Deposit, "被执行人银行存款", null, suit.Header.Defendant, collected, execFiling.AddDays(30), null, null, suit.Header.Plaintiff, collected, execFiling.AddDays(40));
            TruthLog.Cite(entry, "enforcement_cases", exec.ExecCaseNo);
        }
    }

    /// <summary>A leasing company enforcing against the leased car it holds a mortgage on: a real contract, a real car.</summary>
    private void VehicleLease(Rng rng)
    {
        var area = DecoyArea(rng);
        var lessor = rng.Pick(world.Enterprises.LeasingCompanies);
        var entry = Decoy("CC:" + lessor.CreditCode, "原告", lessor.Name, "融资租赁车辆抵押", "融资租赁公司就抵押车辆实现债权，车辆正常使用、合同真实");
        var date = DecoyDate(rng);
        for (var k = 0; k < 2; k++)
        {
            var lessee = world.Persons.RandomBackgroundIn(rng, area, date, 25, 55);
            var car = _vehicles.Reserve(rng, area, world.Persons.NameOf(lessee), world.Persons.IdOf(lessee), date.AddDays(-rng.Between(400, 900)), VehicleStatuses.Normal, null, VehicleStatuses.QuotaInUse);
            var suit = _court.FirstInstance(rng, area, date.AddDays(k * 60), "融资租赁合同纠纷",
                [_court.Parties.Organization("原告", lessor, rng, date, agentRate: 1, idRate: 1), _court.Parties.Person("被告", lessee, rng, date)],
                new CaseShape("判决", Procedure: "简易程序", MinDays: 30, MaxDays: 70),
                h => new VehicleFinanceStory(h, rng, car.PlateNo, setOff: false));
            var execFiling = suit.Header.Decided.AddDays(rng.Between(30, 60));
            var price = Math.Round((suit.Header.Awarded ?? 0m) * 0.8m / 100) * 100;
            var exec = _court.Enforce(suit, rng, execFiling, "终结本次执行", price, execFiling.AddDays(150));
            var buyer = world.Persons.RandomBackground(rng, execFiling);
            _court.Dispose(suit.Bundle, exec, 1, rng, AssetTypes.Vehicle, "被执行人名下小型轿车一辆（号牌" + car.PlateNo + "）", car.PlateNo, suit.Header.Defendant, price, execFiling.AddDays(50),
                world.Persons.NameOf(buyer), world.Persons.IdOf(buyer), suit.Header.Plaintiff, price, execFiling.AddDays(65));
            TruthLog.Cite(entry, "judgments", suit.CaseNo);
            TruthLog.Cite(entry, "enforcement_cases", exec.ExecCaseNo);
            TruthLog.Cite(entry, "vehicles", car.Vin);
        }
    }

    /// <summary>A buyer suing a used-car dealer over a hidden accident: contested, decided on evidence (an innocent 二手车买卖).</summary>
    private void GenuineUsedCar(Rng rng)
    {
        var area = DecoyArea(rng);
        var date = DecoyDate(rng);
        var buyer = world.Persons.Add(new PersonSpec { Area = area, BornFrom = new DateOnly(1975, 1, 1), BornTo = new DateOnly(1998, 12, 31) }, rng);
        var dealer = world.Enterprises.RandomBackground(rng, date, Industries.CarSales);
        var entry = Decoy("ID:" + world.Persons.IdOf(buyer), "原告", world.Persons.NameOf(buyer), "真实二手车买卖纠纷", "消费者起诉二手车商隐瞒事故，双方对抗充分，依证据判决");
        var suit = _court.FirstInstance(rng, area, date, "买卖合同纠纷",
            [_court.Parties.Person("原告", buyer, rng, date, agentRate: 1, idRate: 1), _court.Parties.Organization("被告", dealer, rng, date, agentRate: 1)],
            new CaseShape("判决", Procedure: "普通程序", MinDays: 70, MaxDays: 180),
            h => new SaleStory(h, rng, usedCar: true));
        var execFiling = suit.Header.Decided.AddDays(rng.Between(30, 60));
        var awarded = suit.Header.Awarded ?? 0m;
        var exec = _court.Enforce(suit, rng, execFiling, "执行完毕", awarded, execFiling.AddDays(60));
        _court.Dispose(suit.Bundle, exec, 1, rng, AssetTypes.Deposit, "被执行人银行存款", null, suit.Header.Defendant, awarded, execFiling.AddDays(20), null, null, suit.Header.Plaintiff, awarded, execFiling.AddDays(30));
        TruthLog.Cite(entry, "judgments", suit.CaseNo);
        TruthLog.Cite(entry, "enforcement_cases", exec.ExecCaseNo);
    }

    /// <summary>
    /// A creditor's single genuine judgment against a company that later went bankrupt; the administrator, not a court,
    /// auctioned the company's plate quota and the creditor was paid in the distribution.
    /// </summary>
    private void BankruptcyAuction(Rng rng)
    {
        var area = DecoyArea(rng);
        var date = DecoyDate(rng);
        var creditor = world.Persons.Add(new PersonSpec { Area = area, BornFrom = new DateOnly(1960, 1, 1), BornTo = new DateOnly(1990, 12, 31) }, rng);
        var company = world.Enterprises.CreateReserved(rng, new EnterpriseSpec(Industries.Freight, area) { Established = new DateOnly(2008, 1, 1).AddDays(rng.Next(2000)) });
        var entry = Decoy("ID:" + world.Persons.IdOf(creditor), "原告", world.Persons.NameOf(creditor), "破产管理人处置号牌", "企业破产后由管理人拍卖号牌额度并向债权人分配，非执行程序，原告仅一案");
        var suit = _court.FirstInstance(rng, area, date, "民间借贷纠纷",
            [_court.Parties.Person("原告", creditor, rng, date, agentRate: 1, idRate: 1), _court.Parties.Organization("被告", company, rng, date, agentRate: 1, idRate: 1)],
            new CaseShape("判决", Procedure: "普通程序", MinDays: 60, MaxDays: 150),
            h => new PrivateLoanStory(h, rng));
        var bankrupt = suit.Header.Decided.AddDays(rng.Between(60, 200));
        company.Status = EnterpriseStatuses.Cancelled;
        company.Cancelled = bankrupt.AddDays(rng.Between(200, 400)) > World.Cutoff ? World.Cutoff.AddDays(-10) : bankrupt.AddDays(rng.Between(200, 400));
        company.InsuredStaff = 0;
        var exec = _court.Enforce(suit, rng, suit.Header.Decided.AddDays(30), "终结执行", 0m, bankrupt.AddDays(10));
        var vehicle = _vehicles.Reserve(rng, area, company.Name, company.CreditCode, company.Established.AddDays(300), VehicleStatuses.Scrapped, bankrupt.AddDays(-200), VehicleStatuses.QuotaAuctioned, "重型半挂牵引车", "货运");
        var auctionDate = BackgroundCivil.Clamp(bankrupt.AddDays(rng.Between(60, 150)));
        var firm = rng.Pick(world.Enterprises.LawFirms);
        var price = Math.Round(rng.Amount(80_000, 0.3, 100, 40_000, 200_000) / 100) * 100;
        var buyer = world.Persons.RandomBackground(rng, auctionDate);
        var auctionNo = string.Create(CultureInfo.InvariantCulture, $"PC{auctionDate:yyyyMMdd}{rng.Between(100000, 999999)}");
        world.PlateAuctions.Add(new PlateAuction
        {
            AuctionNo = auctionNo,
            PlateNo = vehicle.PlateNo,
            QuotaOwnerName = company.Name,
            QuotaOwnerId = company.CreditCode,
            Source = "破产财产处置",
            ExecCaseNo = null,
            Consignor = company.Name + "管理人（" + firm.Name + "）",
            Platform = ScenarioCourt.Platform(rng),
            AuctionDate = auctionDate,
            StartingPrice = Math.Round(price * 0.8m / 100) * 100,
            DealPrice = price,
            BuyerName = world.Persons.NameOf(buyer),
            BuyerId = world.Persons.IdOf(buyer),
            Status = "成交",
        });
        TruthLog.Cite(entry, "judgments", suit.CaseNo);
        TruthLog.Cite(entry, "enforcement_cases", exec.ExecCaseNo);
        TruthLog.Cite(entry, "plate_auctions", auctionNo);
        TruthLog.Cite(entry, "enterprises", company.CreditCode);
    }

    /// <summary>
    /// Workers of a dead company each win a wage claim (arbitration or court) and share the proceeds of its plate
    /// quota: zombie, quota, payout — but one claim each, by many different people.
    /// </summary>
    private void WageClaims(Rng rng)
    {
        var area = DecoyArea(rng);
        var date = DecoyDate(rng);
        var zombie = Zombie(rng, area, date, out var plates);
        var vehicle = plates[0];
        _vehicles.Update(vehicle, v => v with { QuotaStatus = VehicleStatuses.QuotaAuctioned });
        var workers = rng.Between(3, 5);
        var shares = new List<(EnforcementCase Exec, CaseParty Worker, CourtBundle Bundle, decimal Wage)>();
        long anchor = -1;
        for (var k = 0; k < workers; k++)
        {
            var worker = world.Persons.Add(new PersonSpec { Area = area, BornFrom = new DateOnly(1965, 1, 1), BornTo = new DateOnly(1995, 12, 31) }, rng);
            var filing = date.AddDays(k * rng.Between(0, 20));
            // Registered names: an award's enforcement writes names of its own (ScenarioCourt renames), so no variant is drawn here.
            var workerParty = _court.Parties.Person("原告", worker, rng, filing, idRate: 1, variantRate: 0);
            var companyParty = _court.Parties.Organization("被告", zombie, rng, filing, idRate: 1, variantRate: 0);
            EnforcementCase exec;
            CourtBundle bundle;
            decimal wage;
            if (rng.Chance(0.4))
            {
                var suit = _court.FirstInstance(rng, area, filing, "追索劳动报酬纠纷", [workerParty, companyParty], new CaseShape("判决", Default: true, MinDays: 30, MaxDays: 70), h => new LabourStory(h, rng));
                wage = suit.Header.Awarded ?? 0m;
                exec = _court.Enforce(suit, rng, suit.Header.Decided.AddDays(30), "执行完毕", 0m, null);
                bundle = suit.Bundle;
                anchor = suit.Slot;
            }
            else
            {
                wage = rng.Amount(25_000, 0.4, 100, 8_000, 90_000);
                // The award's enforcement is written after a judgment of the same court and time (it has no judgment slot of its own).
                anchor = anchor < 0 ? world.Layout.PositionNear(area, CaseTypes.CivilFirstInstance, filing) : anchor;
                var awardNo = string.Create(CultureInfo.InvariantCulture, $"{area.CountyShort}劳人仲案字〔{filing.Year}〕第{rng.Between(10, 480)}号");
                exec = _court.EnforceAward(anchor, rng, area, awardNo, workerParty, companyParty, filing.AddDays(45), wage, 0m, "执行完毕", null);
                bundle = world.ExtraAfter(anchor);
            }

            shares.Add((exec, workerParty, bundle, wage));
        }

        var dealDate = shares.Max(s => s.Exec.FilingDate).AddDays(rng.Between(40, 80));
        var total = shares.Sum(s => s.Wage);
        var price = Math.Round(Math.Min(total, rng.Amount(80_000, 0.3, 100, 40_000, 200_000)) / 100) * 100;
        var buyer = world.Persons.RandomBackground(rng, dealDate);
        var owner = _court.Parties.Organization("被执行人", zombie, rng, dealDate, idRate: 1, variantRate: 0);
        for (var k = 0; k < shares.Count; k++)
        {
            var (exec, worker, bundle, wage) = shares[k];
            var payout = Math.Round(price * wage / total, 2);
            var disposal = _court.Dispose(bundle, exec, 1, rng, AssetTypes.PlateQuota, "被执行人名下报废车辆号牌额度（" + vehicle.PlateNo + "），拍卖款按比例分配", vehicle.PlateNo, owner, price, dealDate,
                world.Persons.NameOf(buyer), world.Persons.IdOf(buyer), worker, payout, dealDate.AddDays(20));
            var index = bundle.Enforcement.IndexOf(exec);
            var closed = exec with { CollectedAmount = payout, ClosingMode = payout >= wage ? "执行完毕" : "终结本次执行", ClosingDate = dealDate.AddDays(30) };
            bundle.Enforcement[index] = closed;
            var entry = Decoy("ID:" + world.Persons.IdOf(worker.PersonIndex!.Value), "原告", world.Persons.NameOf(worker.PersonIndex.Value), "工资债权执行",
                "职工追索劳动报酬，被执行企业已吊销，其号牌额度拍卖款按比例分配给多名职工，每人仅一案");
            TruthLog.Cite(entry, "enforcement_cases", exec.ExecCaseNo);
            TruthLog.Cite(entry, "asset_disposals", disposal.DisposalNo);
            TruthLog.Cite(entry, "enterprises", zombie.CreditCode);
        }

        world.PlateAuctions.Add(new PlateAuction
        {
            AuctionNo = AuctionNo(dealDate, shares[0].Exec.ExecCaseNo),
            PlateNo = vehicle.PlateNo,
            QuotaOwnerName = zombie.Name,
            QuotaOwnerId = zombie.CreditCode,
            Source = "司法拍卖",
            ExecCaseNo = shares[0].Exec.ExecCaseNo,
            Consignor = area.CourtName,
            Platform = ScenarioCourt.Platform(rng),
            AuctionDate = dealDate,
            StartingPrice = Math.Round(price * 0.7m / 100) * 100,
            DealPrice = price,
            BuyerName = world.Persons.NameOf(buyer),
            BuyerId = world.Persons.IdOf(buyer),
            Status = "成交",
        });
    }

    /// <summary>
    /// Two people with one name in one county, one case each: grouped by name they look like a repeat plaintiff with
    /// a plate-quota payout; by ID number they are two single creditors.
    /// </summary>
    private void SameName(Rng rng)
    {
        var area = DecoyArea(rng);
        var date = DecoyDate(rng);
        var a = world.Persons.Add(new PersonSpec { Area = area, BornFrom = new DateOnly(1965, 1, 1), BornTo = new DateOnly(1990, 12, 31), IsMale = true }, rng);
        var b = world.Persons.Add(new PersonSpec { Area = area, BornFrom = new DateOnly(1965, 1, 1), BornTo = new DateOnly(1990, 12, 31), IsMale = true, SameNameAs = a }, rng);
        var entry = Decoy("ID:" + world.Persons.IdOf(a), "原告", world.Persons.NameOf(a), "同名不同人", "两名同名同姓原告各起诉一案，身份证号不同，不是同一原告");

        var company = world.Enterprises.CreateReserved(rng, new EnterpriseSpec(Industries.Trade, area) { Established = new DateOnly(2010, 1, 1).AddDays(rng.Next(1500)) });
        var suitA = _court.FirstInstance(rng, area, date, "民间借贷纠纷",
            [_court.Parties.Person("原告", a, rng, date, agentRate: 1, idRate: 1), _court.Parties.Organization("被告", company, rng, date, agentRate: 1, idRate: 1)],
            new CaseShape("判决", Procedure: "普通程序", MinDays: 60, MaxDays: 140), h => new PrivateLoanStory(h, rng));
        company.Status = EnterpriseStatuses.Revoked;
        company.Revoked = suitA.Header.Decided.AddDays(rng.Between(120, 300));
        company.InsuredStaff = 0;
        var vehicle = _vehicles.Reserve(rng, area, company.Name, company.CreditCode, company.Established.AddDays(200), VehicleStatuses.Scrapped, suitA.Header.Decided.AddDays(-100), VehicleStatuses.QuotaAuctioned);
        var execFiling = company.Revoked.Value.AddDays(rng.Between(20, 60));
        var price = Math.Round(rng.Amount(70_000, 0.3, 100, 40_000, 150_000) / 100) * 100;
        var payout = Math.Min(price, suitA.Header.Awarded ?? price);
        var exec = _court.Enforce(suitA, rng, execFiling, "执行完毕", payout, execFiling.AddDays(90));
        var buyer = world.Persons.RandomBackground(rng, execFiling);
        var disposal = _court.Dispose(suitA.Bundle, exec, 1, rng, AssetTypes.PlateQuota, "被执行人名下号牌" + vehicle.PlateNo + "的号牌额度", vehicle.PlateNo, suitA.Header.Defendant, price, execFiling.AddDays(40),
            world.Persons.NameOf(buyer), world.Persons.IdOf(buyer), suitA.Header.Plaintiff, payout, execFiling.AddDays(55));
        world.PlateAuctions.Add(new PlateAuction
        {
            AuctionNo = AuctionNo(execFiling.AddDays(40), exec.ExecCaseNo),
            PlateNo = vehicle.PlateNo,
            QuotaOwnerName = company.Name,
            QuotaOwnerId = company.CreditCode,
            Source = "司法拍卖",
            ExecCaseNo = exec.ExecCaseNo,
            Consignor = area.CourtName,
            Platform = disposal.Platform ?? ScenarioCourt.Platform(rng),
            AuctionDate = execFiling.AddDays(40),
            StartingPrice = Math.Round(price * 0.7m / 100) * 100,
            DealPrice = price,
            BuyerName = world.Persons.NameOf(buyer),
            BuyerId = world.Persons.IdOf(buyer),
            Status = "成交",
        });

        var debtor = world.Persons.RandomBackgroundIn(rng, area, date);
        var suitB = _court.FirstInstance(rng, area, date.AddDays(rng.Between(30, 200)), "民间借贷纠纷",
            [_court.Parties.Person("原告", b, rng, date, idRate: 1), _court.Parties.Person("被告", debtor, rng, date)],
            new CaseShape("调解", MinDays: 15, MaxDays: 50), h => new PrivateLoanStory(h, rng));
        TruthLog.Cite(entry, "judgments", suitA.CaseNo);
        TruthLog.Cite(entry, "judgments", suitB.CaseNo);
        TruthLog.Cite(entry, "enforcement_cases", exec.ExecCaseNo);
        TruthLog.Cite(entry, "asset_disposals", disposal.DisposalNo);
    }

    /// <summary>A real loan settled by handing over a running car, agreed before any dispute, with bank transfers (an innocent 以车抵债).</summary>
    private void GenuineSetOff(Rng rng)
    {
        var area = DecoyArea(rng);
        var date = DecoyDate(rng);
        var lender = world.Persons.Add(new PersonSpec { Area = area, BornFrom = new DateOnly(1965, 1, 1), BornTo = new DateOnly(1988, 12, 31) }, rng);
        var company = world.Enterprises.RandomBackground(rng, date, Industries.Trade);
        var car = _vehicles.Reserve(rng, area, company.Name, company.CreditCode, date.AddDays(-rng.Between(500, 1500)), VehicleStatuses.Normal, null, VehicleStatuses.QuotaInUse);
        var entry = Decoy("ID:" + world.Persons.IdOf(lender), "原告", world.Persons.NameOf(lender), "真实以车抵债", "借款经银行转账，以车抵债协议签订于纠纷之前，抵债车辆正常使用，被告正常经营并实质抗辩");
        var suit = _court.FirstInstance(rng, area, date, "民间借贷纠纷",
            [_court.Parties.Person("原告", lender, rng, date, agentRate: 1, idRate: 1), _court.Parties.Organization("被告", company, rng, date, agentRate: 1, idRate: 1)],
            new CaseShape("判决", Procedure: "普通程序", MinDays: 60, MaxDays: 160), h => new VehicleFinanceStory(h, rng, car.PlateNo, setOff: true));
        TruthLog.Cite(entry, "judgments", suit.CaseNo);
        TruthLog.Cite(entry, "vehicles", car.Vin);
    }

    /// <summary>
    /// A plaintiff with several genuine claims against going concerns (one revoked only after the suit), enforced from
    /// bank deposits: repeat plaintiff and enforcement, but no zombie at filing and no plate quota.
    /// </summary>
    private void RepeatPlaintiffHealthyDefendants(Rng rng)
    {
        var area = DecoyArea(rng);
        var date = DecoyDate(rng);
        var plaintiff = world.Persons.Add(new PersonSpec { Area = area, BornFrom = new DateOnly(1960, 1, 1), BornTo = new DateOnly(1985, 12, 31) }, rng);
        var entry = Decoy("ID:" + world.Persons.IdOf(plaintiff), "原告", world.Persons.NameOf(plaintiff), "多次起诉正常经营主体", "同一原告多次起诉，但被告起诉时均正常经营，执行财产为存款，无车牌额度处置");
        var suits = rng.Between(2, 3);
        for (var k = 0; k < suits; k++)
        {
            var filing = date.AddDays(k * rng.Between(40, 200));
            var company = world.Enterprises.CreateReserved(rng, new EnterpriseSpec(rng.Pick([Industries.Trade, Industries.Construction, Industries.Food]), area) { Established = new DateOnly(2011, 1, 1).AddDays(rng.Next(1500)) });
            var sale = rng.Chance(0.5);
            var suit = _court.FirstInstance(rng, area, filing, sale ? "买卖合同纠纷" : "民间借贷纠纷",
                [_court.Parties.Person("原告", plaintiff, rng, filing, agentRate: 1, idRate: 1), _court.Parties.Organization("被告", company, rng, filing, agentRate: 0.5, idRate: 1)],
                new CaseShape("判决", Procedure: rng.Chance(0.5) ? "普通程序" : "简易程序", MinDays: 40, MaxDays: 150),
                h => sale ? new SaleStory(h, rng, usedCar: false) : new PrivateLoanStory(h, rng));
            if (k == 0)
            {
                company.Status = EnterpriseStatuses.Revoked;
                company.Revoked = suit.Header.Decided.AddDays(rng.Between(200, 500)) > World.Cutoff ? World.Cutoff.AddDays(-20) : suit.Header.Decided.AddDays(rng.Between(200, 500));
                company.InsuredStaff = 0;
            }

            var execFiling = suit.Header.Decided.AddDays(rng.Between(20, 60));
            var awarded = suit.Header.Awarded ?? 0m;
            var exec = _court.Enforce(suit, rng, execFiling, "执行完毕", awarded, execFiling.AddDays(50));
            _court.Dispose(suit.Bundle, exec, 1, rng, AssetTypes.Deposit, "被执行人银行存款", null, suit.Header.Defendant, awarded, execFiling.AddDays(15), null, null, suit.Header.Plaintiff, awarded, execFiling.AddDays(25));
            TruthLog.Cite(entry, "judgments", suit.CaseNo);
            TruthLog.Cite(entry, "enforcement_cases", exec.ExecCaseNo);
            TruthLog.Cite(entry, "enterprises", company.CreditCode);
        }
    }
}
