using SupervisionModels.Models;

namespace SupervisionModels.BuiltIn;

/// <summary>A rule as its model registers it with the default parameter values: id, Chinese text, and weight.</summary>
/// <param name="Id">The rule id (<c>R1</c>, <c>S1</c>…).</param>
/// <param name="Description">The sentence a prosecutor reads in the lead, with the default values filled in.</param>
/// <param name="Weight">The weight of a rule that gives a reason; null for a rule that only derives facts.</param>
public sealed record DocumentedRule(string Id, string Description, double? Weight);

/// <summary>
/// What the code says about a model, for its help page: the parameters with their defaults, the rules in the order
/// <see cref="SupervisionModel.Initialize"/> registers them, and the lead condition. The facts a page must not restate
/// by hand, since they would drift. The tests read them from the model as the engine would
/// (tests/SupervisionModels.Models.Tests/RegisteredFacts.cs), since the rule model is internal to the engine.
/// </summary>
/// <param name="Descriptor">The model's descriptor.</param>
/// <param name="Parameters">The declared parameters.</param>
/// <param name="Rules">The registered rules, in registration order.</param>
/// <param name="MinScore">The lead condition's minimum score with the default parameter values.</param>
/// <param name="RequiredRules">The rules every lead must have fired.</param>
public sealed record HelpPageFacts(
    ModelDescriptor Descriptor,
    IReadOnlyList<ModelParameter> Parameters,
    IReadOnlyList<DocumentedRule> Rules,
    double MinScore,
    IReadOnlyList<string> RequiredRules)
{
    /// <summary>The parameter that holds the lead condition's minimum score, when one named <c>min-score</c> has that default.</summary>
    public ModelParameter? MinScoreParameter =>
        Parameters.FirstOrDefault(p => p.Name == "min-score" && Convert.ToDouble(p.DefaultValue, System.Globalization.CultureInfo.InvariantCulture) == MinScore);
}
