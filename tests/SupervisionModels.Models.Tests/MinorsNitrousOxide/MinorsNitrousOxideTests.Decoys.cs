using SupervisionModels.Datasets;
using SupervisionModels.BuiltIn.MinorsNitrousOxide;
using SupervisionModels.Testing;
using static SupervisionModels.Models.Tests.MinorsNitrousOxide.NitrousOxideWorld;

namespace SupervisionModels.Models.Tests.MinorsNitrousOxide;

/// <summary>The decoys of domain §2.5: lawful trade and carriage, innocent uses of the words, and near-misses on age and venue.</summary>
public sealed partial class MinorsNitrousOxideTests
{
    /// <summary>A licensed trader (N2O in scope) shipping food-grade chargers to a bakery by a licensed class-2.2 carrier with qualified crew.</summary>
    private static NitrousOxideWorld LicensedChain(DateOnly licenceFrom, DateOnly licenceTo, DateOnly shipped)
    {
        var w = new NitrousOxideWorld();
        w.Licence(GasCompany, "龙口市鑫达气体有限公司", NitrousScope, licenceFrom, licenceTo);
        w.Permit(HazmatCompany, Hazmat, "道路危险货物运输", "2.1;2.2;3").Truck("鲁FD5678", HazmatCompany, Hazmat, true, "2.1;2.2;3")
            .Worker(Driver, "李某", "道路危险货物运输驾驶员;道路货物运输驾驶员", HazmatCompany);
        w.Waybill((GasCompany, "龙口市鑫达气体有限公司"), (HazmatCompany, Hazmat), "鲁FD5678", Driver, "食品级奶油气弹", date: shipped, consignee: (Bakery, "龙口市弘福烘焙坊"));
        return w;
    }

