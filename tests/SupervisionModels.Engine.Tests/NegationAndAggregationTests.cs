using SupervisionModels.Models;
using SupervisionModels.Rules;
using SupervisionModels.Testing;

namespace SupervisionModels.Engine.Tests;

public sealed class NegationAndAggregationTests
{
    /// <summary>R1: a plaintiff with at least min-cases cases; R2: cases with no payment at all.</summary>
    private sealed class RepeatPlaintiffModel : SupervisionModel
    {
        public static readonly Parameter<int> MinCases = new("min-cases", 2, "同一原告最少案件数");

        public override ModelDescriptor Descriptor { get; } = new("TS0010", "同一原告多案", ModelCategory.Civil, "1.0.0", "test")
        {
            Datasets = [typeof(Case), typeof(Payment)],
        };

        public override IReadOnlyList<ModelParameter> Parameters => [MinCases];

        public override void Initialize(IModelContext context)
        {
            var minCases = context.GetValue(MinCases);
            context.Rule("R1", "同一原告多次起诉", r => r
                .Match<Case>()
                .GroupBy(c => c.PlaintiffId)
                .Having(g => g.Count() >= minCases && g.Sum(c => c.Amount) > 0)
                .Reason(g => Subject.Person(g.Key, g.First().PlaintiffName), 10, g => g.Sum(c => c.Amount)));
            context.Rule("R2", "案件无任何案款记录", r => r
                .Match<Case>()
                .Not<Payment, string?>(c => c.CaseNo, p => p.CaseNo)
                .Reason(c => Subject.Person(c.PlaintiffId, c.PlaintiffName), 5));
        }
    }

    /// <summary>R1: cases that have a payment to someone other than the plaintiff (Exists with a pair condition).</summary>
    private sealed class PaidToOtherModel : SupervisionModel
    {
        public override ModelDescriptor Descriptor { get; } = new("TS0011", "案款付与他人", ModelCategory.Civil, "1.0.0", "test")
        {
            Datasets = [typeof(Case), typeof(Payment)],
        };

        public override void Initialize(IModelContext context) =>
            context.Rule("R1", "案款支付给原告以外的人", r => r
                .Match<Case>()
                .Exists<Payment, string?>(c => c.CaseNo, p => p.CaseNo, (c, p) => p.PayeeId != c.PlaintiffId)
                .Reason(c => Subject.Person(c.PlaintiffId, c.PlaintiffName), 7));
    }

    private static readonly Case[] ThreeCasesOfZhangOneOfLi =
    [
        new() { CaseNo = "C1", PlaintiffId = Ids.Zhang, PlaintiffName = "张三", Amount = 10 },
        new() { CaseNo = "C2", PlaintiffId = Ids.Zhang, PlaintiffName = "张三", Amount = 20 },
        new() { CaseNo = "C3", PlaintiffId = Ids.Zhang, PlaintiffName = "张三", Amount = 30 },
        new() { CaseNo = "C4", PlaintiffId = Ids.Li, PlaintiffName = "李四", Amount = 40 },
        new() { CaseNo = "C5", PlaintiffId = null, PlaintiffName = "", Amount = 50 },
    ];

    [Fact]
    public async Task GroupBy_CountAtThreshold_FiresOnceWithGroupEvidence()
    {
        var leads = await new ModelTest<RepeatPlaintiffModel>()
            .With(ThreeCasesOfZhangOneOfLi)
            .With(
                new Payment { PaymentId = "P1", CaseNo = "C1" }, new Payment { PaymentId = "P2", CaseNo = "C2" },
                new Payment { PaymentId = "P3", CaseNo = "C3" }, new Payment { PaymentId = "P4", CaseNo = "C4" },
                new Payment { PaymentId = "P5", CaseNo = "C5" })
            .WithParameter("min-cases", 3)
            .VerifyAsync(ExpectedLead.AboutPerson(Ids.Zhang).WithRules("R1").WithScore(10));

        Assert.Equal(60m, leads[0].Amount);
        Assert.Equal(["C1", "C2", "C3"], leads[0].Evidence.Select(e => e.RecordKey));
    }

    [Fact]
    public async Task GroupBy_BelowThreshold_NoLead_AndNullKeysFormNoGroup()
    {
        // min-cases 4: Zhang has 3; the two cases without a plaintiff id never group together.
        await new ModelTest<RepeatPlaintiffModel>()
            .With(ThreeCasesOfZhangOneOfLi)
            .With(ThreeCasesOfZhangOneOfLi.Select(c => new Payment { PaymentId = "P" + c.CaseNo, CaseNo = c.CaseNo }))
            .WithParameter("min-cases", 4)
            .VerifyAsync();
    }

    [Fact]
    public async Task Not_CaseWithoutPayment_Fires_CaseWithPayment_DoesNot()
    {
        await new ModelTest<RepeatPlaintiffModel>()
            .With(ThreeCasesOfZhangOneOfLi[3])
            .With(ThreeCasesOfZhangOneOfLi[0] with { PlaintiffId = Ids.Wang, PlaintiffName = "王五" })
            .With(new Payment { PaymentId = "P1", CaseNo = "C1" })
            .VerifyAsync(ExpectedLead.AboutPerson(Ids.Li).WithRules("R2").WithScore(5));
    }

    [Fact]
    public async Task Exists_PairCondition_OnlyPaymentsToOthersCount()
    {
        await new ModelTest<PaidToOtherModel>()
            .With(
                new Case { CaseNo = "C1", PlaintiffId = Ids.Zhang, PlaintiffName = "张三" },
                new Case { CaseNo = "C2", PlaintiffId = Ids.Li, PlaintiffName = "李四" })
            .With(
                new Payment { PaymentId = "P1", CaseNo = "C1", PayeeId = Ids.Zhang },
                new Payment { PaymentId = "P2", CaseNo = "C2", PayeeId = Ids.Li },
                new Payment { PaymentId = "P3", CaseNo = "C2", PayeeId = Ids.Wang },
                new Payment { PaymentId = "P4", CaseNo = "C2", PayeeId = Ids.Wang })
            .VerifyAsync(ExpectedLead.AboutPerson(Ids.Li).WithRules("R1"));
    }
}
