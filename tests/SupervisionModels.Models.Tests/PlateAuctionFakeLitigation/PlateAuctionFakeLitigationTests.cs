using SupervisionModels.Datasets;
using SupervisionModels.BuiltIn.PlateAuctionFakeLitigation;
using SupervisionModels.Testing;
using static SupervisionModels.Models.Tests.PlateAuctionFakeLitigation.FakeSuitWorld;

namespace SupervisionModels.Models.Tests.PlateAuctionFakeLitigation;

public sealed class PlateAuctionFakeLitigationTests
{
    private const string QuotaText = "原告诉称：被告以其名下报废车辆的车牌额度抵偿借款。双方在本院主持下自愿达成调解协议。";
    private const string TransferText = "原告与被告签订车辆转让协议，约定被告将号牌指标转让给原告。被告经传票传唤未到庭。";

    private static readonly string ZombieCode = CompanyCode("91370403MA3C5K7Q2");
    private static readonly string ZombieCode2 = CompanyCode("91370403MA3C6L8R3");
    private static readonly string HealthyCode = CompanyCode("91370403MA3D7M9T4");

    /// <summary>The planted pattern: two quick mediated suits against zombies, enforcement, plate quota paid to the plaintiff.</summary>
    private static FakeSuitWorld PlantedPattern()
    {
        var w = new FakeSuitWorld();
        w.Company(ZombieCode, "枣庄市鑫达运输有限公司");
        w.Company(ZombieCode2, "枣庄（薛城）恒通物流有限公司", status: EnterpriseStatuses.Existing, insured: 0, missingYears: 4);
        var zhang = (Zhang, "张三", (DateOnly?)new DateOnly(1980, 1, 1));
        var c1 = w.Suit(zhang, (ZombieCode, "枣庄市鑫达运输有限公司"), QuotaText);
        var c2 = w.Suit(zhang, (ZombieCode2, "枣庄(薛城)恒通物流有限责任公司"), TransferText, cause: "买卖合同纠纷", closing: "判决");
        var x1 = w.Enforce(c1, (Zhang, "张三"), (ZombieCode, "枣庄市鑫达运输有限公司"));
        w.Enforce(c2, (Zhang, "张三"), (ZombieCode2, "枣庄（薛城）恒通物流有限公司"));
        w.AuctionPlate(x1, (Zhang, "张三"), 88_000);
        return w;
    }

    [Fact]
    public async Task PlantedPattern_GivesOneLeadAboutThePlaintiff_WithEveryRuleAndTheMoney()
    {
        var leads = await PlantedPattern().Into(new ModelTest<PlateAuctionFakeLitigationModel>())
            .VerifyAsync(ExpectedLead.AboutPerson(Zhang).InRole("原告").WithRules("R1", "R2", "R3", "R4", "R5", "R6").WithScore(85).AtRank(1));

        var lead = leads[0];
        Assert.Equal(88_000m, lead.Amount);
        Assert.Equal("SM0001", lead.ModelId);
        Assert.Contains(lead.Evidence, e => e.RuleId == "R1" && e.Dataset == "judgments" && e.MatchedWords.Contains("车牌额度"));
        Assert.Contains(lead.Evidence, e => e.RuleId == "R4" && e.Dataset == "asset_disposals");
        Assert.Contains(lead.Evidence, e => e.RuleId == "R2" && e.Dataset == "enterprises" && e.RecordKey == ZombieCode && e.Match == "creditCode");
    }

