using SupervisionModels.BuiltIn.JudicialAid;
using SupervisionModels.Runtime.Text;
using SupervisionModels.Testing;
using static SupervisionModels.Models.Tests.JudicialAid.AidWorld;

namespace SupervisionModels.Models.Tests.JudicialAid;

/// <summary>The SM0003.text hook: paraphrased hardship is added, hardship of the suspect is demoted, and the switch works.</summary>
public sealed class JudicialAidClassifierTests
{
    private const string Paraphrase = "犯罪嫌疑人赵某持木棍击打被害人头部，致其重伤二级。经走访，被害人一家老小靠其一人打零工养活，出事后家里揭不开锅，全靠邻里接济度日。";
    private const string AboutTheSuspect = "犯罪嫌疑人赵某持木棍击打被害人头部，致其重伤二级。经查，犯罪嫌疑人系农村低保户，平时生活困难。";

    /// <summary>A stand-in for the trained classifier: sure of the paraphrase, sure the suspect's hardship is beside the point.</summary>
    private sealed class FakeClassifier : ITextClassifier
    {
        public string Name => JudicialAidModel.ClassifierName;

        public double PredictProbability(string text) =>
            text.Contains("揭不开锅", StringComparison.Ordinal) ? 0.97 : text.Contains("犯罪嫌疑人系农村低保户", StringComparison.Ordinal) ? 0.05 : 0.5;
    }

    private static AidWorld World(string summary)
    {
        var w = new AidWorld();
        var c = w.Case(summary: summary);
        w.Victim(c, LiuWoman, "刘某英");
        w.OnSubsistence(LiuWoman, "刘某英", new DateOnly(2021, 1, 1));
        return w;
    }

    [Fact]
    public async Task ParaphrasedHardship_IsFoundByTheClassifier()
    {
        var leads = await World(Paraphrase).Into(new ModelTest<JudicialAidModel>()).WithClassifier(new FakeClassifier())
            .VerifyAsync(ExpectedLead.AboutPerson(LiuWoman).WithRules("R2", "R5", "R6", "R14", "R15", "R12", "R16").WithScore(80));

        Assert.Contains(leads[0].Evidence, e => e.RuleId == "R16" && e.Probability == 0.97);
    }

    [Fact]
    public async Task ParaphrasedHardship_IsMissedByKeywordsAlone()
    {
        await World(Paraphrase).Into(new ModelTest<JudicialAidModel>()).WithClassifier(new FakeClassifier()).WithParameter("use-classifier", false)
            .VerifyAsync(ExpectedLead.AboutPerson(LiuWoman).WithRules("R2", "R5", "R6", "R14", "R15", "R12").WithScore(70));
    }

    [Fact]
    public async Task HardshipOfTheSuspect_IsNotTakenForTheVictims()
    {
        // The hardship word follows 犯罪嫌疑人: it is the suspect's, so R16 does not fire, whatever the classifier says.
        await World(AboutTheSuspect).Into(new ModelTest<JudicialAidModel>()).WithClassifier(new FakeClassifier())
            .VerifyAsync(ExpectedLead.AboutPerson(LiuWoman).WithRules("R2", "R5", "R6", "R14", "R15", "R12").WithScore(70));
    }

    [Fact]
    public async Task NoClassifierRegistered_KeywordsAloneDecide()
    {
        await World(Paraphrase).Into(new ModelTest<JudicialAidModel>())
            .VerifyAsync(ExpectedLead.AboutPerson(LiuWoman).WithRules("R2", "R5", "R6", "R14", "R15", "R12"));
    }
}
