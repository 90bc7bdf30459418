using System.Linq.Expressions;
using SupervisionModels.Rules.Model;

namespace SupervisionModels.Rules;

/// <summary>Builds a <see cref="RuleDefinition"/> from the fluent calls of one rule.</summary>
internal sealed class RuleBuilder : IRuleBuilder
{
    private readonly List<RuleStep> _steps = [];
    private RuleAction? _action;

    /// <summary>Creates a builder for rule <paramref name="ruleId"/> of model <paramref name="modelId"/>.</summary>
    public RuleBuilder(string modelId, string ruleId, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ModelId = modelId;
        RuleId = ruleId;
        Description = description;
    }

    /// <summary>The owning model's id.</summary>
    public string ModelId { get; }

    /// <summary>The rule's id.</summary>
    public string RuleId { get; }

    /// <summary>The rule's description.</summary>
    public string Description { get; }

    /// <inheritdoc/>
    public IPattern<T> Match<T>(Expression<Func<T, bool>>? condition = null) where T : class
    {
        if (_steps.Count > 0)
        {
            throw new InvalidOperationException($"Rule {ModelId}/{RuleId}: Match may be called once, first.");
        }

        _steps.Add(new MatchStep(typeof(T), condition));
        return new Pattern1<T>(this);
    }

    /// <summary>The finished rule. Throws when the definition has no action.</summary>
    public RuleDefinition Build()
    {
        if (_steps.Count == 0 || _action is null)
        {
            throw new InvalidOperationException($"Rule {ModelId}/{RuleId} must match facts and end with Derive or Reason.");
        }

        return new RuleDefinition(ModelId, RuleId, Description, _steps.ToArray(), _action);
    }

    private void Add(RuleStep step)
    {
        if (_action is not null)
        {
            throw new InvalidOperationException($"Rule {ModelId}/{RuleId}: nothing may follow Derive or Reason.");
        }

        if (step is JoinStep or TextStep && _steps.Any(s => s is GroupStep))
        {
            throw new InvalidOperationException($"Rule {ModelId}/{RuleId}: joins and text conditions must come before GroupBy.");
        }

        _steps.Add(step);
    }

    private IRuleEnd End(RuleAction action)
    {
        if (_action is not null)
        {
            throw new InvalidOperationException($"Rule {ModelId}/{RuleId} has two actions; a rule ends with one Derive or Reason.");
        }

        _action = action;
        return RuleEnd.Instance;
    }

    private static ReasonAction Reason(LambdaExpression subject, double weight, LambdaExpression? amount)
    {
        if (double.IsNaN(weight) || double.IsInfinity(weight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "A rule weight must be a finite number.");
        }

        return new ReasonAction(subject, weight, amount);
    }

    private sealed class RuleEnd : IRuleEnd
    {
        public static readonly RuleEnd Instance = new();
    }

    private sealed class Pattern1<T1>(RuleBuilder b) : IPattern<T1>
    {
        public IPattern<T1> Where(Expression<Func<T1, bool>> predicate) { b.Add(new FilterStep(predicate)); return this; }

        public IPattern<T1> WhereText(Expression<Func<T1, string?>> text, KeywordSet keywords, TextOptions? options = null)
        {
            ArgumentNullException.ThrowIfNull(keywords);
            if (b._steps.Count > 1 && b._steps.Skip(1).Any(s => s is JoinStep { Kind: JoinKind.Inner }))
            {
                throw new InvalidOperationException($"Rule {b.ModelId}/{b.RuleId}: WhereText applies to the first fact, before any join.");
            }

            b.Add(new TextStep(text, keywords, options));
            return this;
        }

        public IPattern<T1, T2> Join<T2, TKey>(Expression<Func<T1, TKey>> key, Expression<Func<T2, TKey>> otherKey, Expression<Func<T2, bool>>? otherCondition = null)
            where T2 : class
        { b.Add(new JoinStep(JoinKind.Inner, typeof(T2), key, otherKey, otherCondition, null)); return new Pattern2<T1, T2>(b); }

        public IPattern<T1> Not<T2, TKey>(Expression<Func<T1, TKey>> key, Expression<Func<T2, TKey>> otherKey, Expression<Func<T1, T2, bool>>? condition = null)
            where T2 : class
        { b.Add(new JoinStep(JoinKind.Not, typeof(T2), key, otherKey, null, condition)); return this; }