    [Fact]
    public async Task RepeatPlaintiffPaidFromQuotas_ButEverySuitContestedForMonths_IsNoLead()
    {
        // The planted chain but for one fact: both suits were judged after a real contest (no mediation, default or
        // admission; months, not weeks). Without R5 the plaintiff scored R1+R2+R3+R4 = 70 and was a lead.
        var w = new FakeSuitWorld();
        w.Company(ZombieCode, "枣庄市鑫达运输有限公司");
        w.Company(ZombieCode2, "枣庄（薛城）恒通物流有限公司");
        var zhang = (Zhang, "张三", (DateOnly?)new DateOnly(1980, 1, 1));
        var c1 = w.Suit(zhang, (ZombieCode, "枣庄市鑫达运输有限公司"), "原告诉称被告以车牌额度抵偿借款，被告到庭辩称借款未实际交付，经质证。", closing: "判决", days: 120);
        var c2 = w.Suit(zhang, (ZombieCode2, "枣庄（薛城）恒通物流有限公司"), "原告与被告签订车辆转让协议，约定转让号牌指标，被告到庭抗辩。", cause: "买卖合同纠纷", closing: "判决", days: 150);
        w.AuctionPlate(w.Enforce(c1, (Zhang, "张三"), (ZombieCode, "枣庄市鑫达运输有限公司")), (Zhang, "张三"), 88_000);
        w.AuctionPlate(w.Enforce(c2, (Zhang, "张三"), (ZombieCode2, "枣庄（薛城）恒通物流有限公司")), (Zhang, "张三"), 66_000);

        await w.Into(new ModelTest<PlateAuctionFakeLitigationModel>()).VerifyAsync();
    }

    [Fact]
    public async Task DefendantWithoutCreditCode_IsFoundByNormalisedName_AndTheEvidenceSaysSo()
    {
        var w = new FakeSuitWorld();
        w.Company(ZombieCode, "枣庄（薛城）鑫达运输有限公司");
        var zhang = (Zhang, "张三", (DateOnly?)new DateOnly(1980, 1, 1));
        var c1 = w.Suit(zhang, (null, "枣庄(薛城)鑫达运输有限责任公司"), QuotaText);
        w.Suit(zhang, (null, "枣庄 (薛城) 鑫达运输有限公司"), TransferText);
        w.AuctionPlate(w.Enforce(c1, (Zhang, "张三"), (null, "枣庄（薛城）鑫达运输有限公司")), (Zhang, "张三"), 70_000);

        var leads = await w.Into(new ModelTest<PlateAuctionFakeLitigationModel>())
            .VerifyAsync(ExpectedLead.AboutPerson(Zhang).WithRules("R1", "R2", "R3", "R4", "R5", "R6"));

        Assert.Contains(leads[0].Evidence, e => e.RuleId == "R2" && e.RecordKey == ZombieCode && e.Match == "normalizedName");
    }

    /// <summary>
    /// Two default judgments after 公告送达 (70 days: not quick, no R6), one plaintiff, no shared agent (no R7), against
    /// zombies the judgments name only by their former names (曾用名), without a credit code.
    /// </summary>
    private static FakeSuitWorld RenamedZombies(bool registerKeepsFormerNames)
    {
        var w = new FakeSuitWorld();
        w.Company(ZombieCode, "枣庄市宏远商贸有限公司", formerName: registerKeepsFormerNames ? "枣庄市鑫达运输有限公司" : null);
        w.Company(ZombieCode2, "枣庄市顺发物流有限公司", formerName: registerKeepsFormerNames ? "枣庄（薛城）恒通物流有限公司" : null);
        var zhang = (Zhang, "张三", (DateOnly?)new DateOnly(1980, 1, 1));
        var c1 = w.Suit(zhang, (null, "枣庄市鑫达运输有限公司"), TransferText, closing: "判决", days: 70, absentDefendant: true);
        var c2 = w.Suit(zhang, (null, "枣庄(薛城)恒通物流有限公司"), TransferText, closing: "判决", days: 75, absentDefendant: true);
        w.AuctionPlate(w.Enforce(c1, (Zhang, "张三"), (ZombieCode, "枣庄市宏远商贸有限公司")), (Zhang, "张三"), 70_000);
        w.Enforce(c2, (Zhang, "张三"), (ZombieCode2, "枣庄市顺发物流有限公司"));
        return w;
    }

