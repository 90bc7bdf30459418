using SupervisionModels.Leads;

namespace SupervisionModels.Web.Tests;

/// <summary>Tiny leads written in the tests, the way an analyzer test writes its source: each with one rule and one excerpt.</summary>
internal static class Leads
{
    public static Lead Person(string leadId, string model, string name, string idNumber, double score, int rank = 1) =>
        new(leadId, model, "1.0.0", new LeadSubject("ID:" + idNumber, name, "person", "原告", "idNumber"), score, rank,
            [new LeadRule("R1", "同一原告在筛查文书中作为原告起诉 ≥ 2 件", score, 2)],
            [new Evidence("R1", "judgments", "（2022）鲁0481民初42号")
            {
                Excerpt = $"…原告{name}与被告约定以号牌为鲁DGW973的小型普通客车【以车抵债】…",
                MatchedWords = ["以车抵债"],
            }]);
}
