using SupervisionModels.Datasets;
using SupervisionModels.BuiltIn.JudicialAid;
using SupervisionModels.Testing;
using static SupervisionModels.Models.Tests.JudicialAid.AidWorld;

namespace SupervisionModels.Models.Tests.JudicialAid;

/// <summary>The decoys of domain §3.5 and the refusal grounds of the 细则: a register match that must give no lead.</summary>
public sealed class JudicialAidDecoyTests
{
    private static ModelTest<JudicialAidModel> Test(AidWorld w) => w.Into(new ModelTest<JudicialAidModel>());

    /// <summary>A seriously injured, unpaid victim on 低保 since before the case: a lead unless the test changes something.</summary>
    private static (AidWorld World, string CaseId) Eligible(
        string paid = CompensationStatuses.None, string fault = "无", bool reconciled = false, string injury = InjuryLevels.SeriousSecond,
        string? courtCaseNo = null, string? summary = null)
    {
        var w = new AidWorld();
        var c = summary is null
            ? w.Case(paid: paid, fault: fault, reconciled: reconciled, injury: injury, courtCaseNo: courtCaseNo)
            : w.Case(paid: paid, fault: fault, reconciled: reconciled, injury: injury, courtCaseNo: courtCaseNo, summary: summary);
        w.Victim(c, LiuWoman, "刘某英");
        w.OnSubsistence(LiuWoman, "刘某英", new DateOnly(2021, 1, 1));
        return (w, c);
    }

    [Fact]
    public async Task TheBaselineIsALead()
    {
        var (w, _) = Eligible();
        await Test(w).VerifyAsync(ExpectedLead.AboutPerson(LiuWoman).InRole("被害人"));
    }

    [Fact]
    public async Task SuspectOnSubsistence_VictimOnNoRegister_IsNoLead()
    {
        var w = new AidWorld();
        var c = w.Case(summary: "犯罪嫌疑人赵某持木棍击打被害人，致其重伤二级。经查，犯罪嫌疑人系农村低保户，平时生活困难。");
        w.Victim(c, WangMan, "王某");
        w.OnSubsistence(ZhaoSuspect, "赵某", new DateOnly(2020, 1, 1));

        await Test(w).VerifyAsync();
    }

    [Fact]
    public async Task HardshipOnlyInTheSummary_VictimOnNoRegisterYet_IsALead_ThroughTheSummaryCategory()
    {
        var w = new AidWorld();
        var c = w.Case(summary: "犯罪嫌疑人赵某持木棍击打被害人，致其重伤二级，至今未赔偿。被害人因伤致贫，后续治疗费用无力承担，目前未享受任何社会救助。");
        w.Victim(c, WangMan, "王某");

        var leads = await Test(w).VerifyAsync(ExpectedLead.AboutPerson(WangMan).InRole("被害人"));

        Assert.Superset(new HashSet<string> { "R2", "R5", "R16" }, leads[0].Rules.Select(r => r.RuleId).ToHashSet());
        Assert.DoesNotContain(leads[0].Rules, r => r.RuleId is "R6" or "R7" or "R9" or "R10");
    }

    [Fact]
    public async Task HardshipWordsWithoutSayingTheVictimIsUnlisted_VictimOnNoRegister_IsNoLead()
    {
        // 家庭困难 alone is what summaries of victims whose 低保 lapsed, or whose namesake is listed, say too.
        var w = new AidWorld();
        var c = w.Case(summary: "犯罪嫌疑人赵某持木棍击打被害人，致其重伤二级，至今未赔偿。被害人受伤后丧失劳动能力，家庭生活困难。");
        w.Victim(c, WangMan, "王某");

        await Test(w).VerifyAsync();
    }

    [Fact]
    public async Task UnlistedHardshipOfTheSuspect_IsNoLead()
    {
        var w = new AidWorld();
        var c = w.Case(summary: "犯罪嫌疑人赵某持木棍击打被害人，致其重伤二级。犯罪嫌疑人赵某家庭生活困难，尚未纳入低保。");
        w.Victim(c, WangMan, "王某");

        await Test(w).VerifyAsync();
    }

