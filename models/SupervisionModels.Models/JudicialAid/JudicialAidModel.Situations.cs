using SupervisionModels.Models;

using static SupervisionModels.BuiltIn.JudicialAid.JudicialAidParameters;

namespace SupervisionModels.BuiltIn.JudicialAid;

/// <summary>
/// 救助情形与赔偿情况 (domain §3.4 severity and compensation): which situation of the 细则 the case is, with the suggested
/// amount, and whether the offender has paid anything.
/// </summary>
public sealed partial class JudicialAidModel
{
    private static void RegisterSituations(IModelContext context)
    {
        var wage = context.GetValue(MonthlyWage);
        var maxMonths = context.GetValue(MaxMonths);
        var death = context.GetValue(MonthsDeath);
        var serious = context.GetValue(MonthsSerious);
        var minor = context.GetValue(MonthsMinorInjury);
        var property = context.GetValue(MonthsProperty);

        context.Rule("R1", "被害人因犯罪侵害死亡，本人系其近亲属（细则情形三：被害人死亡，依靠其收入生活的近亲属生活困难）", r => r
            .Match<AidCandidate>(a => a.Harm == AidHarm.Death)
            .OnARegister()
            .Reason(a => Person(a), 30, a => AidAmount.Months(death, wage, maxMonths)));

        context.Rule("R2", "被害人受犯罪侵害致重伤（细则情形一：重伤或严重残疾，案件无法侦破、加害人死亡或无赔偿能力，造成生活困难）", r => r
            .Match<AidCandidate>(a => a.Harm == AidHarm.SeriousInjury)
            .OnARegister()
            .Reason(a => Person(a), 25, a => AidAmount.Months(serious, wage, maxMonths)));

        context.Rule("R3", "被害人受犯罪侵害致轻伤（细则情形二：受伤急需救治，无力承担医疗救治费用）", r => r
            .Match<AidCandidate>(a => a.Harm == AidHarm.MinorInjury)
            .OnARegister()
            .Reason(a => Person(a), 15, a => AidAmount.Months(minor, wage, maxMonths)));

        context.Rule("R4", "被害人遭受重大财产损失，未获赔偿（细则情形四：财产遭受重大损失，无法通过诉讼获得赔偿，造成生活困难）", r => r
            .Match<AidCandidate>(a => a.MajorLoss)
            .OnARegister()
            .Reason(a => Person(a), 10, a => AidAmount.ForLoss(a.PropertyLoss, property, wage, maxMonths)));

        context.Rule("R5", "加害人未赔偿或无赔偿能力，或附带民事赔偿终结本次执行（无法通过诉讼获得有效赔偿）", r => r
            .Match<AidCandidate>(a => a.Unpaid)
            .OnARegister()
            .Reason(a => Person(a), 20));
    }
}
