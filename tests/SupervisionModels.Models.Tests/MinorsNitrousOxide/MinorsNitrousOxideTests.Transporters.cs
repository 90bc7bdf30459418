using SupervisionModels.BuiltIn.MinorsNitrousOxide;
using SupervisionModels.Testing;
using static SupervisionModels.Models.Tests.MinorsNitrousOxide.NitrousOxideWorld;

namespace SupervisionModels.Models.Tests.MinorsNitrousOxide;

/// <summary>非法运输者: waybill carriers and stopped drivers against permits, road transport certificates and qualifications.</summary>
public sealed partial class MinorsNitrousOxideTests
{
    private const string Hazmat = "龙口市安运危货运输有限公司";
    private const string Freight = "龙口市成运物流有限公司";

    [Fact]
    public async Task PrivateCarStoppedWithCylinders_IsTransporterLead_AboutTheDriver()
    {
        var w = new NitrousOxideWorld();
        var c = w.Case(Summaries.CarStop, at: new DateTime(2023, 6, 2, 23, 10, 0), kind: "行政案件", cause: "非法运输危险物质", place: "龙口市境内道路", plate: "鲁F·A1234", qty: 40, unit: "罐");
        w.Person(c, "违法行为人", Driver, "李某");
        w.Car("鲁FA1234", Driver, "李某");

        var leads = await w.Into(new ModelTest<MinorsNitrousOxideModel>())
            .VerifyAsync(ExpectedLead.AboutPerson(Driver).InRole("非法运输者").WithRules("T1", "T4", "T7", "T8", "T9").WithScore(65));

        Assert.Contains(leads[0].Evidence, e => e.RuleId == "T9" && e.Dataset == "vehicles");
    }

    [Fact]
    public async Task GeneralFreightCarrierOfNitrousOxide_IsTransporterLead()
    {
        var w = new NitrousOxideWorld();
        w.Permit(FreightCompany, Freight, "道路普通货物运输", "").Truck("鲁FB2345", FreightCompany, Freight, false, "")
            .Worker(Driver, "李某", "道路货物运输驾驶员", FreightCompany);
        var waybill = w.Waybill((Seller, "张某"), (FreightCompany, "龙口市成运物流有限责任公司"), "鲁FB2345", Driver, "一氧化二氮");

        var leads = await w.Into(new ModelTest<MinorsNitrousOxideModel>()).VerifyAsync(
            ExpectedLead.AboutOrganization(FreightCompany).InRole("非法运输者").WithRules("T2", "T5", "T7", "T8", "T10").WithScore(65),
            ExpectedLead.AboutPerson(Seller).InRole("非法销售者").WithRules("S2", "S3"));

        var carrier = leads.Single(l => l.Subject.Role == "非法运输者");
        Assert.Contains(carrier.Evidence, e => e.RuleId == "T5" && e.Dataset == "transport_permits" && e.Match == "creditCode");
        Assert.Contains(carrier.Evidence, e => e.RuleId == "T2" && e.RecordKey == waybill);
    }

    [Fact]
    public async Task DangerousGoodsCarrierWithoutClass22_IsTransporterLead()
    {
        var w = new NitrousOxideWorld();
        w.Permit(HazmatCompany, Hazmat, "道路危险货物运输", "3;8").Truck("鲁FD5678", HazmatCompany, Hazmat, true, "3;8")
            .Worker(Driver, "李某", "道路危险货物运输驾驶员;道路货物运输驾驶员", HazmatCompany);
        w.Licence(GasCompany, "龙口市鑫达气体有限公司", NitrousScope, new DateOnly(2022, 1, 1), new DateOnly(2025, 1, 1));
        w.Waybill((GasCompany, "龙口市鑫达气体有限公司"), (HazmatCompany, Hazmat), "鲁FD5678", Driver, "一氧化二氮", consignee: (Bakery, "龙口市弘福烘焙坊"));

        await w.Into(new ModelTest<MinorsNitrousOxideModel>())
            .VerifyAsync(ExpectedLead.AboutOrganization(HazmatCompany).InRole("非法运输者").WithRules("T2", "T5", "T7"));
    }

