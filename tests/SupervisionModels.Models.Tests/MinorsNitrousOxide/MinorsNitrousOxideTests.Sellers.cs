using SupervisionModels.BuiltIn.MinorsNitrousOxide;
using SupervisionModels.Testing;
using static SupervisionModels.Models.Tests.MinorsNitrousOxide.NitrousOxideWorld;

namespace SupervisionModels.Models.Tests.MinorsNitrousOxide;

/// <summary>非法销售者: police sales and consignments against the hazardous-chemical licences.</summary>
public sealed partial class MinorsNitrousOxideTests
{
    private const string NitrousScope = "氧[压缩的或液化的]、一氧化二氮[压缩的或液化的]、二氧化碳[压缩的或液化的]";
    private const string GasScope = "氧[压缩的或液化的]、氮[压缩的或液化的]、氩[压缩的或液化的]";

    [Fact]
    public async Task OnlineSaleByAPerson_IsSellerLead_NoLicenceChannelAndMinorBuyers()
    {
        var w = new NitrousOxideWorld();
        var c = w.Case(Summaries.OnlineSale, kind: "刑事案件", cause: "非法经营", qty: 60, unit: "罐");
        w.Person(c, "犯罪嫌疑人", Seller, "张某").Person(c, "证人", Adult, "刘某");

        var leads = await w.Into(new ModelTest<MinorsNitrousOxideModel>())
            .VerifyAsync(ExpectedLead.AboutPerson(Seller).InRole("非法销售者").WithRules("S1", "S3", "S6", "S7").WithScore(60));

        Assert.Equal("SM0002", leads[0].ModelId);
        Assert.Contains(leads[0].Evidence, e => e.RuleId == "S1" && e.Dataset == "police_cases" && e.RecordKey == c && e.MatchedWords.Contains("笑气"));
    }

    [Fact]
    public async Task CompanyWhoseLicenceLacksNitrousOxide_IsSellerLead_AboutTheCompany_CitingTheLicence()
    {
        var w = new NitrousOxideWorld();
        w.Licence(GasCompany, "龙口市鑫达气体有限公司", GasScope, new DateOnly(2022, 1, 1), new DateOnly(2025, 1, 1));
        var c = w.Case(Summaries.ShopSale, kind: "行政案件", cause: "违反危险化学品安全管理规定", qty: 8, unit: "罐");
        w.Person(c, "违法行为人", Seller, "张某", unitName: "龙口市鑫达气体有限责任公司", unitCode: GasCompany);

        var leads = await w.Into(new ModelTest<MinorsNitrousOxideModel>())
            .VerifyAsync(ExpectedLead.AboutOrganization(GasCompany).InRole("非法销售者").WithRules("S1", "S4"));

        Assert.Equal("organization", leads[0].Subject.Kind);
        Assert.Contains(leads[0].Evidence, e => e.RuleId == "S4" && e.Dataset == "hazchem_permits" && e.Match == "creditCode");
    }

    [Fact]
    public async Task LicenceExpiredBeforeTheSale_IsSellerLead()
    {
        var w = new NitrousOxideWorld();
        w.Licence(GasCompany, "龙口市鑫达气体有限公司", NitrousScope, new DateOnly(2019, 1, 1), new DateOnly(2022, 12, 31));
        var c = w.Case(Summaries.ShopSale, kind: "行政案件", cause: "违反危险化学品安全管理规定");
        w.Person(c, "违法行为人", Seller, "张某", unitName: "龙口市鑫达气体有限公司", unitCode: GasCompany);

        await w.Into(new ModelTest<MinorsNitrousOxideModel>())
            .VerifyAsync(ExpectedLead.AboutOrganization(GasCompany).InRole("非法销售者").WithRules("S1", "S5"));
    }