        public IPattern<T1> Exists<T2, TKey>(Expression<Func<T1, TKey>> key, Expression<Func<T2, TKey>> otherKey, Expression<Func<T1, T2, bool>>? condition = null)
            where T2 : class
        { b.Add(new JoinStep(JoinKind.Exists, typeof(T2), key, otherKey, null, condition)); return this; }

        public IGroupPattern<TKey, T1> GroupBy<TKey>(Expression<Func<T1, TKey>> key)
        { b.Add(new GroupStep(key, typeof(TKey), typeof(T1))); return new GroupPattern<TKey, T1>(b); }

        public IRuleEnd Derive<TFact>(Expression<Func<T1, TFact>> selector) where TFact : class => b.End(new DeriveAction(typeof(TFact), selector));

        public IRuleEnd Reason(Expression<Func<T1, Subject>> subject, double weight, Expression<Func<T1, decimal?>>? amount = null) =>
            b.End(RuleBuilder.Reason(subject, weight, amount));
    }

    private sealed class Pattern2<T1, T2>(RuleBuilder b) : IPattern<T1, T2>
    {
        public IPattern<T1, T2> Where(Expression<Func<T1, T2, bool>> predicate) { b.Add(new FilterStep(predicate)); return this; }

        public IPattern<T1, T2, T3> Join<T3, TKey>(Expression<Func<T1, T2, TKey>> key, Expression<Func<T3, TKey>> otherKey, Expression<Func<T3, bool>>? otherCondition = null)
            where T3 : class
        { b.Add(new JoinStep(JoinKind.Inner, typeof(T3), key, otherKey, otherCondition, null)); return new Pattern3<T1, T2, T3>(b); }

        public IPattern<T1, T2> Not<T3, TKey>(Expression<Func<T1, T2, TKey>> key, Expression<Func<T3, TKey>> otherKey, Expression<Func<T1, T2, T3, bool>>? condition = null)
            where T3 : class
        { b.Add(new JoinStep(JoinKind.Not, typeof(T3), key, otherKey, null, condition)); return this; }

        public IPattern<T1, T2> Exists<T3, TKey>(Expression<Func<T1, T2, TKey>> key, Expression<Func<T3, TKey>> otherKey, Expression<Func<T1, T2, T3, bool>>? condition = null)
            where T3 : class
        { b.Add(new JoinStep(JoinKind.Exists, typeof(T3), key, otherKey, null, condition)); return this; }

        public IGroupPattern<TKey, (T1, T2)> GroupBy<TKey>(Expression<Func<T1, T2, TKey>> key)
        { b.Add(new GroupStep(key, typeof(TKey), typeof((T1, T2)))); return new GroupPattern<TKey, (T1, T2)>(b); }

        public IRuleEnd Derive<TFact>(Expression<Func<T1, T2, TFact>> selector) where TFact : class => b.End(new DeriveAction(typeof(TFact), selector));

        public IRuleEnd Reason(Expression<Func<T1, T2, Subject>> subject, double weight, Expression<Func<T1, T2, decimal?>>? amount = null) =>
            b.End(RuleBuilder.Reason(subject, weight, amount));
    }

    private sealed class Pattern3<T1, T2, T3>(RuleBuilder b) : IPattern<T1, T2, T3>
    {
        public IPattern<T1, T2, T3> Where(Expression<Func<T1, T2, T3, bool>> predicate) { b.Add(new FilterStep(predicate)); return this; }

        public IPattern<T1, T2, T3, T4> Join<T4, TKey>(Expression<Func<T1, T2, T3, TKey>> key, Expression<Func<T4, TKey>> otherKey, Expression<Func<T4, bool>>? otherCondition = null)
            where T4 : class
        { b.Add(new JoinStep(JoinKind.Inner, typeof(T4), key, otherKey, otherCondition, null)); return new Pattern4<T1, T2, T3, T4>(b); }

