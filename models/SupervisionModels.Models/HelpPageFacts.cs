using SupervisionModels.Rules;
using SupervisionModels.Rules.Model;

namespace SupervisionModels.Models;

/// <summary>A rule as its model registers it with the default parameter values: id, Chinese text, and weight.</summary>
/// <param name="Id">The rule id (<c>R1</c>, <c>S1</c>…).</param>
/// <param name="Description">The sentence a prosecutor reads in the lead, with the default values filled in.</param>
/// <param name="Weight">The weight of a rule that gives a reason; null for a rule that only derives facts.</param>
public sealed record DocumentedRule(string Id, string Description, double? Weight);

/// <summary>
/// What the code says about a model, for its help page: the parameters with their defaults, the rules in the order
/// <see cref="SupervisionModel.Initialize"/> registers them, and the lead condition. The facts a page must not restate
/// by hand, since they would drift.
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
    /// <summary>
    /// Initialises <paramref name="model"/> with its default parameter values and records what it registers. No data
    /// is read: the rules are built, not run.
    /// </summary>
    public static HelpPageFacts Of(SupervisionModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var context = new RecordingContext(model.Descriptor);
        model.Initialize(context);
        return new HelpPageFacts(model.Descriptor, model.Parameters, context.Rules, context.MinScore, context.RequiredRules);
    }

    /// <summary>The parameter that holds the lead condition's minimum score, when one named <c>min-score</c> has that default.</summary>
    public ModelParameter? MinScoreParameter =>
        Parameters.FirstOrDefault(p => p.Name == "min-score" && Convert.ToDouble(p.DefaultValue, System.Globalization.CultureInfo.InvariantCulture) == MinScore);

    /// <summary>Collects rules and the lead condition with default values; it runs nothing.</summary>
    private sealed class RecordingContext(ModelDescriptor descriptor) : IModelContext
    {
        private readonly List<DocumentedRule> _rules = [];

        public ModelDescriptor Descriptor => descriptor;

        public IReadOnlyList<DocumentedRule> Rules => _rules;

        public double MinScore { get; private set; }

        public IReadOnlyList<string> RequiredRules { get; private set; } = [];

        public T GetValue<T>(Parameter<T> parameter) where T : notnull => parameter.Default;

        public KeywordSet GetValue(KeywordParameter parameter) => parameter.Default;

        public void Rule(string id, string description, Func<IRuleBuilder, IRuleEnd> define)
        {
            ArgumentNullException.ThrowIfNull(define);
            var builder = new RuleBuilder(descriptor.Id, id, description);
            define(builder);
            var weight = builder.Build().Action is ReasonAction reason ? reason.Weight : (double?)null;
            _rules.Add(new DocumentedRule(id, description, weight));
        }

        public void LeadWhen(double minScore, params string[] requiredRules)
        {
            MinScore = minScore;
            RequiredRules = requiredRules;
        }
    }
}
