using SupervisionModels.Datasets;
using SupervisionModels.Entities;
using SupervisionModels.Models;
using static SupervisionModels.BuiltIn.JudicialAid.JudicialAidParameters;

namespace SupervisionModels.BuiltIn.JudicialAid;

/// <summary>
/// 第二步 等值关联困难群体名单 (domain §3.3 step 2): each register by ID number; a case record without a valid ID number
/// is compared by normalised name within the same township, and its flags say so (a prosecutor confirms the person).
/// </summary>
public sealed partial class JudicialAidModel
{
    private static void RegisterRegisters(IModelContext context)
    {
        var maxGrade = context.GetValue(MaxDisabilityGrade);
        var severeGrade = context.GetValue(SevereDisabilityGrade);

        context.Rule("S5", "按身份证号比对民政低保、特困供养名单：案发时在保或案发后纳入", r => r
            .Match<AidCandidate>(a => a.HasId)
            .Join<SocialAssistance, EntityKey>(a => a.Key, s => EntityKey.Person(s.IdNo, s.Name))
            .Where((a, s) => HardshipFlags.AssistanceCounts(s.EndDate, a.AcceptedDate))
            .Derive((a, s) => HardshipFlags.Assistance(a, s.Program, s.StartDate, false)));

        context.Rule("S6", "无有效身份证号的，按姓名与同乡镇低保、特困供养名单比对", r => r
            .Match<AidCandidate>(a => !a.HasId)
            .Join<SocialAssistance, EntityKey>(a => a.Key, s => EntityKey.Person(null, s.Name))
            .Where((a, s) => s.Township == a.Township && HardshipFlags.AssistanceCounts(s.EndDate, a.AcceptedDate))
            .Derive((a, s) => HardshipFlags.Assistance(a, s.Program, s.StartDate, true)));

        context.Rule("S7", FormattableString.Invariant($"按身份证号比对残联持证残疾人名单：证件有效，残疾等级一至{GradeName(maxGrade)}级"), r => r
            .Match<AidCandidate>(a => a.HasId)
            .Join<DisabledPerson, EntityKey>(a => a.Key, d => EntityKey.Person(d.IdNo, d.Name), d => HardshipFlags.DisabilityCounts(d.Status, d.Grade, maxGrade))
            .Derive((a, d) => HardshipFlags.Disability(a, d.Grade, d.IssuedDate, severeGrade, false)));

        context.Rule("S8", "无有效身份证号的，按姓名与同乡镇持证残疾人名单比对", r => r
            .Match<AidCandidate>(a => !a.HasId)
            .Join<DisabledPerson, EntityKey>(a => a.Key, d => EntityKey.Person(null, d.Name), d => HardshipFlags.DisabilityCounts(d.Status, d.Grade, maxGrade))
            .Where((a, d) => d.Township == a.Township)
            .Derive((a, d) => HardshipFlags.Disability(a, d.Grade, d.IssuedDate, severeGrade, true)));

        context.Rule("S9", "按身份证号比对防返贫监测对象名单（脱贫不稳定户、边缘易致贫户、突发严重困难户）：案发时风险未消除", r => r
            .Match<AidCandidate>(a => a.HasId)
            .Join<PovertyMonitoring, EntityKey>(a => a.Key, m => EntityKey.Person(m.IdNo, m.Name))
            .Where((a, m) => HardshipFlags.MonitoringCounts(m.HouseholdStatus, m.RiskEliminated, m.EliminatedDate, a.AcceptedDate))
            .Derive((a, m) => HardshipFlags.Monitoring(a, m.IdentifiedDate, false)));

        context.Rule("S10", "无有效身份证号的，按姓名与同乡镇防返贫监测对象名单比对", r => r
            .Match<AidCandidate>(a => !a.HasId)
            .Join<PovertyMonitoring, EntityKey>(a => a.Key, m => EntityKey.Person(null, m.Name))
            .Where((a, m) => m.Township == a.Township && HardshipFlags.MonitoringCounts(m.HouseholdStatus, m.RiskEliminated, m.EliminatedDate, a.AcceptedDate))
            .Derive((a, m) => HardshipFlags.Monitoring(a, m.IdentifiedDate, true)));

        context.Rule("S11", "按身份证号比对妇联困难妇女台账：案发时在册或案发后登记", r => r
            .Match<AidCandidate>(a => a.HasId)
            .Join<WomenFederationAid, EntityKey>(a => a.Key, w => EntityKey.Person(w.IdNo, w.Name))
            .Where((a, w) => HardshipFlags.WomenCounts(w.Status, w.ExitDate, a.AcceptedDate))
            .Derive((a, w) => HardshipFlags.Women(a, w.RegisteredDate, false)));

        context.Rule("S12", "无有效身份证号的，按姓名与同乡镇困难妇女台账比对", r => r
            .Match<AidCandidate>(a => !a.HasId)
            .Join<WomenFederationAid, EntityKey>(a => a.Key, w => EntityKey.Person(null, w.Name))
            .Where((a, w) => w.Township == a.Township && HardshipFlags.WomenCounts(w.Status, w.ExitDate, a.AcceptedDate))
            .Derive((a, w) => HardshipFlags.Women(a, w.RegisteredDate, true)));
    }

    private static string GradeName(int grade) => grade switch { 1 => "一", 2 => "二", 3 => "三", 4 => "四", _ => grade.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
