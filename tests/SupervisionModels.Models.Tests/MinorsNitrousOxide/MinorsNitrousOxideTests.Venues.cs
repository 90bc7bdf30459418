using SupervisionModels.Datasets;
using SupervisionModels.BuiltIn.MinorsNitrousOxide;
using SupervisionModels.Testing;
using static SupervisionModels.Models.Tests.MinorsNitrousOxide.NitrousOxideWorld;

namespace SupervisionModels.Models.Tests.MinorsNitrousOxide;

/// <summary>场所 and 未成年人: incidents at venues, the minors in them, and the check-ins.</summary>
public sealed partial class MinorsNitrousOxideTests
{
    private const string Ktv = "KTV-370681-0009";
    private const string Hotel = "ESH-370681-0007";

    [Fact]
    public async Task KtvWithTwoIncidentsOfMinors_IsVenueLead_AndEachMinorALead()
    {
        var w = new NitrousOxideWorld().Venue(Ktv, "金鼎KTV", VenueTypes.Ktv, minorsBanned: true);
        var c1 = w.Case(Summaries.KtvUse, place: "龙口市金鼎KTV", venueId: Ktv);
        w.Person(c1, "吸食人员", Minor, "王某", guardian: true);
        var c2 = w.Case(Summaries.KtvUse, at: Night.AddDays(40), place: "龙口市金鼎KTV", venueId: Ktv);
        w.Person(c2, "吸食人员", Minor, "王某", guardian: true).Person(c2, "吸食人员", YoungMinor, "赵某");

        var leads = await w.Into(new ModelTest<MinorsNitrousOxideModel>()).VerifyAsync(
            ExpectedLead.AboutRecord(Ktv).InRole("场所").WithRules("V1", "V2", "V3", "V4").WithScore(60),
            ExpectedLead.AboutPerson(Minor).InRole("未成年人").WithRules("M1", "M3", "M4").WithScore(45),
            ExpectedLead.AboutPerson(YoungMinor).InRole("未成年人").WithRules("M1", "M2", "M4", "M6").WithScore(50));

        var venue = leads.Single(l => l.Subject.Role == "场所");
        Assert.Equal("venue", venue.Subject.Kind);
        Assert.Contains(venue.Evidence, e => e.RuleId == "V1" && e.Dataset == "venues" && e.RecordKey == Ktv && e.Match == "recordKey");
        Assert.Contains(venue.Evidence, e => e.RuleId == "V3" && e.Dataset == "police_persons");
    }

    [Fact]
    public async Task HotelNamedInThePlaceOnly_IsMatchedByName_AndTheMinorsUnguardedCheckinCounts()
    {
        var w = new NitrousOxideWorld().Venue(Hotel, "益宏电竞酒店（东莱店）", VenueTypes.EsportsHotel, minorsBanned: false);
        var c = w.Case(Summaries.HotelUse, place: "龙口市益宏电竞酒店(东莱店)");
        w.Person(c, "吸食人员", Minor, "王某");
        var checkin = w.Checkin(Hotel, Minor, "王某", Night.AddHours(-3), guardianRecorded: false);

        var leads = await w.Into(new ModelTest<MinorsNitrousOxideModel>()).VerifyAsync(
            ExpectedLead.AboutRecord(Hotel).InRole("场所").WithRules("V1", "V3", "V5", "V6").WithScore(50),
            ExpectedLead.AboutPerson(Minor).InRole("未成年人").WithRules("M1", "M4", "M5", "M6").WithScore(45));

        var venue = leads.Single(l => l.Subject.Role == "场所");
        Assert.Contains(venue.Evidence, e => e.RuleId == "V1" && e.Dataset == "venues" && e.Match == "normalizedName");
        Assert.Contains(venue.Evidence, e => e.RuleId == "V5" && e.Dataset == "lodging_checkins" && e.RecordKey == checkin);
    }

    [Fact]
    public async Task TwoVenuesOfTheSameName_AreNotMatchedByName()
    {
        var w = new NitrousOxideWorld()
            .Venue(Hotel, "益宏电竞酒店", VenueTypes.EsportsHotel, minorsBanned: false)
            .Venue("ESH-370681-0011", "益宏电竞酒店", VenueTypes.EsportsHotel, minorsBanned: false);
        var c = w.Case(Summaries.HotelUse, place: "龙口市益宏电竞酒店");
        w.Person(c, "吸食人员", Minor, "王某", guardian: true);

        await w.Into(new ModelTest<MinorsNitrousOxideModel>())
            .VerifyAsync(ExpectedLead.AboutPerson(Minor).InRole("未成年人").WithRules("M1"));
    }

    [Fact]
    public async Task AdultsOnlyVenueWithTwoIncidents_IsVenueLead_WithoutMinorRules()
    {
        var w = new NitrousOxideWorld().Venue(Ktv, "金鼎KTV", VenueTypes.Ktv, minorsBanned: true);
        w.Person(w.Case(Summaries.AdultUse, venueId: Ktv), "吸食人员", Adult, "刘某");
        w.Person(w.Case(Summaries.AdultUse, at: Night.AddDays(9), venueId: Ktv), "吸食人员", Adult, "刘某");

        await w.Into(new ModelTest<MinorsNitrousOxideModel>())
            .VerifyAsync(ExpectedLead.AboutRecord(Ktv).InRole("场所").WithRules("V1", "V2").WithScore(30));
    }

    [Fact]
    public async Task MinorInTheStreet_IsMinorLead_ForHelpNotPunishment()
    {
        var w = new NitrousOxideWorld();
        var c = w.Case(Summaries.StreetUse);
        w.Person(c, "吸食人员", YoungMinor, "赵某");

        var leads = await w.Into(new ModelTest<MinorsNitrousOxideModel>())
            .VerifyAsync(ExpectedLead.AboutPerson(YoungMinor).InRole("未成年人").WithRules("M1", "M2", "M6").WithScore(45));

        Assert.Contains(leads[0].Rules, r => r.RuleId == "M6" && r.Description.Contains("督促监护", StringComparison.Ordinal));
    }
}
