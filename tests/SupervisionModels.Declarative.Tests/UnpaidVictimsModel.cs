using SupervisionModels.Datasets;
using SupervisionModels.Models;
using SupervisionModels.Rules;

namespace SupervisionModels.Declarative.Tests;

/// <summary>
/// The C# twin of models/declarative/USR0301.model.yaml: the same rules written with the fluent API, so that the
/// two can be run side by side and their leads compared byte for byte.
/// </summary>
public sealed class UnpaidVictimsModel : SupervisionModel
{
    public static readonly Parameter<decimal> MajorLoss = new("major-loss", 20000m, "重大财产损失的起点（元）", min: 0);
    public static readonly Parameter<int> RecentDays = new("recent-days", 365, "基准日前多少天内受理的案件加分", min: 1);
    public static readonly Parameter<double> MinScore = new("min-score", 20, "成为线索的最低分值");
    public static readonly Parameter<bool> UseClassifier = new("use-classifier", true, "是否用文本分类器辅助困难情形关键词");
    public static readonly KeywordParameter HardshipKeywords = new(
        "hardship-keywords", "案情摘要中反映被害人生活困难的关键词", "生活困难", "家庭困难", "无力支付", "因伤致贫", "因案致贫", "低保", "特困", "贫困");

    public override ModelDescriptor Descriptor { get; } = new(
        "USR0301", "未获赔偿的低保被害人（声明式示例）", ModelCategory.ComplaintsAndAid, "1.0.0",
        "以检察机关刑事案件为主表，筛出属司法救助情形（死亡、重伤、轻伤或重大财产损失）、加害人未足额赔偿、未刑事和解、"
        + "被害人无重大过错、本案未获司法救助，且案发时或案发后在低保特困名单内的被害人。")
    {
        Datasets = [typeof(ProcuratorateCase), typeof(CasePerson), typeof(SocialAssistance), typeof(JudicialAidGrant)],
    };

    public override IReadOnlyList<ModelParameter> Parameters => [MajorLoss, RecentDays, MinScore, UseClassifier, HardshipKeywords];

    public override void Initialize(IModelContext context)
    {
        var majorLoss = context.GetValue(MajorLoss);
        var recentDays = context.GetValue(RecentDays);
        var text = new TextOptions("SM0003.text") { Enabled = context.GetValue(UseClassifier), AcceptAbove = 0.81, DemoteBelow = 0.22 };
        var cutoff = new DateOnly(2025, 12, 31);

        context.Rule("S1", FormattableString.Invariant($"属救助情形（死亡、重伤、轻伤或财产损失 ≥ {majorLoss} 元）且加害人未足额赔偿、未和解、被害人无重大过错的案件"), r => r
            .Match<ProcuratorateCase>(c => c.OffenderPaid != "全额赔偿" && !c.Reconciled && c.VictimFault != "重大")
            .Where(c => c.Injury == "死亡" || c.Injury == "重伤一级" || c.Injury == "重伤二级" || c.Injury == "轻伤一级" || c.Injury == "轻伤二级" || c.PropertyLoss >= majorLoss)
            .Derive(c => new AidCase(c.CaseId, c.AcceptedDate, c.PropertyLoss)));

        context.Rule("R1", "被害人所在案件属救助情形、加害人未足额赔偿，本案未获司法救助，且在低保特困名单内", r => r
            .Match<AidCase>()
            .Join<CasePerson, string>(a => a.CaseId, p => p.CaseId, p => p.Role == "被害人")
            .Not<JudicialAidGrant, string?>((a, p) => p.CaseId, g => g.CaseId)
            .Exists<SocialAssistance, string?>((a, p) => p.IdNo, s => s.IdNo, (a, p, s) => s.EndDate == null || s.EndDate >= a.AcceptedDate)
            .Reason((a, p) => Subject.Person(p.IdNo, p.Name, "被害人"), 20, (a, p) => a.PropertyLoss));

        context.Rule("R2", "案发时或案发后享受城乡低保（非特困供养）", r => r
            .Match<CasePerson>(p => p.Role == "被害人")
            .Join<AidCase, string>(p => p.CaseId, a => a.CaseId)
            .Exists<SocialAssistance, string?>((p, a) => p.IdNo, s => s.IdNo, (p, a, s) => (s.EndDate == null || s.EndDate >= a.AcceptedDate) && (s.Program == "城市低保" || s.Program == "农村低保"))
            .Reason((p, a) => Subject.Person(p.IdNo, p.Name, "被害人"), 10));

        context.Rule("R3", "案情摘要反映被害人家庭生活困难（关键词或文本分类器）", r => r
            .Match<ProcuratorateCase>()
            .WhereText(c => c.Summary, context.GetValue(HardshipKeywords), text)
            .Join<CasePerson, string>(c => c.CaseId, p => p.CaseId, p => p.Role == "被害人")
            .Exists<AidCase, string>((c, p) => p.CaseId, a => a.CaseId)
            .Reason((c, p) => Subject.Person(p.IdNo, p.Name, "被害人"), 5));

        context.Rule("R4", FormattableString.Invariant($"案件在 2025-12-31 前 {recentDays} 天内受理（近期案件）"), r => r
            .Match<AidCase>(a => cutoff.DayNumber - a.AcceptedDate.DayNumber <= recentDays)
            .Join<CasePerson, string>(a => a.CaseId, p => p.CaseId, p => p.Role == "被害人")
            .Reason((a, p) => Subject.Person(p.IdNo, p.Name, "被害人"), 5));

        context.LeadWhen(context.GetValue(MinScore), "R1");
    }

    public sealed record AidCase(string CaseId, DateOnly AcceptedDate, decimal PropertyLoss);
}
