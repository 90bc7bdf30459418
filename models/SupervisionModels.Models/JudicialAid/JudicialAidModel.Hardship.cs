using SupervisionModels.Models;

using static SupervisionModels.BuiltIn.JudicialAid.JudicialAidParameters;

namespace SupervisionModels.BuiltIn.JudicialAid;

/// <summary>
/// 困难群体类别 (domain §3.3 step 2 tags, §3.4 +10 each): one rule per register, so that the lead states the category
/// and the evidence cites the register's row and how it was matched.
/// </summary>
public sealed partial class JudicialAidModel
{
    private static void RegisterHardship(IModelContext context)
    {
        var maxGrade = context.GetValue(MaxDisabilityGrade);
        var severeGrade = context.GetValue(SevereDisabilityGrade);

        context.Rule("R6", "属民政低保对象（最低生活保障）或特困供养人员，案发时在保或案发后纳入", r => r
            .Match<HardshipFlag>(f => f.Category == HardshipCategories.Subsistence)
            .Reason(f => Person(f.Candidate), 10));

        context.Rule("R7", FormattableString.Invariant($"属残联持证残疾人（一至{GradeName(maxGrade)}级，证件有效）"), r => r
            .Match<HardshipFlag>(f => f.Category == HardshipCategories.Disability)
            .Reason(f => Person(f.Candidate), 10));

        context.Rule("R8", FormattableString.Invariant($"残疾等级为一至{GradeName(severeGrade)}级（重度残疾）"), r => r
            .Match<HardshipFlag>(f => f.Category == HardshipCategories.Disability && f.Severe)
            .Reason(f => Person(f.Candidate), 10));

        context.Rule("R9", "属乡村振兴防返贫监测对象（脱贫不稳定户、边缘易致贫户或突发严重困难户，案发时风险未消除）", r => r
            .Match<HardshipFlag>(f => f.Category == HardshipCategories.Monitored)
            .Reason(f => Person(f.Candidate), 10));

        context.Rule("R10", "属妇联困难妇女台账在册人员（单亲困难母亲、家暴受害、重病、残疾、留守等）", r => r
            .Match<HardshipFlag>(f => f.Category == HardshipCategories.Women)
            .Reason(f => Person(f.Candidate), 10));

        context.Rule("R11", "受害时未满十八周岁（未成年人，司法救助专项活动重点对象）", r => r
            .Match<AidCandidate>(a => a.AgeAtCase < 18)
            .OnARegister()
            .Reason(a => Person(a), 10));

        context.Rule("R12", "农村困难家庭（农村低保或防返贫监测户，乡村振兴司法救助专项活动重点）", r => r
            .Match<HardshipFlag>(f => f.Rural)
            .Reason(f => Person(f.Candidate), 5));

        // A name-only match is kept (the person may simply lack an ID in the case file) but says it must be confirmed.
        context.Rule("R17", "复核提示：案件记录无有效身份证号，仅按姓名与同乡镇名单比对，须核实是否同一人", r => r
            .Match<HardshipFlag>(f => f.NameOnly)
            .Reason(f => Person(f.Candidate), 0));
    }
}
