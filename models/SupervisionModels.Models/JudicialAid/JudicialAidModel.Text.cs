using SupervisionModels.Datasets;
using SupervisionModels.Rules;
using SupervisionModels.Models;
using static SupervisionModels.BuiltIn.JudicialAid.JudicialAidParameters;

namespace SupervisionModels.BuiltIn.JudicialAid;

/// <summary>
/// 案情摘要 (the one text column): the prosecutor's summary often says what the registers do not yet show — that the
/// family cannot pay for treatment. Keywords find the plain wording; the SM0003.text classifier, when registered, adds
/// paraphrases (东拼西凑, 揭不开锅) and demotes hits about the suspect (犯罪嫌疑人系低保户).
/// </summary>
public sealed partial class JudicialAidModel
{
    private static void RegisterText(IModelContext context, TextOptions text)
    {
        var keywords = context.GetValue(HardshipKeywords);
        var terms = keywords.Terms;
        var victimWords = context.GetValue(VictimWords).Terms;
        var offenderWords = context.GetValue(OffenderWords).Terms;

        // A hardship word about the suspect (犯罪嫌疑人李某系低保户) is no ground for aiding the victim: a hit counts
        // only when the last role word before it names the victim (or none does).
        context.Rule("S13", "案情摘要反映被害人家庭生活困难（关键词或文本分类器；困难关键词须说的是被害方，不是犯罪嫌疑人、被告人）", r => r
            .Match<ProcuratorateCase>(c => c.OffenderPaid != CompensationStatuses.Full && !c.Reconciled && c.VictimFault != AidVocabulary.MajorFault)
            .WhereText(c => c.Summary, keywords, text)
            .Where(c => TextContext.AnyAboutVictim(c.Summary, terms, victimWords, offenderWords))
            .Derive(c => new HardshipText(c.CaseId)));

        // Matched from the text side so that the summary, with its excerpt and probability, is the evidence cited
        // first: the candidate's own lineage holds the same case record without the text match.
        context.Rule("R16", "案情摘要反映被害人因案生活困难、无力支付医疗费等", r => r
            .Match<HardshipText>()
            .Join<AidCandidate, string>(t => t.CaseId, a => a.CaseId)
            .Exists<HardshipFlag, string>((t, a) => a.PersonKey, f => f.Candidate.PersonKey)
            .Reason((t, a) => Person(a), 10));
    }

    /// <summary>
    /// 仅摘要反映的困难 (hardship the registers have not caught up with): a summary that says the victim is in hardship
    /// and not yet on any list puts the case's candidates in a category of their own, so that the situation rules can
    /// take them; registered before the situations, which look for a category. A summary that only says 家庭困难 does
    /// not: a register that lapsed or lists someone else is a stronger statement than a general word.
    /// </summary>
    private static void RegisterUnlisted(IModelContext context)
    {
        var unlisted = context.GetValue(UnlistedWords);
        var terms = context.GetValue(HardshipKeywords).Terms;
        var victimWords = context.GetValue(VictimWords).Terms;
        var offenderWords = context.GetValue(OffenderWords).Terms;

        context.Rule("S14", "案情摘要载明被害人生活困难且尚未纳入救助名单（困难关键词须说的是被害方）", r => r
            .Match<ProcuratorateCase>(c => c.OffenderPaid != CompensationStatuses.Full && !c.Reconciled && c.VictimFault != AidVocabulary.MajorFault)
            .WhereText(c => c.Summary, unlisted)
            .Where(c => TextContext.AnyAboutVictim(c.Summary, terms, victimWords, offenderWords))
            .Derive(c => new UnlistedHardshipText(c.CaseId)));

        context.Rule("S15", "上述案件的候选救助对象计入“摘要载明困难（未入名单）”类别（无名单记录，须走访核实）", r => r
            .Match<UnlistedHardshipText>()
            .Join<AidCandidate, string>(t => t.CaseId, a => a.CaseId)
            .Derive((t, a) => new HardshipFlag(a, HardshipCategories.SummaryOnly, a.AcceptedDate, Severe: false, Rural: false, NameOnly: false)));
    }
}