    [Fact]
    public async Task RenamedZombieSuedUnderItsFormerName_WithoutCreditCode_IsFoundThroughTheRenameRecord()
    {
        var leads = await RenamedZombies(registerKeepsFormerNames: true).Into(new ModelTest<PlateAuctionFakeLitigationModel>())
            .VerifyAsync(ExpectedLead.AboutPerson(Zhang).WithRules("R1", "R2", "R3", "R4", "R5").WithScore(80));

        Assert.Contains(leads[0].Evidence, e => e.RuleId == "R2" && e.RecordKey == ZombieCode && e.Match == "normalizedName");
        Assert.Contains(leads[0].Evidence, e => e.RuleId == "R2" && e.RecordKey == ZombieCode2);
    }

    [Fact]
    public async Task RenamedZombies_WithoutTheRenameRecord_AreUnknownCompanies_AndThePlaintiffStaysBelowTheThreshold()
    {
        // The same chain when the register does not keep former names: no defendant is found, R2 cannot fire, and
        // R1+R3+R4+R5 = 55 < 60. What the rename record is worth, in one test.
        await RenamedZombies(registerKeepsFormerNames: false).Into(new ModelTest<PlateAuctionFakeLitigationModel>()).VerifyAsync();
    }

    [Fact]
    public async Task OneSuitAndItsAppeal_AreOneDispute_AndNoLead()
    {
        // A default judgment the zombie's former manager appealed (民终, upheld), then the quota sold and the plaintiff
        // paid: two judgments with the same parties and words, one suit. Counted as two, R1 would pass and the chain
        // score 85.
        var w = new FakeSuitWorld();
        w.Company(ZombieCode, "枣庄市鑫达运输有限公司");
        var c1 = w.Suit((Zhang, "张三", null), (ZombieCode, "枣庄市鑫达运输有限公司"), TransferText, closing: "判决", absentDefendant: true);
        var appeal = w.Appeal(c1);
        w.AuctionPlate(w.Enforce(c1, (Zhang, "张三"), (ZombieCode, "枣庄市鑫达运输有限公司")), (Zhang, "张三"), 88_000);

        Assert.Equal(2, w.Judgments.Count(j => j.FullText.Contains("号牌指标", StringComparison.Ordinal)));
        Assert.Contains(w.Parties, p => p.CaseNo == appeal && p.IdNo == Zhang);
        await w.Into(new ModelTest<PlateAuctionFakeLitigationModel>()).VerifyAsync();
    }

    [Fact]
    public async Task PlaintiffWithoutIdInOneCase_IsJoinedByNameAndBirthDate()
    {
        var w = PlantedPattern();
        var c3 = w.Suit((null, "张三", new DateOnly(1980, 1, 1)), (ZombieCode, "枣庄市鑫达运输有限公司"), QuotaText);

        var leads = await w.Into(new ModelTest<PlateAuctionFakeLitigationModel>())
            .VerifyAsync(ExpectedLead.AboutPerson(Zhang).WithRules("R1", "R2", "R3", "R4", "R5", "R6"));

        Assert.Contains(leads[0].Evidence, e => e.RuleId == "R1" && e.RecordKey == c3);
    }

    [Fact]
    public async Task OneSuitOnly_IsNoLead_EvenWithZombieAndAuction()
    {
        // A creditor's single claim against a dead company whose plate was auctioned (a bankruptcy-like decoy).
        var w = new FakeSuitWorld();
        w.Company(ZombieCode, "枣庄市鑫达运输有限公司");
        var c1 = w.Suit((Zhang, "张三", null), (ZombieCode, "枣庄市鑫达运输有限公司"), QuotaText);
        var x1 = w.Enforce(c1, (Zhang, "张三"), (ZombieCode, "枣庄市鑫达运输有限公司"));
        w.AuctionPlate(x1, (Zhang, "张三"), 88_000);

        await w.Into(new ModelTest<PlateAuctionFakeLitigationModel>()).VerifyAsync();
    }