        public IPattern<T1, T2, T3> Not<T4, TKey>(Expression<Func<T1, T2, T3, TKey>> key, Expression<Func<T4, TKey>> otherKey, Expression<Func<T1, T2, T3, T4, bool>>? condition = null)
            where T4 : class
        { b.Add(new JoinStep(JoinKind.Not, typeof(T4), key, otherKey, null, condition)); return this; }

        public IPattern<T1, T2, T3> Exists<T4, TKey>(Expression<Func<T1, T2, T3, TKey>> key, Expression<Func<T4, TKey>> otherKey, Expression<Func<T1, T2, T3, T4, bool>>? condition = null)
            where T4 : class
        { b.Add(new JoinStep(JoinKind.Exists, typeof(T4), key, otherKey, null, condition)); return this; }

        public IGroupPattern<TKey, (T1, T2, T3)> GroupBy<TKey>(Expression<Func<T1, T2, T3, TKey>> key)
        { b.Add(new GroupStep(key, typeof(TKey), typeof((T1, T2, T3)))); return new GroupPattern<TKey, (T1, T2, T3)>(b); }

        public IRuleEnd Derive<TFact>(Expression<Func<T1, T2, T3, TFact>> selector) where TFact : class => b.End(new DeriveAction(typeof(TFact), selector));

        public IRuleEnd Reason(Expression<Func<T1, T2, T3, Subject>> subject, double weight, Expression<Func<T1, T2, T3, decimal?>>? amount = null) =>
            b.End(RuleBuilder.Reason(subject, weight, amount));
    }

    private sealed class Pattern4<T1, T2, T3, T4>(RuleBuilder b) : IPattern<T1, T2, T3, T4>
    {
        public IPattern<T1, T2, T3, T4> Where(Expression<Func<T1, T2, T3, T4, bool>> predicate) { b.Add(new FilterStep(predicate)); return this; }

        public IPattern<T1, T2, T3, T4> Not<T5, TKey>(Expression<Func<T1, T2, T3, T4, TKey>> key, Expression<Func<T5, TKey>> otherKey, Expression<Func<T1, T2, T3, T4, T5, bool>>? condition = null)
            where T5 : class
        { b.Add(new JoinStep(JoinKind.Not, typeof(T5), key, otherKey, null, condition)); return this; }

        public IPattern<T1, T2, T3, T4> Exists<T5, TKey>(Expression<Func<T1, T2, T3, T4, TKey>> key, Expression<Func<T5, TKey>> otherKey, Expression<Func<T1, T2, T3, T4, T5, bool>>? condition = null)
            where T5 : class
        { b.Add(new JoinStep(JoinKind.Exists, typeof(T5), key, otherKey, null, condition)); return this; }

        public IGroupPattern<TKey, (T1, T2, T3, T4)> GroupBy<TKey>(Expression<Func<T1, T2, T3, T4, TKey>> key)
        { b.Add(new GroupStep(key, typeof(TKey), typeof((T1, T2, T3, T4)))); return new GroupPattern<TKey, (T1, T2, T3, T4)>(b); }

        public IRuleEnd Derive<TFact>(Expression<Func<T1, T2, T3, T4, TFact>> selector) where TFact : class => b.End(new DeriveAction(typeof(TFact), selector));

        public IRuleEnd Reason(Expression<Func<T1, T2, T3, T4, Subject>> subject, double weight, Expression<Func<T1, T2, T3, T4, decimal?>>? amount = null) =>
            b.End(RuleBuilder.Reason(subject, weight, amount));
    }

    private sealed class GroupPattern<TKey, TItem>(RuleBuilder b) : IGroupPattern<TKey, TItem>
    {
        public IGroupPattern<TKey, TItem> Having(Expression<Func<IFactGroup<TKey, TItem>, bool>> predicate) { b.Add(new FilterStep(predicate)); return this; }

        public IRuleEnd Derive<TFact>(Expression<Func<IFactGroup<TKey, TItem>, TFact>> selector) where TFact : class => b.End(new DeriveAction(typeof(TFact), selector));

        public IRuleEnd Reason(Expression<Func<IFactGroup<TKey, TItem>, Subject>> subject, double weight, Expression<Func<IFactGroup<TKey, TItem>, decimal?>>? amount = null) =>
            b.End(RuleBuilder.Reason(subject, weight, amount));
    }
}
