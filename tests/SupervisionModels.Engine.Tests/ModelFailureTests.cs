using SupervisionModels.Models;
using SupervisionModels.Rules;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Facts;

namespace SupervisionModels.Engine.Tests;

/// <summary>
/// A rule that throws or never returns fails the run with the model, the rule and the model's origin named, and no
/// leads at all (not those of the models that finished): the run is one unit.
/// </summary>
public sealed class ModelFailureTests : IDisposable
{
    // The "never returns" rule waits on this and ignores every token; released when the test ends so that the
    // abandoned thread does not outlive the test (not disposed: that thread may still be about to wait on it).
    private readonly ManualResetEventSlim _released = new(false);

    public void Dispose() => _released.Set();

    private sealed class FailingModel(string id, Func<Case, bool> body) : SupervisionModel
    {
        public override ModelDescriptor Descriptor { get; } = new(id, "失败", ModelCategory.Civil, "1.0.0", "test")
        {
            Datasets = [typeof(Case)],
        };

        public override void Initialize(IModelContext context)
        {
            context.Rule("R1", "买卖合同纠纷原告", r => r
                .Match<Case>(c => c.Cause == "买卖合同纠纷")
                .Reason(c => Subject.Person(c.PlaintiffId, c.PlaintiffName, "原告"), 10));
            context.Rule("R2", "由插件代码判断", r => r
                .Match<Case>(c => body(c))
                .Reason(c => Subject.Person(c.PlaintiffId, c.PlaintiffName, "原告"), 5));
        }
    }

    private sealed class HealthyModel : SupervisionModel
    {
        public override ModelDescriptor Descriptor { get; } = new("TS0001", "正常", ModelCategory.Civil, "1.0.0", "test")
        {
            Datasets = [typeof(Case)],
        };

        public override void Initialize(IModelContext context) =>
            context.Rule("R1", "任一原告", r => r.Match<Case>(c => true).Reason(c => Subject.Person(c.PlaintiffId, c.PlaintiffName, "原告"), 10));
    }

    private static InMemoryFactSource Cases() => new InMemoryFactSource().Add(
        new Case { CaseNo = "C1", Cause = "买卖合同纠纷", PlaintiffId = Ids.Zhang, PlaintiffName = "张三", Amount = 200_000m });

    private static bool Throws(Case c) => throw new InvalidOperationException($"bad case {c.CaseNo}");

    private bool NeverReturns(Case c)
    {
        _released.Wait();
        return c.Amount > 0;
    }

