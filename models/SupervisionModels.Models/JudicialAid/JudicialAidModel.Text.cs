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
}
