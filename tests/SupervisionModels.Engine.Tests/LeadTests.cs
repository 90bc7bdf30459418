using SupervisionModels.Models;
using SupervisionModels.Rules;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Leads;
using SupervisionModels.Runtime.Text;
using SupervisionModels.Testing;

namespace SupervisionModels.Engine.Tests;

public sealed class LeadTests
{
    /// <summary>Three independent signals with weights; a lead needs 30 points and R1.</summary>
    private sealed class WeightedModel : SupervisionModel
    {
        public static readonly KeywordParameter Keywords = new("keywords", "关键词", "车牌额度");

        public override ModelDescriptor Descriptor { get; } = new("TS0030", "加权", ModelCategory.Civil, "2.1.0", "test")
        {
            Datasets = [typeof(Case), typeof(Company)],
        };

        public override IReadOnlyList<ModelParameter> Parameters => [Keywords];

        public override void Initialize(IModelContext context)
        {
            var keywords = context.GetValue(Keywords);
            context.Rule("R1", "文书命中关键词", r => r
                .Match<Case>()
                .WhereText(c => c.FullText, keywords, new TextOptions("TS0030.text"))
                .Reason(c => Subject.Person(c.PlaintiffId, c.PlaintiffName), 20, c => c.Amount));
            context.Rule("R2", "被告吊销", r => r
                .Match<Case>()
                .Join<Company, string?>(c => c.DefendantCode, co => co.CreditCode, co => co.Status == "吊销")
                .Reason((c, co) => Subject.Person(c.PlaintiffId, c.PlaintiffName), 15));
            context.LeadWhen(30, "R1");
        }
    }

    /// <summary>A classifier that knows relevance by a marker, so tests control its answers.</summary>
    private sealed class MarkerClassifier : ITextClassifier
    {
        public string Name => "TS0030.text";

        public double PredictProbability(string text) =>
            text.Contains("【相关】", StringComparison.Ordinal) ? 0.97 : text.Contains("【无关】", StringComparison.Ordinal) ? 0.05 : 0.5;
    }

    private static ModelTest<WeightedModel> ThreeCases() => new ModelTest<WeightedModel>()
        .With(
            new Case { CaseNo = "C1", PlaintiffId = Ids.Zhang, PlaintiffName = "张三", DefendantCode = Ids.ZombieCo, Amount = 5, FullText = "执行车牌额度拍卖款" },
            new Case { CaseNo = "C2", PlaintiffId = Ids.Li, PlaintiffName = "李四", DefendantCode = Ids.ZombieCo, Amount = 9, FullText = "以ＣＡＲ车牌额度抵债" },
            new Case { CaseNo = "C3", PlaintiffId = Ids.Wang, PlaintiffName = "王五", DefendantCode = Ids.LiveCo, Amount = 1, FullText = "车牌额度" })
        .With(new Company { CreditCode = Ids.ZombieCo, Status = "吊销" });

    [Fact]
    public async Task Score_IsSumOfWeights_LeadNeedsMinScoreAndRequiredRule_RankByScoreThenAmount()
    {
        await ThreeCases().VerifyAsync(
            ExpectedLead.AboutPerson(Ids.Li).WithRules("R1", "R2").WithScore(35).AtRank(1),
            ExpectedLead.AboutPerson(Ids.Zhang).WithRules("R1", "R2").WithScore(35).AtRank(2));
    }

    [Fact]
    public async Task Settings_WeightOverride_ChangesScoreAndWhoPasses()
    {
        await ThreeCases().WithWeight("R1", 30).VerifyAsync(
            ExpectedLead.AboutPerson(Ids.Li).WithScore(45).AtRank(1),
            ExpectedLead.AboutPerson(Ids.Zhang).WithScore(45).AtRank(2),
            ExpectedLead.AboutPerson(Ids.Wang).WithRules("R1").WithScore(30).AtRank(3));
    }

