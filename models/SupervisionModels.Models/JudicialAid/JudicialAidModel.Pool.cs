using SupervisionModels.Datasets;
using SupervisionModels.Models;
using static SupervisionModels.BuiltIn.JudicialAid.JudicialAidParameters;

namespace SupervisionModels.BuiltIn.JudicialAid;

/// <summary>第一步 建立候选池 (domain §3.3 steps 1 and 3): the cases, then the people in them.</summary>
public sealed partial class JudicialAidModel
{
    private static void RegisterPool(IModelContext context, DateOnly? asOf)
    {
        var window = context.GetValue(WindowYears);
        var majorLoss = context.GetValue(MajorLoss);
        var fight = context.GetValue(MutualFightKeywords);

        // The reference date of the window and of recency, when the settings give none: the data's own cut-off,
        // because a model has no clock and a run over last year's extract must judge by that extract's dates.
        context.Rule("S1", "案件数据截止日（最晚受理日期），作为筛查基准日", r => r
            .Match<ProcuratorateCase>()
            .GroupBy(c => CaseDataCutoff.Single)
            .Derive(g => new CaseDataCutoff(g.Key, g.Max(c => c.AcceptedDate))));

        // victim_fault is assessed by hand and may be left 无 where the summary says both sides fought.
        context.Rule("S2", "案情摘要载明双方互殴、相互厮打（被害人对案件发生有重大过错）", r => r
            .Match<ProcuratorateCase>(c => c.OffenderPaid != CompensationStatuses.Full && !c.Reconciled && c.VictimFault != AidVocabulary.MajorFault)
            .WhereText(c => c.Summary, fight)
            .Derive(c => new MutualFightCase(c.CaseId)));

        var windowText = window > 0 ? FormattableString.Invariant($"基准日前 {window} 年内受理、") : string.Empty;
        var caseText = FormattableString.Invariant($"{windowText}被害人死亡、重伤、轻伤或财产损失达 {majorLoss:0} 元（细则情形一至四），加害人未全额赔偿、未刑事和解、被害人无重大过错的刑事案件");
        context.Rule("S3", caseText, r =>
        {
            var cases = r
                .Match<ProcuratorateCase>(c => c.OffenderPaid != CompensationStatuses.Full && !c.Reconciled && c.VictimFault != AidVocabulary.MajorFault)
                .Where(c => AidHarms.IsAidSituation(c.Injury, c.PropertyLoss, majorLoss))
                .Not<MutualFightCase, string>(c => c.CaseId, m => m.CaseId);
            if (window > 0)
            {
                cases = cases.Exists<CaseDataCutoff, int>(c => CaseDataCutoff.Single, k => k.Key, (c, k) => c.AcceptedDate >= (asOf ?? k.Latest).AddYears(-window));
            }

            return cases.Derive(c => new AidCase(c.CaseId, c.CourtCaseNo, c.AcceptedDate, c.Charge, c.Injury, c.PropertyLoss, c.OffenderPaid, c.CivilExecStatus));
        });

        // Aid is granted once per case and party (一案一救助): a grant by the procuratorate (by case id) or by the court
        // (by court case number) to the same person rules the person out; for the family of a victim who died, a grant
        // to any of them does, because the family is aided together.
        context.Rule("S4", "候选救助对象：上述案件中在世的被害人及死亡被害人的近亲属，且本案（含法院审判阶段）未获国家司法救助", r => r
            .Match<CasePerson>(p => (p.Role == AidVocabulary.VictimRole && !p.Deceased) || p.Role == AidVocabulary.RelativeRole)
            .Join<AidCase, string>(p => p.CaseId, c => c.CaseId)
            .Where((p, c) => p.Role == AidVocabulary.RelativeRole
                ? c.Injury == InjuryLevels.Death
                : AidHarms.OfVictim(c.Injury) != AidHarm.None || c.PropertyLoss >= majorLoss)
            .Not<JudicialAidGrant, string?>((p, c) => p.CaseId, g => g.CaseId,
                (p, c, g) => p.Role == AidVocabulary.RelativeRole || AidCandidates.SamePerson(p.IdNo, p.Name, g.RecipientId, g.RecipientName))
            .Not<JudicialAidGrant, string?>((p, c) => c.CourtCaseNo, g => g.CourtCaseNo,
                (p, c, g) => p.Role == AidVocabulary.RelativeRole || AidCandidates.SamePerson(p.IdNo, p.Name, g.RecipientId, g.RecipientName))
            .Derive((p, c) => AidCandidates.Create(p.PersonKey, p.IdNo, p.Name, p.Role, p.Township, p.BirthDate, c, majorLoss)));
    }
}
