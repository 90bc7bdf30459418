using SupervisionModels.Data;
using SupervisionModels.Models;
using SupervisionModels.Rules;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Facts;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Engine.Tests;

/// <summary>
/// Filter before build: rows that no rule's match or join condition lets through are left out before they become
/// records, and the leads are those of a record for every row.
/// </summary>
public sealed class FilterBeforeBuildTests
{
    /// <summary>Payments matched with a condition, companies joined with one, cases matched with one.</summary>
    private sealed class ConditionsModel : SupervisionModel
    {
        public override ModelDescriptor Descriptor { get; } = new("TS0030", "过滤", ModelCategory.Civil, "1.0.0", "test")
        {
            Datasets = [typeof(Case), typeof(Company), typeof(Payment)],
        };

        public override void Initialize(IModelContext context)
        {
            context.Rule("R1", "大额案款", r => r
                .Match<Payment>(p => p.Amount >= 1000m && p.PayeeId != null)
                .Reason(p => Subject.Person(p.PayeeId, null), 10));
            context.Rule("R2", "被告吊销", r => r
                .Match<Case>(c => c.Cause == "买卖合同纠纷" || c.Cause == "民间借贷纠纷")
                .Join<Company, string?>(c => c.DefendantCode, co => co.CreditCode, co => co.Status == "吊销")
                .Reason((c, co) => Subject.Person(c.PlaintiffId, c.PlaintiffName), 20));
        }
    }

    /// <summary>A second use of payments without a condition: every payment must be built.</summary>
    private sealed class EveryPaymentModel : SupervisionModel
    {
        public override ModelDescriptor Descriptor { get; } = new("TS0031", "全部", ModelCategory.Civil, "1.0.0", "test")
        {
            Datasets = [typeof(Payment)],
        };

        public override void Initialize(IModelContext context) =>
            context.Rule("R1", "全部案款", r => r.Match<Payment>().Reason(p => Subject.Person(p.PayeeId, null), 1));
    }

    /// <summary>A condition that throws on some rows (a null payee).</summary>
    private sealed class ThrowingModel : SupervisionModel
    {
        public override ModelDescriptor Descriptor { get; } = new("TS0032", "抛出", ModelCategory.Civil, "1.0.0", "test")
        {
            Datasets = [typeof(Payment)],
        };

        public override void Initialize(IModelContext context) =>
            context.Rule("R1", "收款人", r => r.Match<Payment>(p => p.PayeeId!.Length > 3).Reason(p => Subject.Person(p.PayeeId, null), 1));
    }

    private static readonly Payment[] Payments = Enumerable.Range(0, 100).Select(i => new Payment
    {
        PaymentId = $"P{i:000}",
        CaseNo = $"C{i % 30:000}",
        PayeeId = i % 7 == 0 ? null : (i % 2 == 0 ? Ids.Zhang : Ids.Li),
        Amount = i % 10 == 0 ? 5000m : 10m * i,
    }).ToArray();

    private static readonly Company[] Companies = Enumerable.Range(0, 20).Select(i => new Company
    {
        CreditCode = i == 3 ? Ids.ZombieCo : i == 4 ? Ids.LiveCo : $"C{i:00}",
        Name = $"公司{i}",
        Status = i is 3 or 11 or 17 ? "吊销" : "存续",
    }).ToArray();

    private static readonly Case[] Cases = Enumerable.Range(0, 30).Select(i => new Case
    {
        CaseNo = $"C{i:000}",
        PlaintiffId = i % 3 == 0 ? Ids.Wang : Ids.Zhang,
        PlaintiffName = i % 3 == 0 ? "王五" : "张三",
        DefendantCode = i % 5 == 0 ? Ids.ZombieCo : Ids.LiveCo,
        Cause = i % 4 == 0 ? "买卖合同纠纷" : i % 4 == 1 ? "民间借贷纠纷" : "离婚纠纷",
        FullText = "本院认为",
    }).ToArray();

