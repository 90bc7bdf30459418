using System.Linq.Expressions;

namespace SupervisionModels.Rules.Model;

// The canonical rule model (like NRules.RuleModel: "akin to an AST"): what the fluent builder produces and what the
// engine plans and runs. Every lambda keeps its expression tree so that the planner can see which columns it reads.
// Lambdas of a step take one parameter per fact bound so far (T1…Tn), or the group after a GroupStep.
// Internal, like the builder: a model author only sees the fluent interfaces (IRuleBuilder, IPattern…); the engine
// (and its tests) see these through InternalsVisibleTo, so the plugin contract does not freeze the engine's model.

/// <summary>A rule of a model, ready to plan.</summary>
/// <param name="ModelId">The owning model's id.</param>
/// <param name="RuleId">The rule's id within its model (<c>R1</c>…).</param>
/// <param name="Description">The Chinese sentence a prosecutor reads.</param>
/// <param name="Steps">Match first, then joins, filters, text conditions and at most one group, in order.</param>
/// <param name="Action">Derive facts or give a reason.</param>
internal sealed record RuleDefinition(string ModelId, string RuleId, string Description, IReadOnlyList<RuleStep> Steps, RuleAction Action)
{
    /// <summary>The fact type matched first.</summary>
    public Type SourceType => ((MatchStep)Steps[0]).FactType;

    /// <summary>The fact types the rule matches or joins, in step order.</summary>
    public IEnumerable<Type> MatchedTypes =>
        Steps.Select(s => s switch
        {
            MatchStep m => m.FactType,
            JoinStep j => j.FactType,
            _ => null,
        }).OfType<Type>();
}

/// <summary>One step of a rule's left-hand side.</summary>
internal abstract record RuleStep;

/// <summary>The first step: every fact of <paramref name="FactType"/> that satisfies <paramref name="Condition"/>.</summary>
internal sealed record MatchStep(Type FactType, LambdaExpression? Condition) : RuleStep;

/// <summary>How a join step combines the bound facts with facts of another type.</summary>
internal enum JoinKind
{
    /// <summary>Each matching pair continues (one-to-many and many-to-many multiply).</summary>
    Inner,

    /// <summary>The binding continues only if no fact matches (negation).</summary>
    Not,

    /// <summary>The binding continues, once, if at least one fact matches.</summary>
    Exists,
}

/// <summary>
/// An equality join on keys: <paramref name="LeftKey"/> over the bound facts, <paramref name="RightKey"/> over the
/// other fact; always hash-indexed. Null or empty keys never match. <paramref name="RightCondition"/> filters the other
/// facts before indexing; <paramref name="PairCondition"/> (bound facts + other fact) filters matching pairs.
/// </summary>
internal sealed record JoinStep(
    JoinKind Kind,
    Type FactType,
    LambdaExpression LeftKey,
    LambdaExpression RightKey,
    LambdaExpression? RightCondition,
    LambdaExpression? PairCondition) : RuleStep;

/// <summary>A predicate over the bound facts (or over the group after a group step).</summary>
internal sealed record FilterStep(LambdaExpression Predicate) : RuleStep;

/// <summary>A keyword condition over a text of the single bound fact, with an optional classifier.</summary>
internal sealed record TextStep(LambdaExpression Text, KeywordSet Keywords, TextOptions? Options) : RuleStep;

/// <summary>Groups the bindings by <paramref name="Key"/>; after it the rule binds one <see cref="IFactGroup{TKey,TItem}"/>.</summary>
/// <param name="Key">The key over the bound facts.</param>
/// <param name="KeyType">The key's type.</param>
/// <param name="ItemType">The item type: the single fact, or a value tuple of the bound facts.</param>
internal sealed record GroupStep(LambdaExpression Key, Type KeyType, Type ItemType) : RuleStep;

/// <summary>What a rule does with each final binding.</summary>
internal abstract record RuleAction;

/// <summary>Inserts a derived fact per binding, for other rules to match (forward chaining).</summary>
internal sealed record DeriveAction(Type FactType, LambdaExpression Selector) : RuleAction;

/// <summary>Adds a weighted reason to the lead about a subject.</summary>
/// <param name="Subject">Gives the <see cref="Rules.Subject"/> of a binding.</param>
/// <param name="Weight">The rule's weight (settings may override it).</param>
/// <param name="Amount">Money involved in the binding (ranks ties), or null.</param>
internal sealed record ReasonAction(LambdaExpression Subject, double Weight, LambdaExpression? Amount) : RuleAction;