    [Fact]
    public async Task WitnessOnSubsistence_IsNoLead()
    {
        var w = new AidWorld();
        var c = w.Case();
        w.Person(c, "证人", LiuWoman, "刘某英");
        w.OnSubsistence(LiuWoman, "刘某英", new DateOnly(2021, 1, 1));

        await Test(w).VerifyAsync();
    }

    [Fact]
    public async Task CompensatedVictim_IsNoLead()
    {
        var (w, _) = Eligible(paid: CompensationStatuses.Full);
        await Test(w).VerifyAsync();
    }

    [Fact]
    public async Task CriminalReconciliation_IsNoLead()
    {
        var (w, _) = Eligible(paid: CompensationStatuses.Partial, reconciled: true);
        await Test(w).VerifyAsync();
    }

    [Fact]
    public async Task VictimWithMajorFault_IsNoLead()
    {
        var (w, _) = Eligible(fault: "重大");
        await Test(w).VerifyAsync();
    }

    [Fact]
    public async Task MutualFightInTheSummary_IsNoLead_EvenWhenTheFaultColumnSaysNone()
    {
        var (w, _) = Eligible(summary: "犯罪嫌疑人赵某与被害人因宅基地纠纷发生争执，双方相互厮打，赵某持铁锨击打被害人头部，致其重伤二级。");
        await Test(w).VerifyAsync();
    }

    [Fact]
    public async Task AlreadyAidedByTheProcuratorate_InTheSameCase_IsNoLead()
    {
        var (w, c) = Eligible();
        w.Granted(c, LiuWoman, "刘某英");
        await Test(w).VerifyAsync();
    }

    [Fact]
    public async Task AlreadyAidedByTheCourt_InTheSameCase_IsNoLead()
    {
        var (w, _) = Eligible(courtCaseNo: "（2023）鲁1722刑初88号");
        w.Granted(null, LiuWoman, "刘某英", courtCaseNo: "（2023）鲁1722刑初88号");
        await Test(w).VerifyAsync();
    }

    [Fact]
    public async Task AidGrantedInAnotherCase_DoesNotRuleThisCaseOut()
    {
        var (w, _) = Eligible();
        w.Granted("单检刑诉受〔2020〕37172200001号", LiuWoman, "刘某英");
        await Test(w).VerifyAsync(ExpectedLead.AboutPerson(LiuWoman));
    }

    [Fact]
    public async Task FamilyAlreadyAided_ThroughAnotherRelative_IsNoLead()
    {
        var w = new AidWorld();
        var c = w.Case(injury: InjuryLevels.Death);
        w.Victim(c, WangMan, "王某", deceased: true);
        w.Person(c, "近亲属", SunWidow, "孙某", relation: "配偶");
        w.Person(c, "近亲属", ChildGirl, "王某某", relation: "子女");
        w.InWomenRegister(SunWidow, "孙某", new DateOnly(2022, 1, 1));
        w.Granted(c, ChildGirl, "王某某");

        await Test(w).VerifyAsync();
    }

    [Fact]
    public async Task SubsistenceEndedBeforeTheCase_IsNoLead_EndedAfterItIs()
    {
        var w = new AidWorld();
        var c = w.Case(accepted: new DateOnly(2023, 6, 1));
        w.Victim(c, LiuWoman, "刘某英");
        w.OnSubsistence(LiuWoman, "刘某英", new DateOnly(2019, 1, 1), end: new DateOnly(2022, 12, 31));
        await Test(w).VerifyAsync();

        w.Assistance[0] = w.Assistance[0] with { EndDate = new DateOnly(2023, 7, 31) };
        await Test(w).VerifyAsync(ExpectedLead.AboutPerson(LiuWoman));
    }