    [Fact]
    public void Plan_EveryUseHasACondition_RowConditionsOfEachUse()
    {
        var plan = new SupervisionEngine().Plan([new ModelRun(new ConditionsModel())]);
        Assert.Single(plan.Datasets.Single(d => d.Schema.DatasetName == "payments").RowConditions);
        Assert.Single(plan.Datasets.Single(d => d.Schema.DatasetName == "cases").RowConditions);
        Assert.Single(plan.Datasets.Single(d => d.Schema.DatasetName == "companies").RowConditions);

        // Another model matching every payment: no payment may be left out.
        var both = new SupervisionEngine().Plan([new ModelRun(new ConditionsModel()), new ModelRun(new EveryPaymentModel())]);
        Assert.Empty(both.Datasets.Single(d => d.Schema.DatasetName == "payments").RowConditions);
        Assert.Single(both.Datasets.Single(d => d.Schema.DatasetName == "companies").RowConditions);
    }

    [Fact]
    public async Task Run_RowsNoConditionLetsThrough_LeftOutAndSameLeads()
    {
        using var temp = new TempFolder();
        var data = await WriteAsync(temp);
        var ct = TestContext.Current.CancellationToken;
        var runs = new[] { new ModelRun(new ConditionsModel()) };

        var filtered = new ParquetFactSource(data) { HashFiles = false };
        var leads = await LeadsAsync(runs, filtered, temp.Combine("filtered.jsonl"), ct);
        var whole = await LeadsAsync(runs, new ParquetFactSource(data) { HashFiles = false, FilterBeforeBuild = false }, temp.Combine("whole.jsonl"), ct);
        var inMemory = await LeadsAsync(runs, new InMemoryFactSource().Add(Payments).Add(Companies).Add(Cases), temp.Combine("memory.jsonl"), ct);

        Assert.Equal(whole, leads);
        Assert.Equal(inMemory, leads);
        var keptPayments = Payments.Count(p => p.Amount >= 1000m && p.PayeeId != null);
        var keptCases = Cases.Count(c => c.Cause is "买卖合同纠纷" or "民间借贷纠纷");
        var keptCompanies = Companies.Count(c => c.Status == "吊销");
        Assert.Equal(Payments.Length + Cases.Length + Companies.Length, filtered.FilteredRows.Read);
        Assert.Equal(Payments.Length - keptPayments + Cases.Length - keptCases + Companies.Length - keptCompanies, filtered.FilteredRows.LeftOut);
    }

    [Fact]
    public async Task Run_ConditionThrowsOnARow_TheRuleReportsItAsWithoutTheFilter()
    {
        using var temp = new TempFolder();
        var data = await WriteAsync(temp);
        var ct = TestContext.Current.CancellationToken;
        var runs = new[] { new ModelRun(new ThrowingModel()) };

        var filtered = await Assert.ThrowsAsync<ModelExecutionException>(() => new SupervisionEngine().RunAsync(runs, new ParquetFactSource(data) { HashFiles = false }, cancellationToken: ct));
        var whole = await Assert.ThrowsAsync<ModelExecutionException>(() => new SupervisionEngine().RunAsync(runs, new ParquetFactSource(data) { HashFiles = false, FilterBeforeBuild = false }, cancellationToken: ct));
        Assert.Equal(("TS0032", "R1"), (filtered.ModelId, filtered.RuleId));
        Assert.Equal(whole.Message, filtered.Message);
    }

    private static async Task<string> WriteAsync(TempFolder temp)
    {
        var ct = TestContext.Current.CancellationToken;
        var data = temp.Combine("data");
        foreach (var name in new[] { "payments", "companies", "cases" })
        {
            Directory.CreateDirectory(Path.Combine(data, name));
        }

        await ParquetFactWriter<Payment>.WriteAllAsync(Path.Combine(data, "payments", "part-0.parquet"), Payments, ct: ct);
        await ParquetFactWriter<Company>.WriteAllAsync(Path.Combine(data, "companies", "part-0.parquet"), Companies, ct: ct);
        await ParquetFactWriter<Case>.WriteAllAsync(Path.Combine(data, "cases", "part-0.parquet"), Cases, ct: ct);
        return data;
    }

    private static async Task<string> LeadsAsync(ModelRun[] runs, IFactSource source, string path, CancellationToken ct)
    {
        var result = await new SupervisionEngine().RunAsync(runs, source, cancellationToken: ct);
        Assert.NotEmpty(result.Leads);
        await LeadJson.WriteAsync(path, result.Leads, cancellationToken: ct);
        return await File.ReadAllTextAsync(path, ct);
    }
}
