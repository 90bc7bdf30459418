using SupervisionModels.BuiltIn;
using SupervisionModels.Rules;
using SupervisionModels.Rules.Model;

namespace SupervisionModels.Models.Tests;

/// <summary>
/// Reads a model's <see cref="HelpPageFacts"/> the way the engine's planner sees it: Initialize with the default
/// parameter values, each rule built (not run). It lives with the tests because the rule model it reads (the weight of
/// a rule's reason) is internal to the engine, shown to the test projects only.
/// </summary>
internal static class RegisteredFacts
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
