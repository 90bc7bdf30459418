using SupervisionModels.Datasets;
using SupervisionModels.BuiltIn.JudicialAid;
using SupervisionModels.Testing;
using SupervisionModels.BuiltIn;
using static SupervisionModels.Models.Tests.JudicialAid.AidWorld;

namespace SupervisionModels.Models.Tests.JudicialAid;

/// <summary>Each rule's positive case: the lead, its rules, score and amount, and the evidence behind it.</summary>
public sealed class JudicialAidModelTests
{
    private static ModelTest<JudicialAidModel> Test(AidWorld w) => w.Into(new ModelTest<JudicialAidModel>());

    [Fact]
    public async Task SeriouslyInjuredVictimOnSubsistence_Unpaid_IsALead_WithCategoryBasisAndAmount()
    {
        var w = new AidWorld();
        var c = w.Case();
        var victim = w.Victim(c, LiuWoman, "刘某英");
        var dibao = w.OnSubsistence(LiuWoman, "刘某英", new DateOnly(2021, 1, 1));

        var leads = await Test(w).VerifyAsync(
            ExpectedLead.AboutPerson(LiuWoman).InRole("被害人").WithRules("R2", "R5", "R6", "R14", "R15", "R12").WithScore(70).AtRank(1));

        var lead = leads[0];
        Assert.Equal("SM0003", lead.ModelId);
        Assert.Equal(24 * 8_000m, lead.Amount);
        Assert.Contains("重伤", lead.Rules.Single(r => r.RuleId == "R2").Description, StringComparison.Ordinal);
        Assert.Contains("低保", lead.Rules.Single(r => r.RuleId == "R6").Description, StringComparison.Ordinal);
        Assert.Contains(lead.Evidence, e => e.RuleId == "R6" && e.Dataset == "social_assistance" && e.RecordKey == dibao.RecordId && e.Match == "idNumber");
        Assert.Contains(lead.Evidence, e => e.RuleId == "R2" && e.Dataset == "procuratorate_cases" && e.RecordKey == c);
        Assert.Contains(lead.Evidence, e => e.RuleId == "R2" && e.Dataset == "case_persons" && e.RecordKey == victim);
    }

    [Fact]
    public async Task VictimKilled_TheWidowOnTheWomenRegisterAfterTheCase_IsALeadAsCloseRelative_TheDeadIsNot()
    {
        var w = new AidWorld();
        var c = w.Case(charge: "交通肇事罪", injury: InjuryLevels.Death, exec: "终结本次执行", paid: CompensationStatuses.Unable);
        w.Victim(c, WangMan, "王某", deceased: true);
        w.Person(c, "近亲属", SunWidow, "孙某", relation: "配偶");
        w.OnSubsistence(WangMan, "王某", new DateOnly(2020, 1, 1));
        var register = w.InWomenRegister(SunWidow, "孙某", new DateOnly(2023, 8, 1));

        var leads = await Test(w).VerifyAsync(
            ExpectedLead.AboutPerson(SunWidow).InRole("被害人近亲属").WithRules("R1", "R5", "R10", "R13", "R15").WithScore(80));

        Assert.Equal(36 * 8_000m, leads[0].Amount);
        Assert.Contains(leads[0].Evidence, e => e.RuleId == "R10" && e.Dataset == "women_federation_aid" && e.RecordKey == register.RecordId);
    }

    [Fact]
    public async Task MinorInjury_WithGradeThreeDisability_IsALead_GradeTwoScoresSevere()
    {
        var w = new AidWorld();
        var c1 = w.Case(injury: InjuryLevels.MinorFirst);
        w.Victim(c1, LiuWoman, "刘某英");
        w.WithDisability(LiuWoman, "刘某英", grade: 3);
        var c2 = w.Case(injury: InjuryLevels.MinorSecond);
        w.Victim(c2, WangMan, "王某");
        var cert = w.WithDisability(WangMan, "王某", grade: 2);

        var leads = await Test(w).VerifyAsync(
            ExpectedLead.AboutPerson(LiuWoman).WithRules("R3", "R5", "R7", "R14", "R15").WithScore(55),
            ExpectedLead.AboutPerson(WangMan).WithRules("R3", "R5", "R7", "R8", "R14", "R15").WithScore(65).AtRank(1));

        Assert.Equal(6 * 8_000m, leads[0].Amount);
        Assert.Contains(leads.Single(l => l.Subject.Key == "ID:" + WangMan).Evidence, e => e.RuleId == "R8" && e.RecordKey == cert.CertNo);
    }

    [Fact]
    public async Task FraudLoss_PartlyPaid_HouseholdMonitoredAfterTheCase_IsALead_AmountCappedByTheLoss()
    {
        var w = new AidWorld();
        var c = w.Case(charge: "诈骗罪", injury: InjuryLevels.None, loss: 60_000m, paid: CompensationStatuses.Partial, exec: "执行中",
            summary: "犯罪嫌疑人以帮助办理养老保险为由，骗取被害人人民币六万元，赃款已被挥霍。犯罪嫌疑人仅赔偿被害人部分费用。");
        w.Victim(c, WangMan, "王某");
        w.Monitored(WangMan, "王某", "突发严重困难户", new DateOnly(2023, 7, 1));

        var leads = await Test(w).VerifyAsync(ExpectedLead.AboutPerson(WangMan).WithRules("R4", "R9", "R13", "R15", "R12").WithScore(45));

        Assert.Equal(60_000m, leads[0].Amount);
    }

