using SupervisionModels.Models;
using SupervisionModels.Rules;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Facts;

namespace SupervisionModels.Engine.Tests;

/// <summary>A run initialises each model once: the plan it runs is the plan it made (or was given).</summary>
public sealed class PlanOnceTests
{
    /// <summary>Counts its Initialize calls; each test makes its own instance, so counts never mix.</summary>
    private sealed class CountingModel : SupervisionModel
    {
        public int Initializations { get; private set; }

        public override ModelDescriptor Descriptor { get; } = new("TS0090", "计数", ModelCategory.Civil, "1.0.0", "test")
        {
            Datasets = [typeof(Case)],
        };

        public override void Initialize(IModelContext context)
        {
            Initializations++;
            context.Rule("R1", "买卖合同纠纷原告", r => r
                .Match<Case>(c => c.Cause == "买卖合同纠纷")
                .Reason(c => Subject.Person(c.PlaintiffId, c.PlaintiffName, "原告"), 10));
            context.Rule("R2", "原告涉案金额较大", r => r
                .Match<Case>(c => c.Amount >= 100_000m)
                .Reason(c => Subject.Person(c.PlaintiffId, c.PlaintiffName, "原告"), 5));
        }
    }

    private static InMemoryFactSource Cases() => new InMemoryFactSource().Add(
        new Case { CaseNo = "C1", Cause = "买卖合同纠纷", PlaintiffId = Ids.Zhang, PlaintiffName = "张三", Amount = 200_000m },
        new Case { CaseNo = "C2", Cause = "借款合同纠纷", PlaintiffId = Ids.Li, PlaintiffName = "李四", Amount = 1_000m });

    [Fact]
    public async Task RunAsync_WithModelRuns_InitializesEachModelOnce()
    {
        // Arrange
        var model = new CountingModel();

        // Act
        var result = await new SupervisionEngine().RunAsync([new ModelRun(model)], Cases(), cancellationToken: TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(1, model.Initializations);
        var lead = Assert.Single(result.Leads);
        Assert.Equal(15, lead.Score);
    }

    [Fact]
    public async Task RunAsync_WithAPlan_DoesNotInitializeAgain()
    {
        // Arrange
        var engine = new SupervisionEngine();
        var model = new CountingModel();
        var plan = engine.Plan([new ModelRun(model)]);

        // Act
        var result = await engine.RunAsync(plan, Cases(), cancellationToken: TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(1, model.Initializations);
        Assert.Equal(["R1", "R2"], plan.RuleOrder["TS0090"]);
        Assert.Single(result.Leads);
    }

    [Fact]
    public async Task WithWeightOverrides_ChangesTheWeights_WithoutInitializingAgain()
    {
        // Arrange
        var engine = new SupervisionEngine();
        var model = new CountingModel();
        var plan = engine.Plan([new ModelRun(model)]);

        // Act
        var reweighted = plan.WithWeightOverrides(new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            ["TS0090"] = new Dictionary<string, double> { ["R2"] = 40 },
        });
        var result = await engine.RunAsync(reweighted, Cases(), cancellationToken: TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(1, model.Initializations);
        Assert.Equal(5, plan.RuleWeights("TS0090")["R2"]);
        Assert.Equal(40, reweighted.RuleWeights("TS0090")["R2"]);
        Assert.Equal(50, Assert.Single(result.Leads).Score);
    }

    [Fact]
    public void WithWeightOverrides_UnknownRule_NamesTheModelsRulesInRegistrationOrder()
    {
        var plan = new SupervisionEngine().Plan([new ModelRun(new CountingModel())]);

        var e = Assert.Throws<ModelDefinitionException>(() => plan.WithWeightOverrides(new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            ["TS0090"] = new Dictionary<string, double> { ["R9"] = 1 },
        }));

        Assert.Equal("model TS0090: the settings give a weight for rule 'R9', which the model does not have; its rules: R1, R2.", e.Message);
    }

    [Fact]
    public async Task RunAsync_PlanOfAnotherEngine_IsRefused()
    {
        var plan = new SupervisionEngine().Plan([new ModelRun(new CountingModel())]);

        var e = await Assert.ThrowsAsync<ArgumentException>(() => new SupervisionEngine().RunAsync(plan, Cases(), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("plan", e.ParamName);
    }
}