    [Fact]
    public async Task RepeatPlaintiffAgainstHealthyCompanies_WithoutAuction_StaysBelowTheThreshold()
    {
        var w = new FakeSuitWorld();
        w.Company(HealthyCode, "枣庄市华联商贸有限公司", status: EnterpriseStatuses.Existing, insured: 35, missingYears: 0);
        var c1 = w.Suit((Zhang, "张三", null), (HealthyCode, "枣庄市华联商贸有限公司"), "买卖合同纠纷，涉及二手车买卖。", cause: "买卖合同纠纷");
        w.Suit((Zhang, "张三", null), (HealthyCode, "枣庄市华联商贸有限公司"), "合同纠纷，货款未付。", cause: "合同纠纷");
        w.Enforce(c1, (Zhang, "张三"), (HealthyCode, "枣庄市华联商贸有限公司"));

        await w.Into(new ModelTest<PlateAuctionFakeLitigationModel>()).VerifyAsync();
    }

    [Fact]
    public async Task GenuineUsedCarDispute_ContestedAndSlow_IsNoLead()
    {
        var w = new FakeSuitWorld();
        w.Company(HealthyCode, "枣庄市顺捷二手车经纪有限公司", status: EnterpriseStatuses.Existing, insured: 12, missingYears: 0);
        w.Suit((Zhang, "张三", null), (HealthyCode, "枣庄市顺捷二手车经纪有限公司"),
            "原告购买的二手车系事故车，被告隐瞒车况，二手车买卖合同应予撤销。经鉴定……", cause: "买卖合同纠纷", closing: "判决", days: 140);

        await w.Into(new ModelTest<PlateAuctionFakeLitigationModel>()).VerifyAsync();
    }

    [Fact]
    public async Task LicensedLender_FinancialLoanCause_IsOutsideTheScreen()
    {
        var lender = CompanyCode("91370400MA3E1F2G5");
        var w = new FakeSuitWorld();
        w.Company(ZombieCode, "枣庄市鑫达运输有限公司");
        for (var i = 0; i < 3; i++)
        {
            var c = w.Suit((lender, "枣庄市薛城区鑫融小额贷款有限公司", null), (ZombieCode, "枣庄市鑫达运输有限公司"), "借款纠纷，以车抵债。", cause: "金融借款合同纠纷");
            var x = w.Enforce(c, (lender, "枣庄市薛城区鑫融小额贷款有限公司"), (ZombieCode, "枣庄市鑫达运输有限公司"));
            w.AuctionPlate(x, (lender, "枣庄市薛城区鑫融小额贷款有限公司"), 50_000);
        }

        await w.Into(new ModelTest<PlateAuctionFakeLitigationModel>()).VerifyAsync();
    }

    [Fact]
    public async Task WageClaimsOfManyWorkers_EachOneClaim_AreNoLeads()
    {
        var w = new FakeSuitWorld();
        w.Company(ZombieCode, "枣庄市鑫达运输有限公司");
        foreach (var (id, name) in new[] { (Zhang, "张三"), (Li, "李四"), (OtherZhang, "王五") })
        {
            var c = w.Suit((id, name, null), (ZombieCode, "枣庄市鑫达运输有限公司"), "合同纠纷：被告拖欠劳动报酬。", cause: "合同纠纷");
            var x = w.Enforce(c, (id, name), (ZombieCode, "枣庄市鑫达运输有限公司"));
            w.AuctionPlate(x, (id, name), 20_000);
        }

        await w.Into(new ModelTest<PlateAuctionFakeLitigationModel>()).VerifyAsync();
    }

    [Fact]
    public async Task SameNameDifferentIds_AreNotGroupedTogether()
    {
        var w = new FakeSuitWorld();
        w.Company(ZombieCode, "枣庄市鑫达运输有限公司");
        var c1 = w.Suit((Zhang, "张三", null), (ZombieCode, "枣庄市鑫达运输有限公司"), QuotaText);
        var c2 = w.Suit((OtherZhang, "张三", null), (ZombieCode, "枣庄市鑫达运输有限公司"), TransferText);
        w.AuctionPlate(w.Enforce(c1, (Zhang, "张三"), (ZombieCode, "")), (Zhang, "张三"), 1);
        w.AuctionPlate(w.Enforce(c2, (OtherZhang, "张三"), (ZombieCode, "")), (OtherZhang, "张三"), 1);

        await w.Into(new ModelTest<PlateAuctionFakeLitigationModel>()).VerifyAsync();
    }

