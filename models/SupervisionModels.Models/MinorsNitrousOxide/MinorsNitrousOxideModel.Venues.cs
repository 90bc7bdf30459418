using SupervisionModels.Datasets;
using SupervisionModels.Entities;
using SupervisionModels.Rules;
using SupervisionModels.Models;

namespace SupervisionModels.BuiltIn.MinorsNitrousOxide;

/// <summary>第三步 场所 (domain §2.3 step 3): screened records at registered venues, the minors among them, and the check-ins.</summary>
public sealed partial class MinorsNitrousOxideModel
{
    private static void Venues(IModelContext context, Settings s)
    {
        var minEvents = s.MinVenueEvents;
        var ageLimit = s.AgeLimit;
        var window = TimeSpan.FromHours(s.CheckinWindowHours);
        var minUnguarded = s.MinUnguardedCheckins;

        // Two venues of one county with the same name: a place naming it cannot say which, so neither gets the record.
        context.Rule("D21", "同一县（市、区）内重名的场所（不按名称关联）", r => r
            .Match<Venue>()
            .GroupBy(v => Places.VenueKey(v.AreaCode, v.Name))
            .Having(g => g.Count() > 1)
            .Derive(g => new AmbiguousVenueName(g.Key)));

        context.Rule("D22", "警情关联场所（按警情记载的场所编号）", r => r
            .Match<NitrousOxideCase>(c => c.VenueId != null)
            .Join<Venue, EntityKey>(c => EntityKey.Record(c.VenueId), v => EntityKey.Record(v.VenueId))
            .Derive((c, v) => new VenueEvent(v.VenueId, v.Name, v.MinorsBanned, c.CaseNo, c.EventTime)));

        context.Rule("D23", "警情关联场所（未载场所编号，按发案地点与场所名称比对）", r => r
            .Match<NitrousOxideCase>(c => c.VenueId == null)
            .Join<Venue, EntityKey>(c => Places.VenueKey(c.AreaCode, Places.WithoutRegion(c.Place)), v => Places.VenueKey(v.AreaCode, v.Name))
            .Not<AmbiguousVenueName, EntityKey>((c, v) => Places.VenueKey(v.AreaCode, v.Name), a => a.Key)
            .Derive((c, v) => new VenueEvent(v.VenueId, v.Name, v.MinorsBanned, c.CaseNo, c.EventTime)));

        context.Rule("V1", "场所内发生涉“笑气”警情", r => r
            .Match<VenueEvent>()
            .Reason(v => VenueSubject(v.VenueId, v.VenueName), 10));

        context.Rule("V2", $"场所内发生涉“笑气”警情 ≥ {minEvents} 起", r => r
            .Match<VenueEvent>()
            .GroupBy(v => v.VenueId)
            .Having(g => g.Select(v => v.CaseNo).Distinct().Count() >= minEvents)
            .Reason(g => VenueSubject(g.Key, g.First().VenueName), 20));

        context.Rule("V3", "场所内发生未成年人吸食“笑气”警情", r => r
            .Match<VenueEvent>()
            .Join<MinorUse, string>(v => v.CaseNo, m => m.CaseNo)
            .Reason((v, m) => VenueSubject(v.VenueId, v.VenueName), 20));

        context.Rule("V4", "禁止未成年人进入的娱乐场所（KTV、酒吧、网吧等）接纳未成年人", r => r
            .Match<VenueEvent>(v => v.MinorsBanned)
            .Join<MinorUse, string>(v => v.CaseNo, m => m.CaseNo)
            .Reason((v, m) => VenueSubject(v.VenueId, v.VenueName), 10));

        context.Rule("V5", "涉“笑气”未成年人案发当晚在该场所入住，未登记监护人联系方式（未落实“五必须”）", r => r
            .Match<VenueEvent>()
            .Join<MinorUse, string>(v => v.CaseNo, m => m.CaseNo)
            .Join<LodgingCheckin, (string, string?)>((v, m) => ValueTuple.Create(v.VenueId, m.IdNo), l => ValueTuple.Create(l.VenueId, (string?)l.GuestIdNo), l => !l.GuardianContactRecorded)
            .Where((v, m, l) => l.CheckinTime <= v.EventTime && l.CheckinTime >= v.EventTime - window)
            .Reason((v, m, l) => VenueSubject(v.VenueId, v.VenueName), 15));

        // Every unguarded minor's check-in counts here, with or without an incident: alone it is far below a lead.
        context.Rule("V6", $"入住登记中有未成年人未登记监护人联系方式（≥ {minUnguarded} 人次）", r => r
            .Match<LodgingCheckin>(l => !l.GuardianContactRecorded)
            .Where(l => Ages.AtEvent(l.GuestIdNo, null, DateOnly.FromDateTime(l.CheckinTime)) < ageLimit)
            .GroupBy(l => l.VenueId)
            .Having(g => g.Count() >= minUnguarded)
            .Reason(g => VenueSubject(g.Key, g.First().VenueName), 5));
    }

    private static Subject VenueSubject(string venueId, string name) => Subject.Venue(venueId, name, Subjects.Venue);
}