    [Fact]
    public async Task LicensedBakerySupplier_WithLicensedCarrier_GivesNoLead()
    {
        var w = LicensedChain(new DateOnly(2022, 1, 1), new DateOnly(2025, 1, 1), new DateOnly(2023, 5, 20));

        await w.Into(new ModelTest<MinorsNitrousOxideModel>()).VerifyAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task LicensedDistributorFinedForStorageFaults_WhoAlsoShipsByWaybill_IsNoSellerLead(bool classifier)
    {
        // Hard data's 持证经销商（非销售违法）: a 违法行为人 in a case about its N2O trade, and a consignor of N2O. Before the
        // licence was checked ahead of S1, S2, S6 and S8 it scored S1+S2+S6+S8 = 45 on keywords alone.
        var w = LicensedChain(new DateOnly(2022, 1, 1), new DateOnly(2025, 1, 1), new DateOnly(2023, 5, 20));
        var c = w.Case(Summaries.LicensedDistributorInspected, kind: "行政案件", cause: "违反危险化学品安全管理规定", qty: 80, unit: "瓶");
        w.Person(c, "违法行为人", Seller, "张某", unitName: "龙口市鑫达气体有限公司", unitCode: GasCompany);
        // Its kitchen-supply load with a general carrier, no N2O declared: a known seller's undeclared load (T3), but the
        // consignor held a valid N2O licence that day, so the carrier is no misdeclared-N2O transporter.
        w.Permit(FreightCompany, Freight, "道路普通货物运输", "").Truck("鲁FB2345", FreightCompany, Freight, false, "");
        w.Waybill((GasCompany, "龙口市鑫达气体有限公司"), (FreightCompany, Freight), "鲁FB2345", Driver, "厨房用品", un: null, date: new DateOnly(2023, 5, 21));

        await w.Into(new ModelTest<MinorsNitrousOxideModel>()).WithParameter("use-classifier", classifier).VerifyAsync();
    }

    [Fact]
    public async Task LicensedDistributorSellingToMinors_IsStillASellerLead()
    {
        // The licence covers the trade, not the buyers: a licensed shop that sold chargers to minors stays a lead.
        var w = new NitrousOxideWorld();
        w.Licence(GasCompany, "龙口市鑫达气体有限公司", NitrousScope, new DateOnly(2022, 1, 1), new DateOnly(2025, 1, 1));
        var c = w.Case(Summaries.LicensedShopSaleToMinors, kind: "行政案件", cause: "违反危险化学品安全管理规定", qty: 6, unit: "罐");
        w.Person(c, "违法行为人", Seller, "张某", unitName: "龙口市鑫达气体有限公司", unitCode: GasCompany);

        await w.Into(new ModelTest<MinorsNitrousOxideModel>()).WithParameter("use-classifier", false)
            .VerifyAsync(ExpectedLead.AboutOrganization(GasCompany).InRole("非法销售者").WithRules("S1", "S7").WithScore(30));
    }

    [Fact]
    public async Task LicenceThatExpiredOnlyAfterTheShipment_GivesNoLead()
    {
        // The register says 已过期 today; on the shipping day the licence was valid, and that is what counts.
        var w = LicensedChain(new DateOnly(2020, 7, 1), new DateOnly(2023, 6, 30), new DateOnly(2023, 5, 20));

        await w.Into(new ModelTest<MinorsNitrousOxideModel>()).VerifyAsync();
    }

    [Fact]
    public async Task LicenceIssuedAfterTheShipment_IsTakenAsARenewal_AndGivesNoLead()
    {
        // The register keeps the current licence only; one issued after the shipment is usually a renewal, to verify by hand.
        var w = LicensedChain(new DateOnly(2023, 7, 1), new DateOnly(2026, 6, 30), new DateOnly(2023, 5, 20));

        await w.Into(new ModelTest<MinorsNitrousOxideModel>()).VerifyAsync();
    }

    [Fact]
    public async Task LicensedNeighbourAtTheSameAddress_DoesNotCoverTheSeller()
    {
        // Licences are matched by credit code, never by address: the shop next door's licence is not the seller's.
        var w = new NitrousOxideWorld();
        w.Licence(GasCompany, "龙口市鑫达气体有限公司", NitrousScope, new DateOnly(2022, 1, 1), new DateOnly(2025, 1, 1), address: "山东省烟台市龙口市北马镇五里村8号");
        var c = w.Case(Summaries.ShopSale, kind: "行政案件", cause: "违反危险化学品安全管理规定", place: "山东省烟台市龙口市北马镇五里村8号");
        w.Person(c, "违法行为人", Seller, "张某", unitName: "龙口市恒通商贸有限公司", unitCode: TradeCompany);

        await w.Into(new ModelTest<MinorsNitrousOxideModel>())
            .VerifyAsync(ExpectedLead.AboutOrganization(TradeCompany).InRole("非法销售者").WithRules("S1", "S3"));
    }

    [Theory]
    [InlineData(Summaries.Hospital, "报警人")]
    [InlineData(Summaries.BakeryTheft, "报警人")]
    [InlineData(Summaries.Airsoft, "违法行为人")]
    [InlineData(Summaries.Balloons, "违法行为人")]
    public async Task InnocentUseOfTheWords_GivesNoLead(string summary, string role)
    {
        // Each text has a substance word and an action word; airsoft 气弹 and helium 笑气球 even come with a 违法行为人.
        var w = new NitrousOxideWorld();
        var c = w.Case(summary, kind: "行政案件", cause: "其他");
        w.Person(c, role, Seller, "于某", unitName: "龙口市弘福烘焙坊", unitCode: Bakery);

        await w.Into(new ModelTest<MinorsNitrousOxideModel>()).VerifyAsync();
    }

    [Theory]
    [InlineData("报警人")]
    [InlineData("证人")]
    [InlineData("被害人")]
    public async Task MinorWhoDidNotInhale_GivesNoMinorLead(string role)
    {
        var w = new NitrousOxideWorld();
        var c = w.Case(Summaries.WitnessedUse);
        w.Person(c, "吸食人员", Adult, "刘某").Person(c, role, Minor, "王某", guardian: true);

        await w.Into(new ModelTest<MinorsNitrousOxideModel>()).VerifyAsync();
    }

    [Fact]
    public async Task EighteenOnTheEventDate_GivesNoLead_ThoughAMinorAtAnEarlierStay()
    {
        // Born 2005-05-01: 18 on 2023-06-10, 17 when he lodged with his father in 2022. The recorded age column is wrong.
        var justEighteen = PersonId("37068120050501235");
        var w = new NitrousOxideWorld().Venue(Hotel, "益宏电竞酒店", VenueTypes.EsportsHotel, minorsBanned: false);
        var c = w.Case(Summaries.StreetUse);
        w.Person(c, "吸食人员", justEighteen, "孙某");
        w.Persons[^1] = w.Persons[^1] with { AgeAtEvent = 17 };
        w.Checkin(Hotel, justEighteen, "孙某", new DateTime(2022, 8, 1, 20, 0, 0), guardianRecorded: true, coGuests: Adult);

        await w.Into(new ModelTest<MinorsNitrousOxideModel>()).VerifyAsync();
    }

    [Fact]
    public async Task MinorsLodgingWithTheirGuardian_AtAVenueWithOneAdultIncident_GiveNoLead()
    {
        var w = new NitrousOxideWorld().Venue(Hotel, "汇德宾馆", VenueTypes.Hotel, minorsBanned: false);
        var c = w.Case(Summaries.AdultUse, venueId: Hotel);
        w.Person(c, "吸食人员", Adult, "刘某").Person(c, "吸食人员", Driver, "李某");
        w.Checkin(Hotel, Minor, "王某", Night.AddDays(-20), guardianRecorded: true, coGuests: Adult);
        w.Checkin(Hotel, YoungMinor, "赵某", Night.AddDays(15), guardianRecorded: true, coGuests: Driver);

        await w.Into(new ModelTest<MinorsNitrousOxideModel>()).VerifyAsync();
    }
}
