using System.Linq.Expressions;

namespace SupervisionModels.Declarative.Expressions;

/// <summary>
/// Rewrites an expression over the facts bound before a group into one over a group item: the item itself when one
/// fact was bound, else the value tuple's ItemN for the Nth fact (as the engine groups joined facts).
/// </summary>
public sealed class ItemAccess : ExpressionVisitor
{
    private readonly Dictionary<ParameterExpression, Expression> _replacements;

    private ItemAccess(Dictionary<ParameterExpression, Expression> replacements)
    {
        _replacements = replacements;
    }

    /// <summary>The item type of a group over <paramref name="facts"/>: the fact's type, or a value tuple of them.</summary>
    public static Type ItemType(IReadOnlyList<BoundFact> facts) => facts.Count switch
    {
        1 => facts[0].Shape.Type,
        2 => typeof(ValueTuple<,>).MakeGenericType(facts[0].Shape.Type, facts[1].Shape.Type),
        3 => typeof(ValueTuple<,,>).MakeGenericType(facts[0].Shape.Type, facts[1].Shape.Type, facts[2].Shape.Type),
        _ => typeof(ValueTuple<,,,>).MakeGenericType(facts[0].Shape.Type, facts[1].Shape.Type, facts[2].Shape.Type, facts[3].Shape.Type),
    };

    /// <summary><paramref name="body"/> with each fact parameter replaced by its place in <paramref name="item"/>.</summary>
    public static Expression Rewrite(Expression body, IReadOnlyList<BoundFact> facts, ParameterExpression item)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var replacements = facts.Count == 1
            ? new Dictionary<ParameterExpression, Expression> { [facts[0].Parameter] = item }
            : facts.Select((f, i) => (f.Parameter, (Expression)Expression.Field(item, $"Item{i + 1}"))).ToDictionary(x => x.Parameter, x => x.Item2);
        return new ItemAccess(replacements).Visit(body);
    }

    /// <inheritdoc/>
    protected override Expression VisitParameter(ParameterExpression node) =>
        _replacements.TryGetValue(node, out var replacement) ? replacement : base.VisitParameter(node);
}