    [Fact]
    public async Task Settings_KeywordOverride_ReplacesDefaultTerms()
    {
        await ThreeCases().WithParameter("keywords", new[] { "拍卖款" }).VerifyAsync(
            ExpectedLead.AboutPerson(Ids.Zhang).WithRules("R1", "R2"));
    }

    [Fact]
    public async Task Settings_WeightForUnknownRule_IsAnError()
    {
        var e = await Assert.ThrowsAsync<ModelDefinitionException>(() => ThreeCases().WithWeight("R9", 1).RunAsync(TestContext.Current.CancellationToken));
        Assert.Equal("model TS0030: the settings give a weight for rule 'R9', which the model does not have; its rules: R1, R2.", e.Message);
    }

    [Fact]
    public async Task LeadIds_AreStableAcrossRuns_AndDependOnlyOnModelSubjectAndRole()
    {
        var first = (await ThreeCases().RunAsync(TestContext.Current.CancellationToken)).Leads;
        var second = (await ThreeCases().WithWeight("R2", 16).RunAsync(TestContext.Current.CancellationToken)).Leads;

        Assert.Equal(first.Select(l => l.LeadId).Order(), second.Select(l => l.LeadId).Order());
        Assert.Equal(LeadIds.For("TS0030", "ID:" + Ids.Zhang, ""), first.Single(l => l.Subject.Name == "张三").LeadId);
        Assert.Matches("^TS0030-[A-Z2-9]{10}$", first[0].LeadId);
        Assert.NotEqual(LeadIds.For("TS0030", "ID:" + Ids.Zhang, "原告"), LeadIds.For("TS0030", "ID:" + Ids.Zhang, ""));
    }

    [Fact]
    public async Task Keywords_ExcerptMarksTheWords()
    {
        var leads = (await ThreeCases().RunAsync(TestContext.Current.CancellationToken)).Leads;
        var li = leads.Single(l => l.Subject.Name == "李四");
        var evidence = li.Evidence.Single(e => e.RuleId == "R1");
        Assert.Equal("以ＣＡＲ【车牌额度】抵债", evidence.Excerpt);
        Assert.Equal(["车牌额度"], evidence.MatchedWords);
    }

    [Fact]
    public async Task Classifier_MissingFromEngine_WarnsAndUsesKeywordsAlone()
    {
        var result = await ThreeCases().RunAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["TS0030/R1: text classifier 'TS0030.text' is not available; keywords alone are used."], result.Summary.Warnings);
    }

    [Fact]
    public async Task Classifier_AddsRelevantTextWithoutKeywords_AndDemotesOutOfContextHits()
    {
        var result = await new ModelTest<WeightedModel>()
            .With(
                new Case { CaseNo = "C1", PlaintiffId = Ids.Zhang, PlaintiffName = "张三", DefendantCode = Ids.ZombieCo, FullText = "【相关】以牌照使用权抵偿借款" },
                new Case { CaseNo = "C2", PlaintiffId = Ids.Li, PlaintiffName = "李四", DefendantCode = Ids.ZombieCo, FullText = "【无关】车牌额度政策宣讲" })
            .With(new Company { CreditCode = Ids.ZombieCo, Status = "吊销" })
            .WithWeight("R2", 25)
            .WithClassifier(new MarkerClassifier())
            .RunAsync(TestContext.Current.CancellationToken);

        // Zhang: no keyword, but p = 0.97 ≥ 0.9 → R1 at full weight. Li: keyword, but p = 0.05 < 0.2 → R1 × 0.3 = 6;
        // R2 joins the same judgment without reading its text, so it keeps its full weight.
        var zhang = result.Leads.Single(l => l.Subject.Name == "张三");
        Assert.Equal(45, zhang.Score);
        Assert.Equal(0.97, zhang.Evidence.Single(e => e.RuleId == "R1").Probability);
        var li = result.Leads.Single(l => l.Subject.Name == "李四");
        Assert.Equal(6, li.Rules.Single(r => r.RuleId == "R1").Weight);
        Assert.Equal(31, li.Score);
        Assert.Empty(result.Summary.Warnings);
    }
}
