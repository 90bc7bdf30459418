using SupervisionModels.Models;
using SupervisionModels.Rules.Model;
using SupervisionModels.Runtime.Execution;

namespace SupervisionModels.Runtime.Planning;

/// <summary>A model after Initialize: its rules compiled in dependency order, effective weights, and lead condition.</summary>
/// <param name="Run">The model and this run's settings.</param>
/// <param name="RegisteredRules">The rules as registered, in registration order.</param>
/// <param name="OrderedRules">The rules compiled, in the order they run.</param>
/// <param name="Weights">The reason rules' effective weights, by rule id.</param>
/// <param name="MinScore">The score a lead needs.</param>
/// <param name="RequiredRules">The rules a lead needs.</param>
internal sealed record CompiledModel(
    ModelRun Run,
    IReadOnlyList<RuleDefinition> RegisteredRules,
    IReadOnlyList<CompiledRule> OrderedRules,
    IReadOnlyDictionary<string, double> Weights,
    double MinScore,
    IReadOnlyList<string> RequiredRules)
{
    public ModelDescriptor Descriptor => Run.Model.Descriptor;

    public string Id => Descriptor.Id;

    /// <summary>This model with other weight overrides; its rules stay as they are.</summary>
    public CompiledModel WithWeightOverrides(IReadOnlyDictionary<string, double> overrides) =>
        this with
        {
            Run = Run with { WeightOverrides = overrides },
            Weights = EffectiveWeights.Of(Id, RegisteredRules, overrides),
        };
}
