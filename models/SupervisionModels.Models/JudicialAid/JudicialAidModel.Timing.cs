using SupervisionModels.Models;

using static SupervisionModels.BuiltIn.JudicialAid.JudicialAidParameters;

namespace SupervisionModels.BuiltIn.JudicialAid;

/// <summary>
/// 因案致困与时效 (domain §3.3 step 4, §3.4): whether the hardship followed the crime, a review note where it all
/// predates it (生活困难非案件原因 is a refusal ground, but the campaigns ask for a check, not a deletion), and recency.
/// </summary>
public sealed partial class JudicialAidModel
{
    private static void RegisterTiming(IModelContext context, DateOnly? asOf)
    {
        var recent = context.GetValue(RecentMonths);

        context.Rule("R13", "案发后新纳入困难群体名单（低保、监测户、残疾证或困难妇女台账始于案件受理之后，因案致困）", r => r
            .Match<HardshipFlag>(f => f.Since > f.Candidate.AcceptedDate)
            .Reason(f => Person(f.Candidate), 10));

        context.Rule("R14", "复核提示：所在困难群体名单均早于案发，须核实生活困难是否由案件导致（生活困难非案件原因的，一般不予救助）", r => r
            .Match<AidCandidate>()
            .OnARegister()
            .Not<HardshipFlag, string>(a => a.PersonKey, f => f.Candidate.PersonKey, (a, f) => f.Since > a.AcceptedDate)
            .Reason(a => Person(a), 0));

        context.Rule("R15", FormattableString.Invariant($"案件在基准日前 {recent} 个月内受理（近期案件，被害人困难更为紧迫）"), r => r
            .Match<AidCandidate>()
            .OnARegister()
            .Exists<CaseDataCutoff, int>(a => CaseDataCutoff.Single, k => k.Key, (a, k) => a.AcceptedDate > (asOf ?? k.Latest).AddMonths(-recent))
            .Reason(a => Person(a), 10));
    }
}