    [Fact]
    public async Task RunAsync_RuleThrows_FailsNamingModelRuleAndOrigin_WithNoLeads()
    {
        // Arrange: a healthy model runs first and finds a lead; the plugin's second rule throws
        var runs = new[]
        {
            new ModelRun(new HealthyModel()),
            new ModelRun(new FailingModel("TS0002", Throws)) { Origin = "plugin DLL plugins/acme.dll" },
        };

        // Act
        var e = await Assert.ThrowsAsync<ModelExecutionException>(() =>
            new SupervisionEngine().RunAsync(runs, Cases(), cancellationToken: TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal(("TS0002", "R2", "plugin DLL plugins/acme.dll"), (e.ModelId, e.RuleId, e.Origin));
        Assert.StartsWith("model TS0002, rule R2 (plugin DLL plugins/acme.dll, at ", e.Message, StringComparison.Ordinal);
        Assert.Contains("ModelFailureTests.cs:", e.Message, StringComparison.Ordinal);
        Assert.EndsWith(") failed: InvalidOperationException: bad case C1", e.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(e.InnerException);
    }

    [Fact]
    public async Task RunAsync_BuiltInRuleThrows_SaysBuiltIn()
    {
        var e = await Assert.ThrowsAsync<ModelExecutionException>(() =>
            new SupervisionEngine().RunAsync([new ModelRun(new FailingModel("TS0003", Throws))], Cases(), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("model TS0003, rule R2 (built-in) failed: InvalidOperationException: bad case C1", e.Message);
    }

    [Fact]
    public async Task RunAsync_RuleNeverReturns_TimesOutNamingModelAndRule()
    {
        // Arrange: the rule ignores the token, so only abandoning it at the deadline ends the run
        var engine = new SupervisionEngine(new EngineOptions { ModelTimeout = TimeSpan.FromMilliseconds(300) });
        var runs = new[]
        {
            new ModelRun(new HealthyModel()),
            new ModelRun(new FailingModel("TS0004", NeverReturns)) { Origin = "source folder plugins/loop" },
        };

        // Act
        var e = await Assert.ThrowsAsync<ModelTimeoutException>(() => engine.RunAsync(runs, Cases(), cancellationToken: TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal(("TS0004", "R2", TimeSpan.FromMilliseconds(300)), (e.ModelId, e.RuleId, e.Limit));
        Assert.Equal(
            "model TS0004, rule R2 (source folder plugins/loop) did not finish within the time limit of 0.3 s (--timeout, or \"timeout\" in the settings file); nothing was written",
            e.Message);
    }

    [Fact]
    public async Task RunAsync_PerModelTimeout_OverridesTheEngineDefault()
    {
        var runs = new[] { new ModelRun(new FailingModel("TS0005", NeverReturns)) { Timeout = TimeSpan.FromMilliseconds(200) } };

        var e = await Assert.ThrowsAsync<ModelTimeoutException>(() =>
            new SupervisionEngine().RunAsync(runs, Cases(), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(TimeSpan.FromMilliseconds(200), e.Limit);
    }

    private sealed class ThrowingInitializeModel : SupervisionModel
    {
        public override ModelDescriptor Descriptor { get; } = new("TS0006", "初始化失败", ModelCategory.Civil, "1.0.0", "test")
        {
            Datasets = [typeof(Case)],
        };

        public override void Initialize(IModelContext context) => throw new InvalidOperationException("no rules today");
    }

    [Fact]
    public void Plan_InitializeThrows_NamesTheModelAndItsOrigin()
    {
        var runs = new[] { new ModelRun(new ThrowingInitializeModel()) { Origin = "plugin DLL p.dll" } };

        var e = Assert.Throws<ModelExecutionException>(() => new SupervisionEngine().Plan(runs));

        Assert.Equal(("TS0006", "(Initialize)", "plugin DLL p.dll"), (e.ModelId, e.RuleId, e.Origin));
        Assert.EndsWith("failed: InvalidOperationException: no rules today", e.Message, StringComparison.Ordinal);
    }

    private sealed class BlockedInitializeModel(ManualResetEventSlim released) : SupervisionModel
    {
        public override ModelDescriptor Descriptor { get; } = new("TS0007", "初始化不返回", ModelCategory.Civil, "1.0.0", "test")
        {
            Datasets = [typeof(Case)],
        };

        public override void Initialize(IModelContext context) => released.Wait();
    }

    [Fact]
    public void Plan_InitializeNeverReturns_TimesOutNamingTheModelAndItsOrigin()
    {
        var runs = new[] { new ModelRun(new BlockedInitializeModel(_released)) { Origin = "source folder plugins/stuck", Timeout = TimeSpan.FromMilliseconds(200) } };

        var e = Assert.Throws<ModelTimeoutException>(() => new SupervisionEngine().Plan(runs));

        Assert.Equal(
            "model TS0007, rule (Initialize) (source folder plugins/stuck) did not finish within the time limit of 0.2 s (--timeout, or \"timeout\" in the settings file); nothing was written",
            e.Message);
    }

    [Fact]
    public async Task RunAsync_LimitOfMonths_IsNoLimit()
    {
        // Past what timers and Thread.Join take (49.7 and 24.8 days): no limit rather than an ArgumentOutOfRangeException
        var engine = new SupervisionEngine(new EngineOptions { ModelTimeout = TimeSpan.FromDays(100) });

        var result = await engine.RunAsync([new ModelRun(new HealthyModel())], Cases(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Single(result.Leads);
    }

    [Fact]
    public async Task RunAsync_WithinTheLimit_RunsAsBefore()
    {
        var engine = new SupervisionEngine(new EngineOptions { ModelTimeout = TimeSpan.FromSeconds(30) });

        var result = await engine.RunAsync([new ModelRun(new HealthyModel())], Cases(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("ID:" + Ids.Zhang, Assert.Single(result.Leads).Subject.Key);
    }
}
