using SupervisionModels.Models;
using SupervisionModels.Rules;
using SupervisionModels.Runtime;
using SupervisionModels.Testing;

namespace SupervisionModels.Engine.Tests;

public sealed class ChainingTests
{
    /// <summary>A derived fact: a case that passed the keyword screen.</summary>
    public sealed record ScreenedCase(string CaseNo, string? PlaintiffId, string PlaintiffName, string? DefendantCode);

    /// <summary>A derived fact: a plaintiff with several screened cases.</summary>
    public sealed record RepeatPlaintiff(string PlaintiffId, string Name, int Cases);

    /// <summary>Rules registered consumer-first: the engine must still run R1 before R2 before R3.</summary>
    private sealed class ChainModel : SupervisionModel
    {
        private static readonly KeywordParameter Keywords = new("keywords", "车牌关键词", "车牌额度", "号牌指标");

        public override ModelDescriptor Descriptor { get; } = new("TS0020", "链式", ModelCategory.Civil, "1.0.0", "test")
        {
            Datasets = [typeof(Case), typeof(Company)],
        };

        public override IReadOnlyList<ModelParameter> Parameters => [Keywords];

        public override void Initialize(IModelContext context)
        {
            var keywords = context.GetValue(Keywords);
            context.Rule("R3", "同一原告多案且被告吊销", r => r
                .Match<RepeatPlaintiff>()
                .Join<ScreenedCase, string?>(p => p.PlaintiffId, c => c.PlaintiffId)
                .Join<Company, string?>((p, c) => c.DefendantCode, co => co.CreditCode, co => co.Status == "吊销")
                .Reason((p, c, co) => Subject.Person(p.PlaintiffId, p.Name), 25));
            context.Rule("R2", "同一原告多案", r => r
                .Match<ScreenedCase>()
                .GroupBy(c => c.PlaintiffId)
                .Having(g => g.Count() >= 2)
                .Derive(g => new RepeatPlaintiff(g.Key!, g.First().PlaintiffName, g.Count())));
            context.Rule("R1", "文书命中车牌关键词", r => r
                .Match<Case>(c => c.Cause == "买卖合同纠纷")
                .WhereText(c => c.FullText, keywords)
                .Derive(c => new ScreenedCase(c.CaseNo, c.PlaintiffId, c.PlaintiffName, c.DefendantCode)));
        }
    }

    private sealed class CycleModel : SupervisionModel
    {
        public sealed record A(string Key);

        public sealed record B(string Key);

        public override ModelDescriptor Descriptor { get; } = new("TS0021", "环", ModelCategory.Civil, "1.0.0", "test");

        public override void Initialize(IModelContext context)
        {
            context.Rule("R1", "A→B", r => r.Match<A>().Derive(a => new B(a.Key)));
            context.Rule("R2", "B→A", r => r.Match<B>().Derive(b => new A(b.Key)));
        }
    }

    private sealed class UndeclaredDatasetModel : SupervisionModel
    {
        public override ModelDescriptor Descriptor { get; } = new("TS0022", "未声明", ModelCategory.Civil, "1.0.0", "test")
        {
            Datasets = [typeof(Case)],
        };

        public override void Initialize(IModelContext context) =>
            context.Rule("R1", "读取未声明的数据集", r => r.Match<Company>().Reason(c => Subject.Organization(c.CreditCode, c.Name), 1));
    }

    [Fact]
    public async Task Derive_ChainsAcrossRules_InDependencyOrder_AndCarriesEvidence()
    {
        var leads = await new ModelTest<ChainModel>()
            .With(
                new Case { CaseNo = "C1", Cause = "买卖合同纠纷", PlaintiffId = Ids.Zhang, PlaintiffName = "张三", DefendantCode = Ids.ZombieCo, FullText = "原告诉称：被告以其名下车牌额度抵偿欠款。" },
                new Case { CaseNo = "C2", Cause = "买卖合同纠纷", PlaintiffId = Ids.Zhang, PlaintiffName = "张三", DefendantCode = Ids.LiveCo, FullText = "双方约定转让号牌指标一个。" },
                new Case { CaseNo = "C3", Cause = "民间借贷纠纷", PlaintiffId = Ids.Zhang, PlaintiffName = "张三", DefendantCode = Ids.ZombieCo, FullText = "车牌额度" },
                new Case { CaseNo = "C4", Cause = "买卖合同纠纷", PlaintiffId = Ids.Li, PlaintiffName = "李四", DefendantCode = Ids.ZombieCo, FullText = "车牌额度" })
            .With(new Company { CreditCode = Ids.ZombieCo, Name = "枣庄某运输有限公司", Status = "吊销" })
            .VerifyAsync(ExpectedLead.AboutPerson(Ids.Zhang).WithRules("R3").WithScore(25));

        // The lead cites the judgments the derived facts came from, with the matched words in the excerpt.
        var evidence = leads[0].Evidence;
        Assert.Contains(evidence, e => e.RecordKey == "C1" && e.MatchedWords.SequenceEqual(["车牌额度"]) && e.Excerpt!.Contains("【车牌额度】", StringComparison.Ordinal));
        Assert.Contains(evidence, e => e.RecordKey == "C2" && e.MatchedWords.SequenceEqual(["号牌指标"]));
        Assert.Contains(evidence, e => e.Dataset == "companies" && e.RecordKey == Ids.ZombieCo);
        Assert.DoesNotContain(evidence, e => e.RecordKey is "C3" or "C4");
    }

    [Fact]
    public void Plan_OrdersProducersBeforeConsumers()
    {
        var plan = new SupervisionEngine().Plan([new ModelRun(new ChainModel())]);
        Assert.Equal(["R1", "R2", "R3"], plan.RuleOrder["TS0020"]);
    }

    [Fact]
    public void Plan_Cycle_IsAnErrorNamingTheRules()
    {
        var e = Assert.Throws<ModelDefinitionException>(() => new SupervisionEngine().Plan([new ModelRun(new CycleModel())]));
        Assert.Equal("model TS0021: rules R1, R2 depend on each other's derived facts in a cycle.", e.Message);
    }

    [Fact]
    public void Plan_DatasetNotInDescriptor_IsAnError()
    {
        var e = Assert.Throws<ModelDefinitionException>(() => new SupervisionEngine().Plan([new ModelRun(new UndeclaredDatasetModel())]));
        Assert.Equal("model TS0022, rule R1: reads dataset 'companies' (Company), which the descriptor's Datasets does not list.", e.Message);
    }

    [Fact]
    public void Plan_ProjectsColumns_AndScansTextWithoutLoadingIt()
    {
        var plan = new SupervisionEngine().Plan([new ModelRun(new ChainModel())]);

        var cases = plan.Datasets.Single(d => d.Schema.DatasetName == "cases");
        Assert.Equal(["case_no", "plaintiff_id", "plaintiff_name", "defendant_code", "cause"], cases.LoadedColumns.Select(c => c.Name));
        Assert.Equal("full_text", Assert.Single(cases.Scans).Column.Name);
        var companies = plan.Datasets.Single(d => d.Schema.DatasetName == "companies");
        Assert.Equal(["credit_code", "status"], companies.LoadedColumns.Select(c => c.Name));
    }
}
