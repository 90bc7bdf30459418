using SupervisionModels.BuiltIn.MinorsNitrousOxide;
using SupervisionModels.Runtime.Text;
using SupervisionModels.Testing;
using static SupervisionModels.Models.Tests.MinorsNitrousOxide.NitrousOxideWorld;

namespace SupervisionModels.Models.Tests.MinorsNitrousOxide;

/// <summary>The text classifier hook: it finds slang the keywords miss, demotes hits out of context, and can be turned off.</summary>
public sealed partial class MinorsNitrousOxideTests
{
    /// <summary>A stand-in for the trained classifier: a fixed probability for texts containing a marker, 0.5 for others.</summary>
    private sealed class MarkerClassifier(string marker, double probability) : ITextClassifier
    {
        public string Name => MinorsNitrousOxideModel.ClassifierName;

        public double PredictProbability(string text) => text.Contains(marker, StringComparison.Ordinal) ? probability : 0.5;
    }

    [Fact]
    public async Task SlangWithoutKeywords_IsFoundByTheClassifier()
    {
        var w = new NitrousOxideWorld();
        w.Person(w.Case(Summaries.SlangUse), "吸食人员", Minor, "王某", guardian: true);

        var leads = await w.Into(new ModelTest<MinorsNitrousOxideModel>()).WithClassifier(new MarkerClassifier("小钢瓶", 0.97))
            .VerifyAsync(ExpectedLead.AboutPerson(Minor).InRole("未成年人").WithRules("M1"));

        Assert.Contains(leads[0].Evidence, e => e.Dataset == "police_cases" && e.Probability == 0.97);
    }

    [Fact]
    public async Task SlangWithoutKeywords_IsNotFound_WhenTheClassifierIsTurnedOff()
    {
        var w = new NitrousOxideWorld();
        w.Person(w.Case(Summaries.SlangUse), "吸食人员", Minor, "王某", guardian: true);

        await w.Into(new ModelTest<MinorsNitrousOxideModel>()).WithClassifier(new MarkerClassifier("小钢瓶", 0.97))
            .WithParameter("use-classifier", false)
            .VerifyAsync();
    }

    [Fact]
    public async Task StreetSlang_IsFoundByKeywords_WithoutTheClassifier()
    {
        var w = new NitrousOxideWorld();
        w.Person(w.Case(Summaries.StreetSlangUse), "吸食人员", Minor, "王某", guardian: true);

        await w.Into(new ModelTest<MinorsNitrousOxideModel>()).WithParameter("use-classifier", false)
            .VerifyAsync(ExpectedLead.AboutPerson(Minor).InRole("未成年人").WithRules("M1"));
    }

    [Fact]
    public async Task SubscriptN2O_IsFoundByKeywords()
    {
        var w = new NitrousOxideWorld();
        w.Person(w.Case(Summaries.SubscriptUse), "吸食人员", Minor, "王某", guardian: true);

        await w.Into(new ModelTest<MinorsNitrousOxideModel>()).WithParameter("use-classifier", false)
            .VerifyAsync(ExpectedLead.AboutPerson(Minor).InRole("未成年人").WithRules("M1"));
    }

    [Fact]
    public async Task OtherDrugCase_IsNotTaken_EvenWhenTheClassifierIsSure()
    {
        var w = new NitrousOxideWorld();
        w.Person(w.Case(Summaries.MethamphetamineUse), "吸食人员", Minor, "王某", guardian: true);

        await w.Into(new ModelTest<MinorsNitrousOxideModel>()).WithClassifier(new MarkerClassifier("吸毒", 0.99)).VerifyAsync();
    }

    [Theory]
    [InlineData("现场未查获笑气、气球等物品。")]
    [InlineData("经询问，其否认吸食笑气，现场亦未查获笑气钢瓶。")]
    [InlineData("现场未发现“笑气”钢瓶等其他违禁物品。")]
    public async Task OtherDrugCase_ThatMentionsNitrousOxideOnlyToDenyIt_IsNotTaken(string denial)
    {
        var w = new NitrousOxideWorld();
        w.Person(w.Case(Summaries.MethamphetamineUse + denial), "吸食人员", Minor, "王某", guardian: true);

        await w.Into(new ModelTest<MinorsNitrousOxideModel>()).WithParameter("use-classifier", false).VerifyAsync();
    }

    [Fact]
    public async Task NitrousOxideCase_ThatDeniesSomethingElse_IsStillTaken()
    {
        // The denial is in another clause: 笑气 is affirmed, so D25 does not set the record aside though it names 冰毒.
        var w = new NitrousOxideWorld();
        w.Person(w.Case("2023年6月10日22时许，民警在龙口市东莱街道某公园查获王某吸食笑气，现场查获笑气钢瓶两个，经尿检未发现冰毒。"), "吸食人员", Minor, "王某", guardian: true);

        await w.Into(new ModelTest<MinorsNitrousOxideModel>()).WithParameter("use-classifier", false)
            .VerifyAsync(ExpectedLead.AboutPerson(Minor).InRole("未成年人"));
    }

    [Fact]
    public async Task KeywordHitTheClassifierJudgesOutOfContext_IsDemotedBelowTheMinimum()
    {
        var w = new NitrousOxideWorld();
        w.Person(w.Case(Summaries.StreetUse), "吸食人员", Minor, "王某", guardian: true);

        await w.Into(new ModelTest<MinorsNitrousOxideModel>()).WithClassifier(new MarkerClassifier("公园", 0.05)).VerifyAsync();
        await w.Into(new ModelTest<MinorsNitrousOxideModel>()).WithClassifier(new MarkerClassifier("公园", 0.05)).WithParameter("classifier-demote", 0.01)
            .VerifyAsync(ExpectedLead.AboutPerson(Minor).InRole("未成年人").WithRules("M1").WithScore(30));
    }
}