    [Fact]
    public async Task BusinessRecordedWithoutCreditCode_IsMatchedToItsLicenceByNormalisedName_AndTheEvidenceSaysSo()
    {
        var w = new NitrousOxideWorld();
        w.Licence(GasCompany, "龙口市（北马）鑫达气体有限责任公司", GasScope, new DateOnly(2022, 1, 1), new DateOnly(2025, 1, 1));
        var c = w.Case(Summaries.ShopSale, kind: "行政案件", cause: "违反危险化学品安全管理规定");
        w.Person(c, "违法行为人", Seller, "张某", unitName: "龙口市(北马)鑫达气体 有限公司");

        var leads = await w.Into(new ModelTest<MinorsNitrousOxideModel>())
            .VerifyAsync(ExpectedLead.AboutOrganization(null, "龙口市(北马)鑫达气体有限公司").InRole("非法销售者").WithRules("S1", "S4"));

        Assert.Equal("normalizedName", leads[0].Subject.Match);
        Assert.Contains(leads[0].Evidence, e => e.RuleId == "S4" && e.Dataset == "hazchem_permits" && e.Match == "normalizedName");
    }

    [Fact]
    public async Task ConsignorOfNitrousOxideWithoutLicence_IsSellerLead_AndPoliceAndWaybillAgree()
    {
        var w = new NitrousOxideWorld();
        var c = w.Case(Summaries.OnlineSale, kind: "刑事案件", cause: "非法经营", qty: 60, unit: "罐");
        w.Person(c, "犯罪嫌疑人", Seller, "张某");
        w.Waybill((Seller, "张某"), (HazmatCompany, "龙口市安运危货运输有限公司"), "鲁FD5678", Driver, "一氧化二氮（液化的）");
        w.Permit(HazmatCompany, "龙口市安运危货运输有限公司", "道路危险货物运输", "2.2;3").Truck("鲁FD5678", HazmatCompany, "龙口市安运危货运输有限公司", true, "2.2;3")
            .Worker(Driver, "李某", "道路危险货物运输驾驶员;道路货物运输驾驶员", HazmatCompany);

        var leads = await w.Into(new ModelTest<MinorsNitrousOxideModel>())
            .VerifyAsync(ExpectedLead.AboutPerson(Seller).InRole("非法销售者").WithRules("S1", "S2", "S3", "S6", "S7", "S8").WithScore(80));

        Assert.Contains(leads[0].Evidence, e => e.RuleId == "S2" && e.Dataset == "waybills" && e.MatchedWords.Contains("一氧化二氮"));
    }

    [Fact]
    public async Task ConsignmentDeclaredOnlyByUnNumber_IsStillNitrousOxide()
    {
        var w = new NitrousOxideWorld();
        w.Waybill((TradeCompany, "龙口市恒通商贸有限公司"), (HazmatCompany, "龙口市安运危货运输有限公司"), "鲁FD5678", Driver, "压缩气体", un: "UN1070");
        w.Permit(HazmatCompany, "龙口市安运危货运输有限公司", "道路危险货物运输", "2.2;3").Truck("鲁FD5678", HazmatCompany, "龙口市安运危货运输有限公司", true, "2.2;3")
            .Worker(Driver, "李某", "道路危险货物运输驾驶员", HazmatCompany);

        await w.Into(new ModelTest<MinorsNitrousOxideModel>())
            .VerifyAsync(ExpectedLead.AboutOrganization(TradeCompany).InRole("非法销售者").WithRules("S2", "S3"));
    }
    [Fact]
    public async Task SellerNamedByTheMinorsWhoInhaled_ClosesTheChain()
    {
        var w = new NitrousOxideWorld();
        var sale = w.Case(Summaries.OnlineSale, at: new DateTime(2023, 5, 8, 16, 0, 0), kind: "刑事案件", cause: "非法经营", qty: 60, unit: "罐");
        w.Person(sale, "犯罪嫌疑人", Seller, "张某");
        var use = w.Case(Summaries.StreetUse + "据其交代，笑气系从张某处购买。");
        w.Person(use, "吸食人员", Minor, "王某", guardian: true);

        var leads = await w.Into(new ModelTest<MinorsNitrousOxideModel>()).VerifyAsync(
            ExpectedLead.AboutPerson(Seller).InRole("非法销售者").WithRules("S1", "S3", "S6", "S7", "S9").WithScore(70).AtRank(1),
            ExpectedLead.AboutPerson(Minor).InRole("未成年人").WithRules("M1"));

        Assert.Contains(leads[0].Evidence, e => e.RuleId == "S9" && e.RecordKey == use);
    }
}
