using System.Reflection;
using SupervisionModels.Rules;

namespace SupervisionModels.Declarative.Compilation;

/// <summary>
/// Hands a <see cref="PlannedRule"/> to the public fluent API (<see cref="IRuleBuilder"/>), closing each generic
/// method on the fact and key types the model file named: the engine's builder then records exactly the steps a C#
/// model writing the same lambdas would, so no engine internals are needed. Reflection runs once per rule and run,
/// while the model initialises; the rules themselves run as the compiled delegates of any model.
/// </summary>
public static class FluentRules
{
    /// <summary>Defines <paramref name="rule"/> on <paramref name="builder"/>.</summary>
    public static IRuleEnd Define(IRuleBuilder builder, PlannedRule rule)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(rule);
        var pattern = Invoke(typeof(IRuleBuilder).GetMethod(nameof(IRuleBuilder.Match))!.MakeGenericMethod(rule.MatchType), builder, rule.MatchCondition);
        var bound = new List<Type> { rule.MatchType };
        foreach (var step in rule.Steps)
        {
            var api = PatternInterface(bound);
            switch (step)
            {
                case PlannedWhere w:
                    pattern = Invoke(api.GetMethod("Where")!, pattern, w.Predicate);
                    break;
                case PlannedText t:
                    pattern = Invoke(api.GetMethod("WhereText")!, pattern, t.Text, t.Keywords, t.Options);
                    break;
                case PlannedJoin j:
                    var name = j.Kind switch
                    {
                        PlannedJoinKind.Inner => "Join",
                        PlannedJoinKind.Not => "Not",
                        _ => "Exists",
                    };
                    pattern = Invoke(api.GetMethod(name)!.MakeGenericMethod(j.FactType, j.KeyType), pattern, j.Key, j.OtherKey, j.Condition);
                    if (j.Kind == PlannedJoinKind.Inner)
                    {
                        bound.Add(j.FactType);
                    }

                    break;
            }
        }

        var end = PatternInterface(bound);
        if (rule.Group is { } group)
        {
            pattern = Invoke(end.GetMethod("GroupBy")!.MakeGenericMethod(group.KeyType), pattern, group.Key);
            end = typeof(IGroupPattern<,>).MakeGenericType(group.KeyType, group.ItemType);
            if (group.Having is { } having)
            {
                pattern = Invoke(end.GetMethod("Having")!, pattern, having);
            }
        }

        return (IRuleEnd)(rule.Action switch
        {
            PlannedDerive d => Invoke(end.GetMethod("Derive")!.MakeGenericMethod(d.FactType), pattern, d.Selector),
            PlannedReason r => Invoke(end.GetMethod("Reason")!, pattern, r.Subject, r.Weight, r.Amount),
            _ => throw new InvalidOperationException($"Rule {rule.Id}: unknown action {rule.Action.GetType().Name}."),
        });
    }

    /// <summary>IPattern&lt;T1…Tn&gt; of the bound fact types.</summary>
    public static Type PatternInterface(IReadOnlyList<Type> bound) => bound.Count switch
    {
        1 => typeof(IPattern<>).MakeGenericType([.. bound]),
        2 => typeof(IPattern<,>).MakeGenericType([.. bound]),
        3 => typeof(IPattern<,,>).MakeGenericType([.. bound]),
        4 => typeof(IPattern<,,,>).MakeGenericType([.. bound]),
        _ => throw new InvalidOperationException($"A rule binds at most four facts; this one binds {bound.Count}."),
    };

    private static object Invoke(MethodInfo method, object target, params object?[] arguments) =>
        method.Invoke(target, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null)
        ?? throw new InvalidOperationException($"{method.Name} returned null.");
}
