using System.Linq.Expressions;
using SupervisionModels.Rules;

namespace SupervisionModels.Declarative.Compilation;

// What a model file's rule compiles to before it is handed to the fluent API: the typed lambdas of each step, in
// order. FluentRules turns these into the same calls a C# model makes, so the engine receives the same rule model.

/// <summary>A compiled rule of a model file.</summary>
public sealed record PlannedRule(string Id, string Description, Type MatchType, LambdaExpression? MatchCondition, IReadOnlyList<PlannedStep> Steps, PlannedAction Action)
{
    /// <summary>The group step after the other steps, or null; the action is then over the group.</summary>
    public PlannedGroup? Group { get; init; }
}

/// <summary>Groups the bindings by <paramref name="Key"/>; <paramref name="Having"/> keeps the groups that satisfy it.</summary>
public sealed record PlannedGroup(LambdaExpression Key, Type KeyType, Type ItemType, LambdaExpression? Having);

/// <summary>A step after the first match.</summary>
public abstract record PlannedStep;

/// <summary>A filter over the bound facts.</summary>
public sealed record PlannedWhere(LambdaExpression Predicate) : PlannedStep;

/// <summary>A keyword condition over a text of the single bound fact.</summary>
public sealed record PlannedText(LambdaExpression Text, KeywordSet Keywords, TextOptions? Options) : PlannedStep;

/// <summary>How a join step combines facts (the fluent API's Join, Not and Exists).</summary>
public enum PlannedJoinKind
{
    /// <summary><c>join</c>: each matching pair continues.</summary>
    Inner,

    /// <summary><c>not</c>: the binding continues when no fact matches.</summary>
    Not,

    /// <summary><c>exists</c>: the binding continues, once, when a fact matches.</summary>
    Exists,
}

/// <summary>An equality join; <paramref name="Condition"/> is over the joined fact (inner) or the bound facts and it (not/exists).</summary>
public sealed record PlannedJoin(PlannedJoinKind Kind, Type FactType, Type KeyType, LambdaExpression Key, LambdaExpression OtherKey, LambdaExpression? Condition) : PlannedStep;

/// <summary>What the rule does.</summary>
public abstract record PlannedAction;

/// <summary>Inserts a derived fact per binding.</summary>
public sealed record PlannedDerive(Type FactType, LambdaExpression Selector) : PlannedAction;

/// <summary>Adds a weighted reason to the lead about a subject.</summary>
public sealed record PlannedReason(LambdaExpression Subject, double Weight, LambdaExpression? Amount) : PlannedAction;

/// <summary>The lead condition.</summary>
public sealed record PlannedLead(double MinScore, IReadOnlyList<string> RequiredRules);
