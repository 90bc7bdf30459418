using SupervisionModels.Models;
using SupervisionModels.Rules;
using SupervisionModels.Testing;

namespace SupervisionModels.Engine.Tests;

public sealed class JoinTests
{
    /// <summary>R1: a case whose defendant is a revoked company gives a lead about the plaintiff.</summary>
    private sealed class ZombieDefendantModel : SupervisionModel
    {
        public override ModelDescriptor Descriptor { get; } = new("TS0001", "被告为吊销企业", ModelCategory.Civil, "1.0.0", "test")
        {
            Datasets = [typeof(Case), typeof(Company)],
        };

        public override void Initialize(IModelContext context)
        {
            context.Rule("R1", "被告为吊销企业", r => r
                .Match<Case>()
                .Join<Company, string?>(c => c.DefendantCode, co => co.CreditCode, co => co.Status == "吊销")
                .Reason((c, co) => Subject.Person(c.PlaintiffId, c.PlaintiffName), 25, (c, co) => c.Amount));
        }
    }

    /// <summary>R1: each payment of a case joined to its case; one case, many payments.</summary>
    private sealed class PaymentsModel : SupervisionModel
    {
        public override ModelDescriptor Descriptor { get; } = new("TS0002", "案款", ModelCategory.Civil, "1.0.0", "test")
        {
            Datasets = [typeof(Case), typeof(Payment)],
        };

        public override void Initialize(IModelContext context) =>
            context.Rule("R1", "案款支付给原告", r => r
                .Match<Case>()
                .Join<Payment, string?>(c => c.CaseNo, p => p.CaseNo)
                .Where((c, p) => p.PayeeId == c.PlaintiffId)
                .Reason((c, p) => Subject.Person(c.PlaintiffId, c.PlaintiffName), 10, (c, p) => p.Amount));
    }

    [Fact]
    public async Task Join_DefendantIsRevokedCompany_ReportsPlaintiff()
    {
        // Arrange: one case against a revoked company, one against a live one.
        var test = new ModelTest<ZombieDefendantModel>()
            .With(
                new Case { CaseNo = "（2021）鲁0403民初1号", PlaintiffId = Ids.Zhang, PlaintiffName = "张三", DefendantCode = Ids.ZombieCo, Amount = 100 },
                new Case { CaseNo = "（2021）鲁0403民初2号", PlaintiffId = Ids.Li, PlaintiffName = "李四", DefendantCode = Ids.LiveCo, Amount = 100 })
            .With(
                new Company { CreditCode = Ids.ZombieCo, Name = "枣庄某运输有限公司", Status = "吊销" },
                new Company { CreditCode = Ids.LiveCo, Name = "枣庄某商贸有限公司", Status = "存续" });

        // Act & Assert
        var leads = await test.VerifyAsync(ExpectedLead.AboutPerson(Ids.Zhang).WithRules("R1").WithScore(25).AtRank(1));
        Assert.Equal([("R1", "cases", "（2021）鲁0403民初1号"), ("R1", "companies", Ids.ZombieCo)],
            leads[0].Evidence.Select(e => (e.RuleId, e.Dataset, e.RecordKey)));
        Assert.Equal(100m, leads[0].Amount);
    }

    [Fact]
    public async Task Join_NullAndEmptyKeys_NeverMatch()
    {
        // A case with no defendant code must not meet a company record whose code is empty.
        await new ModelTest<ZombieDefendantModel>()
            .With(
                new Case { CaseNo = "A", PlaintiffId = Ids.Zhang, PlaintiffName = "张三", DefendantCode = null },
                new Case { CaseNo = "B", PlaintiffId = Ids.Li, PlaintiffName = "李四", DefendantCode = "" })
            .With(new Company { CreditCode = "", Name = "无码企业", Status = "吊销" })
            .VerifyAsync();
    }

    [Fact]
    public async Task Join_NoMatch_GivesNoLead()
    {
        await new ModelTest<ZombieDefendantModel>()
            .With(new Case { CaseNo = "A", PlaintiffId = Ids.Zhang, PlaintiffName = "张三", DefendantCode = Ids.ZombieCo })
            .With(new Company { CreditCode = Ids.LiveCo, Name = "某公司", Status = "吊销" })
            .VerifyAsync();
    }

