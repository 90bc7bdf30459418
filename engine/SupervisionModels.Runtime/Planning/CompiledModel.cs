using SupervisionModels.Models;
using SupervisionModels.Rules.Model;

namespace SupervisionModels.Runtime.Planning;

/// <summary>A model after Initialize: its rules in dependency order, effective weights, and lead condition.</summary>
internal sealed record CompiledModel(
    ModelRun Run,
    IReadOnlyList<RuleDefinition> OrderedRules,
    IReadOnlyDictionary<string, double> Weights,
    double MinScore,
    IReadOnlyList<string> RequiredRules)
{
    public ModelDescriptor Descriptor => Run.Model.Descriptor;

    public string Id => Descriptor.Id;
}