    [Fact]
    public async Task NamesakeOnSubsistence_WithAnotherIdNumber_IsNoLead()
    {
        var w = new AidWorld();
        var c = w.Case();
        w.Victim(c, LiuWoman, "刘某英");
        w.OnSubsistence(Id(new DateOnly(1961, 3, 3), 448), "刘某英", new DateOnly(2021, 1, 1));

        await Test(w).VerifyAsync();
    }

    [Fact]
    public async Task GradeFourDisabilityOnly_IsNoLead()
    {
        var w = new AidWorld();
        var c = w.Case(summary: "犯罪嫌疑人赵某持木棍击打被害人，致其重伤二级。被害人经营一家建材公司，家庭经济条件较好。");
        w.Victim(c, WangMan, "王某");
        w.WithDisability(WangMan, "王某", grade: 4);

        await Test(w).VerifyAsync();
    }

    [Fact]
    public async Task CancelledDisabilityCertificate_IsNoLead()
    {
        var w = new AidWorld();
        var c = w.Case();
        w.Victim(c, WangMan, "王某");
        w.WithDisability(WangMan, "王某", grade: 1, status: "注销");

        await Test(w).VerifyAsync();
    }

    [Fact]
    public async Task SlightInjury_IsNoAidSituation()
    {
        var (w, _) = Eligible(injury: InjuryLevels.Slight);
        await Test(w).VerifyAsync();
    }

    [Fact]
    public async Task SmallPropertyLoss_IsNoAidSituation()
    {
        var w = new AidWorld();
        var c = w.Case(charge: "盗窃罪", injury: InjuryLevels.None, loss: 3_000m);
        w.Victim(c, LiuWoman, "刘某英");
        w.OnSubsistence(LiuWoman, "刘某英", new DateOnly(2021, 1, 1));

        await Test(w).VerifyAsync();
    }

    [Fact]
    public async Task DeceasedVictimWithoutDependants_IsNoLead()
    {
        var w = new AidWorld();
        var c = w.Case(injury: InjuryLevels.Death);
        w.Victim(c, WangMan, "王某", deceased: true);
        w.OnSubsistence(WangMan, "王某", new DateOnly(2020, 1, 1));

        await Test(w).VerifyAsync();
    }

    [Fact]
    public async Task CaseOutsideTheWindow_IsNoLead_UnlessTheWindowIsOff()
    {
        var w = new AidWorld();
        var c = w.Case(accepted: new DateOnly(2017, 4, 1));
        w.Victim(c, LiuWoman, "刘某英");
        w.OnSubsistence(LiuWoman, "刘某英", new DateOnly(2016, 1, 1));

        await Test(w).VerifyAsync();
        await Test(w).WithParameter("window-years", 0).VerifyAsync(ExpectedLead.AboutPerson(LiuWoman));
    }

    [Fact]
    public async Task HouseholdLiftedOutOfPovertyOnly_OrRiskEliminatedBeforeTheCase_IsNoLead()
    {
        var w = new AidWorld();
        var c1 = w.Case();
        w.Victim(c1, WangMan, "王某");
        w.Monitored(WangMan, "王某", "脱贫户", new DateOnly(2019, 1, 1));
        var c2 = w.Case();
        w.Victim(c2, LiuWoman, "刘某英");
        w.Monitored(LiuWoman, "刘某英", "边缘易致贫户", new DateOnly(2020, 1, 1), eliminated: new DateOnly(2022, 6, 30));

        await Test(w).VerifyAsync();
    }

    [Fact]
    public async Task WomanWhoLeftTheRegisterBeforeTheCase_IsNoLead()
    {
        var w = new AidWorld();
        var c = w.Case();
        w.Victim(c, LiuWoman, "刘某英");
        w.InWomenRegister(LiuWoman, "刘某英", new DateOnly(2019, 1, 1), exit: new DateOnly(2022, 1, 1));

        await Test(w).VerifyAsync();
    }

    [Fact]
    public async Task MinorOnNoRegister_IsNoLead()
    {
        var w = new AidWorld();
        var c = w.Case(injury: InjuryLevels.MinorSecond);
        w.Victim(c, ChildGirl, "李某某");

        await Test(w).VerifyAsync();
    }
}