    [Fact]
    public async Task AuctionProceedsPaidToSomeoneElse_DoNotCount_AndWithoutTheMoneyThereIsNoLead()
    {
        // Repeat suits against zombies with enforcement also happen in honest debt collection: R4 is required.
        var w = PlantedPattern();
        w.Disposals[0] = w.Disposals[0] with { PayeeId = Li, PayeeName = "李四" };

        await w.Into(new ModelTest<PlateAuctionFakeLitigationModel>()).VerifyAsync();
    }

    [Fact]
    public async Task Settings_LowerMinScore_StillNeedsTheMoneyTrail()
    {
        var w = PlantedPattern();
        w.Disposals.Clear();

        await w.Into(new ModelTest<PlateAuctionFakeLitigationModel>()).WithParameter("min-score", 10.0).VerifyAsync();
    }

    [Fact]
    public async Task EnforcementWithoutBasisCaseNumber_IsMatchedByApplicantAndCourt()
    {
        var w = new FakeSuitWorld();
        w.Company(ZombieCode, "枣庄市鑫达运输有限公司");
        var zhang = (Zhang, "张三", (DateOnly?)null);
        var c1 = w.Suit(zhang, (ZombieCode, "枣庄市鑫达运输有限公司"), QuotaText);
        w.Suit(zhang, (ZombieCode, "枣庄市鑫达运输有限公司"), TransferText);
        var x1 = w.Enforce(c1, (Zhang, "张三"), (ZombieCode, "枣庄市鑫达运输有限公司"), citeBasis: false);
        w.AuctionPlate(x1, (Zhang, "张三"), 66_000);

        var leads = await w.Into(new ModelTest<PlateAuctionFakeLitigationModel>())
            .VerifyAsync(ExpectedLead.AboutPerson(Zhang).WithRules("R1", "R2", "R3", "R4", "R5", "R6"));
        Assert.Equal(66_000m, leads[0].Amount);
    }

    [Fact]
    public async Task SharedAgentAcrossPlaintiffs_AddsTheRingSignal()
    {
        var w = PlantedPattern();
        var l1 = w.Suit((Li, "李四", null), (ZombieCode, "枣庄市鑫达运输有限公司"), QuotaText);
        w.Suit((Li, "李四", null), (ZombieCode, "枣庄市鑫达运输有限公司"), TransferText);
        w.AuctionPlate(w.Enforce(l1, (Li, "李四"), (ZombieCode, "枣庄市鑫达运输有限公司")), (Li, "李四"), 50_000);

        await w.Into(new ModelTest<PlateAuctionFakeLitigationModel>()).VerifyAsync(
            ExpectedLead.AboutPerson(Zhang).WithRules("R1", "R2", "R3", "R4", "R5", "R6", "R7").WithScore(90).AtRank(1),
            ExpectedLead.AboutPerson(Li).WithRules("R1", "R2", "R3", "R4", "R5", "R6", "R7").WithScore(90).AtRank(2));
    }

    [Fact]
    public async Task Settings_MinCasesThree_DropsATwoCasePlaintiff()
    {
        await PlantedPattern().Into(new ModelTest<PlateAuctionFakeLitigationModel>())
            .WithParameter("min-cases", 3)
            .VerifyAsync();
    }

    [Fact]
    public async Task KeywordsInAnotherCause_OrCriminalCase_AreNotScreened()
    {
        var w = PlantedPattern();
        foreach (var j in w.Judgments.ToArray())
        {
            w.Judgments[w.Judgments.IndexOf(j)] = j with { CaseType = CaseTypes.CriminalFirstInstance };
        }

        await w.Into(new ModelTest<PlateAuctionFakeLitigationModel>()).VerifyAsync();
    }
}
