using SupervisionModels.Datasets;
using SupervisionModels.Entities;
using SupervisionModels.Rules;
using SupervisionModels.Models;

namespace SupervisionModels.BuiltIn.MinorsNitrousOxide;

/// <summary>
/// 第四步 未成年人 (domain §2.3 step 4): minors who inhaled, by age on the event date from the ID number. Victims,
/// witnesses and callers are not users; the leads are for 帮教, 督促监护 and family education, never for punishment.
/// </summary>
public sealed partial class MinorsNitrousOxideModel
{
    private static void Minors(IModelContext context, Settings s)
    {
        var roles = s.UserRoles;
        var ageLimit = s.AgeLimit;
        var youngAge = s.YoungAge;
        var minRepeat = s.MinRepeatEvents;
        var window = TimeSpan.FromHours(s.CheckinWindowHours);

        context.Rule("D24", $"筛查警情中案发时未满{ageLimit}周岁的吸食人员、违法行为人", r => r
            .Match<NitrousOxideCase>()
            .Join<PolicePerson, string>(c => c.CaseNo, p => p.PoliceCaseNo, p => Texts.IsOneOf(p.Role, roles))
            .Where((c, p) => Ages.AtEvent(p.IdNo, p.AgeAtEvent, c.EventDate) < ageLimit)
            .Derive((c, p) => new MinorUse(c.CaseNo, EntityKey.Person(p.IdNo, p.Name), p.Name, p.IdNo, c.EventTime,
                Ages.AtEvent(p.IdNo, p.AgeAtEvent, c.EventDate) ?? 0, p.GuardianContact != null)));

        context.Rule("M1", $"案发时未满{ageLimit}周岁，在涉“笑气”警情中为吸食人员或违法行为人", r => r
            .Match<MinorUse>()
            .Reason(m => MinorSubject(m.Person, m.Name), 30));

        context.Rule("M2", $"案发时未满{youngAge}周岁", r => r
            .Match<MinorUse>(m => m.Age < youngAge)
            .Reason(m => MinorSubject(m.Person, m.Name), 10));

        context.Rule("M3", $"涉“笑气”警情 ≥ {minRepeat} 起（多次吸食）", r => r
            .Match<MinorUse>()
            .GroupBy(m => m.Person)
            .Having(g => g.Select(m => m.CaseNo).Distinct().Count() >= minRepeat)
            .Reason(g => MinorSubject(g.Key, g.First().Name), 10));

        context.Rule("M4", "在娱乐、住宿场所吸食（关联场所线索）", r => r
            .Match<MinorUse>()
            .Join<VenueEvent, string>(m => m.CaseNo, v => v.CaseNo)
            .Reason((m, v) => MinorSubject(m.Person, m.Name), 5));

        context.Rule("M5", "案发当晚在住宿场所入住，未登记监护人联系方式", r => r
            .Match<MinorUse>()
            .Join<LodgingCheckin, string?>(m => m.IdNo, l => l.GuestIdNo, l => !l.GuardianContactRecorded)
            .Where((m, l) => l.CheckinTime <= m.EventTime && l.CheckinTime >= m.EventTime - window)
            .Reason((m, l) => MinorSubject(m.Person, m.Name), 5));

        context.Rule("M6", "警情未记录监护人信息（需督促监护、家庭教育指导）", r => r
            .Match<MinorUse>(m => !m.GuardianRecorded)
            .Reason(m => MinorSubject(m.Person, m.Name), 5));
    }

    private static Subject MinorSubject(EntityKey person, string name) => new(person, name, SubjectKind.Person, Subjects.Minor);
}