    [Fact]
    public async Task MinorVictim_IsTaggedAsMinor_ByAgeAtTheCase()
    {
        var w = new AidWorld();
        var c = w.Case(injury: InjuryLevels.MinorSecond);
        w.Victim(c, ChildGirl, "李某某");
        w.OnSubsistence(ChildGirl, "李某某", new DateOnly(2020, 5, 1), program: AssistancePrograms.UrbanSubsistence);

        await Test(w).VerifyAsync(ExpectedLead.AboutPerson(ChildGirl).WithRules("R3", "R5", "R6", "R11", "R14", "R15").WithScore(65));
    }

    [Fact]
    public async Task OlderCase_IsNotRecent_UnlessTheReferenceDateIsSetNearIt()
    {
        var w = new AidWorld();
        var c = w.Case(accepted: new DateOnly(2021, 3, 1));
        w.Victim(c, LiuWoman, "刘某英");
        w.OnSubsistence(LiuWoman, "刘某英", new DateOnly(2021, 1, 1));

        await Test(w).VerifyAsync(ExpectedLead.AboutPerson(LiuWoman).WithRules("R2", "R5", "R6", "R14", "R12").WithScore(60));
        await Test(w).WithParameter("as-of-date", "2021-06-30")
            .VerifyAsync(ExpectedLead.AboutPerson(LiuWoman).WithRules("R2", "R5", "R6", "R14", "R15", "R12").WithScore(70));
    }

    [Fact]
    public async Task SummaryInPlainWords_AddsTheTextRule_WithTheExcerpt()
    {
        var w = new AidWorld();
        var c = w.Case(summary: "犯罪嫌疑人赵某持木棍击打被害人头部，致其重伤二级。经了解，被害人家庭困难，系农村低保户，后续治疗费用无力支付。");
        w.Victim(c, LiuWoman, "刘某英");
        w.OnSubsistence(LiuWoman, "刘某英", new DateOnly(2021, 1, 1));

        var leads = await Test(w).VerifyAsync(ExpectedLead.AboutPerson(LiuWoman).WithRules("R2", "R5", "R6", "R14", "R15", "R12", "R16").WithScore(80));

        var text = Assert.Single(leads[0].Evidence, e => e.RuleId == "R16" && e.Dataset == "procuratorate_cases");
        Assert.Contains("【家庭困难】", text.Excerpt, StringComparison.Ordinal);
        Assert.Contains("家庭困难", text.MatchedWords);
    }

    [Fact]
    public async Task VictimWithoutIdNumber_IsMatchedByNameInTheSameTownship_AndMustBeConfirmed()
    {
        var w = new AidWorld();
        var c = w.Case();
        w.Victim(c, null, "刘某英");
        var dibao = w.OnSubsistence(LiuWoman, "刘 某英", new DateOnly(2021, 1, 1));

        var leads = await Test(w).VerifyAsync(
            ExpectedLead.AboutPerson(null, "刘某英").InRole("被害人").WithRules("R2", "R5", "R6", "R14", "R15", "R12", "R17").WithScore(70));

        Assert.Equal("normalizedName", leads[0].Subject.Match);
        Assert.Contains(leads[0].Evidence, e => e.RuleId == "R6" && e.RecordKey == dibao.RecordId && e.Match == "normalizedName");
    }

    [Fact]
    public async Task VictimWithoutIdNumber_IsNotMatchedByNameInAnotherTownship()
    {
        var w = new AidWorld();
        var c = w.Case();
        w.Victim(c, null, "刘某英", township: "黄岗镇");
        w.OnSubsistence(LiuWoman, "刘某英", new DateOnly(2021, 1, 1));

        await Test(w).VerifyAsync();
    }

    [Fact]
    public async Task LegacyFifteenDigitId_InTheRegister_IsUpgradedAndMatched()
    {
        var w = new AidWorld();
        var id = Id(new DateOnly(1968, 7, 3), 231);
        var c = w.Case();
        w.Victim(c, id, "王某");
        w.OnSubsistence(id[..6] + id[8..17], "王某", new DateOnly(2021, 1, 1));

        await Test(w).VerifyAsync(ExpectedLead.AboutPerson(id).WithRules("R2", "R5", "R6", "R14", "R15", "R12"));
    }

    [Fact]
    public void Descriptor_IsSM0003_WithItsHelpPageAndDatasets()
    {
        var model = new JudicialAidModel();

        Assert.Equal(ModelIds.JudicialAid, model.Descriptor.Id);
        Assert.Equal(ModelCategory.ComplaintsAndAid, model.Descriptor.Category);
        Assert.Equal(HelpPages.For("SM0003"), model.Descriptor.HelpText);
        Assert.Equal(7, model.Descriptor.Datasets.Count);
        Assert.Contains(model.Parameters, p => p.Name == "use-classifier" && Equals(p.DefaultValue, true));
        Assert.Contains(model.Parameters, p => p.Name == "classifier-accept");
        Assert.Contains(model.Parameters, p => p.Name == "classifier-demote");
    }

    [Fact]
    public async Task BadReferenceDate_IsAnErrorNamingTheParameter()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => Test(new AidWorld()).WithParameter("as-of-date", "2023/09/30").RunAsync(TestContext.Current.CancellationToken));
        Assert.Contains("as-of-date", e.Message, StringComparison.Ordinal);
    }
}