    [Fact]
    public async Task CarrierWhoseDangerousGoodsPermitHadExpired_IsTransporterLead()
    {
        var w = new NitrousOxideWorld();
        w.Permit(HazmatCompany, Hazmat, "道路危险货物运输", "2.2;3", from: new DateOnly(2018, 1, 1), to: new DateOnly(2022, 12, 31))
            .Truck("鲁FD5678", HazmatCompany, Hazmat, true, "2.2;3").Worker(Driver, "李某", "道路危险货物运输驾驶员", HazmatCompany);
        w.Waybill((Seller, "张某"), (HazmatCompany, Hazmat), "鲁FD5678", Driver, "奶油气弹");

        await w.Into(new ModelTest<MinorsNitrousOxideModel>()).VerifyAsync(
            ExpectedLead.AboutOrganization(HazmatCompany).InRole("非法运输者").WithRules("T2", "T6", "T10"),
            ExpectedLead.AboutPerson(Seller).InRole("非法销售者").WithRules("S2", "S3"));
    }

    [Fact]
    public async Task Class22CarrierWhoseDriverLacksTheQualification_IsTransporterLead()
    {
        var w = new NitrousOxideWorld();
        w.Permit(HazmatCompany, Hazmat, "道路危险货物运输", "2.1;2.2;3").Truck("鲁FD5678", HazmatCompany, Hazmat, true, "2.1;2.2;3")
            .Worker(Driver, "李某", "道路货物运输驾驶员", HazmatCompany);
        w.Waybill((Seller, "张某"), (HazmatCompany, Hazmat), "鲁FD5678", Driver, "一氧化二氮（液化的）");

        await w.Into(new ModelTest<MinorsNitrousOxideModel>()).VerifyAsync(
            ExpectedLead.AboutOrganization(HazmatCompany).InRole("非法运输者").WithRules("T2", "T8", "T10").WithScore(35),
            ExpectedLead.AboutPerson(Seller).InRole("非法销售者").WithRules("S2", "S3"));
    }

    [Fact]
    public async Task MisdeclaredConsignmentOfAKnownSeller_IsFollowed_AndItsCarrierFound()
    {
        var w = new NitrousOxideWorld();
        var c = w.Case(Summaries.OnlineSale, kind: "刑事案件", cause: "非法经营", qty: 60, unit: "罐");
        w.Person(c, "犯罪嫌疑人", Seller, "张某");
        w.Permit(FreightCompany, Freight, "道路普通货物运输", "").Truck("鲁FB2345", FreightCompany, Freight, false, "");
        w.Waybill((Seller, "张某"), (FreightCompany, Freight), "鲁FB2345", Driver, "厨房用品", un: null);

        await w.Into(new ModelTest<MinorsNitrousOxideModel>()).VerifyAsync(
            ExpectedLead.AboutOrganization(FreightCompany).InRole("非法运输者").WithRules("T3", "T5", "T7", "T8", "T10"),
            ExpectedLead.AboutPerson(Seller).InRole("非法销售者").WithRules("S1", "S2", "S3", "S6", "S7", "S8"));
    }
    [Fact]
    public async Task CarrierWrittenWithoutCreditCode_IsMatchedToItsPermitByNormalisedName_AndTheEvidenceSaysSo()
    {
        var w = new NitrousOxideWorld();
        w.Permit(FreightCompany, "龙口市（北马）成运物流有限公司", "道路普通货物运输", "").Truck("鲁FB2345", FreightCompany, Freight, false, "")
            .Worker(Driver, "李某", "道路货物运输驾驶员", FreightCompany);
        w.Licence(GasCompany, "龙口市鑫达气体有限公司", NitrousScope, new DateOnly(2022, 1, 1), new DateOnly(2025, 1, 1));
        w.Waybill((GasCompany, "龙口市鑫达气体有限公司"), (null, "龙口市(北马)成运物流有限责任公司"), "鲁FB2345", Driver, "一氧化二氮");

        var leads = await w.Into(new ModelTest<MinorsNitrousOxideModel>()).VerifyAsync(
            ExpectedLead.AboutOrganization(null, "龙口市（北马）成运物流有限公司").InRole("非法运输者").WithRules("T2", "T5", "T7", "T8"));

        Assert.Contains(leads[0].Evidence, e => e.RuleId == "T5" && e.Dataset == "transport_permits" && e.Match == "normalizedName");
    }
}