    [Fact]
    public async Task Join_OneToMany_CountsEveryPaymentAndSumsAmounts()
    {
        var leads = await new ModelTest<PaymentsModel>()
            .With(new Case { CaseNo = "C1", PlaintiffId = Ids.Zhang, PlaintiffName = "张三" })
            .With(
                new Payment { PaymentId = "P1", CaseNo = "C1", PayeeId = Ids.Zhang, Amount = 30_000 },
                new Payment { PaymentId = "P2", CaseNo = "C1", PayeeId = Ids.Zhang, Amount = 58_000 },
                new Payment { PaymentId = "P3", CaseNo = "C1", PayeeId = Ids.Li, Amount = 1_000 })
            .VerifyAsync(ExpectedLead.AboutPerson(Ids.Zhang).WithRules("R1").WithScore(10));

        var rule = Assert.Single(leads[0].Rules);
        Assert.Equal(2, rule.Matches);
        Assert.Equal(88_000m, rule.Amount);
        Assert.Equal(["C1", "P1", "P2"], leads[0].Evidence.Select(e => e.RecordKey));
    }

    [Fact]
    public async Task Join_ManyToMany_PairsEveryCaseWithEveryPaymentOfItsNumber()
    {
        // Two case rows share a number (a data-entry duplicate) and two payments cite it: 2 × 2 bindings.
        var result = await new ModelTest<PaymentsModel>()
            .With(
                new Case { CaseNo = "C1", PlaintiffId = Ids.Zhang, PlaintiffName = "张三" },
                new Case { CaseNo = "C1", PlaintiffId = Ids.Zhang, PlaintiffName = "张三" })
            .With(
                new Payment { PaymentId = "P1", CaseNo = "C1", PayeeId = Ids.Zhang, Amount = 1 },
                new Payment { PaymentId = "P2", CaseNo = "C1", PayeeId = Ids.Zhang, Amount = 2 })
            .RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(4, result.Summary.Models[0].Rules[0].Bindings);
        Assert.Equal(4, Assert.Single(result.Leads).Rules[0].Matches);
    }

    [Fact]
    public async Task Join_BindingsFewerThanOthers_IndexesBindingsAndKeepsOrder()
    {
        // 1 case against 10 payments makes the engine index the case side; the output order must not change.
        var payments = Enumerable.Range(0, 10).Select(i => new Payment { PaymentId = $"P{i}", CaseNo = i % 2 == 0 ? "C1" : "C2", PayeeId = Ids.Zhang, Amount = i }).ToArray();
        var leads = await new ModelTest<PaymentsModel>()
            .With(new Case { CaseNo = "C1", PlaintiffId = Ids.Zhang, PlaintiffName = "张三" })
            .With(payments)
            .VerifyAsync(ExpectedLead.AboutPerson(Ids.Zhang).WithRules("R1"));

        Assert.Equal(["C1", "P0", "P2", "P4", "P6", "P8"], leads[0].Evidence.Select(e => e.RecordKey));
        Assert.Equal(0m + 2 + 4 + 6 + 8, leads[0].Rules[0].Amount);
    }
}

public sealed class EmptyDataTests
{
    private sealed class TextModel : SupervisionModels.Models.SupervisionModel
    {
        public override SupervisionModels.Models.ModelDescriptor Descriptor { get; } = new("TS0040", "空数据", SupervisionModels.Models.ModelCategory.Civil, "1.0.0", "test")
        {
            Datasets = [typeof(Case)],
        };

        public override void Initialize(SupervisionModels.Models.IModelContext context) =>
            context.Rule("R1", "关键词", r => r
                .Match<Case>()
                .WhereText(c => c.FullText, new SupervisionModels.Rules.KeywordSet("k", ["车牌额度"]))
                .Reason(c => SupervisionModels.Rules.Subject.Person(c.PlaintiffId, c.PlaintiffName), 1));
    }

    [Fact]
    public async Task EmptyDataset_WithAKeywordScan_GivesNoLeadAndNoError()
    {
        await new ModelTest<TextModel>().With(Array.Empty<Case>()).VerifyAsync();
    }
}
