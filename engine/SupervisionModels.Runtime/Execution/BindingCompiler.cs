using System.Linq.Expressions;

namespace SupervisionModels.Runtime.Execution;

/// <summary>
/// Compiles a rule's typed lambdas (T1, …, Tn) ⇒ R into delegates over the engine's untyped binding rows
/// (<c>object[]</c>, one slot per bound fact), once per rule, so the hot loops call plain delegates with no reflection.
/// </summary>
internal static class BindingCompiler
{
    /// <summary>Compiles a lambda over n bound facts into <c>Func&lt;object[], TResult&gt;</c>.</summary>
    public static Func<object[], TResult> OverRow<TResult>(LambdaExpression lambda)
    {
        var row = Expression.Parameter(typeof(object[]), "row");
        var replacements = new Dictionary<ParameterExpression, Expression>();
        for (var i = 0; i < lambda.Parameters.Count; i++)
        {
            var p = lambda.Parameters[i];
            replacements[p] = Expression.Convert(Expression.ArrayIndex(row, Expression.Constant(i)), p.Type);
        }

        var body = new ParameterReplacer(replacements).Visit(lambda.Body);
        return Expression.Lambda<Func<object[], TResult>>(Coerce(body, typeof(TResult)), row).Compile();
    }

    /// <summary>Compiles a lambda over one fact into <c>Func&lt;object, TResult&gt;</c>.</summary>
    public static Func<object, TResult> OverFact<TResult>(LambdaExpression lambda)
    {
        if (lambda.Parameters.Count != 1)
        {
            throw new ArgumentException("Expected a lambda over one fact.", nameof(lambda));
        }

        var fact = Expression.Parameter(typeof(object), "fact");
        var p = lambda.Parameters[0];
        var body = new ParameterReplacer(new() { [p] = Expression.Convert(fact, p.Type) }).Visit(lambda.Body);
        return Expression.Lambda<Func<object, TResult>>(Coerce(body, typeof(TResult)), fact).Compile();
    }

    /// <summary>Compiles a lambda over the bound facts followed by one more fact (the pair conditions of Not/Exists).</summary>
    public static Func<object[], object, bool> OverRowAndFact(LambdaExpression lambda)
    {
        var row = Expression.Parameter(typeof(object[]), "row");
        var fact = Expression.Parameter(typeof(object), "fact");
        var replacements = new Dictionary<ParameterExpression, Expression>();
        var n = lambda.Parameters.Count - 1;
        for (var i = 0; i < n; i++)
        {
            var p = lambda.Parameters[i];
            replacements[p] = Expression.Convert(Expression.ArrayIndex(row, Expression.Constant(i)), p.Type);
        }

        replacements[lambda.Parameters[n]] = Expression.Convert(fact, lambda.Parameters[n].Type);
        var body = new ParameterReplacer(replacements).Visit(lambda.Body);
        return Expression.Lambda<Func<object[], object, bool>>(Coerce(body, typeof(bool)), row, fact).Compile();
    }

    /// <summary>A factory building the value tuple (or the single fact) that a group item is, from a binding row.</summary>
    public static Func<object[], object> ItemFactory(Type itemType, int arity)
    {
        if (arity == 1)
        {
            return row => row[0];
        }

        var row = Expression.Parameter(typeof(object[]), "row");
        var args = itemType.GetGenericArguments()
            .Select((t, i) => (Expression)Expression.Convert(Expression.ArrayIndex(row, Expression.Constant(i)), t))
            .ToArray();
        var ctor = itemType.GetConstructor(itemType.GetGenericArguments())
            ?? throw new InvalidOperationException($"{itemType} has no element constructor.");
        return Expression.Lambda<Func<object[], object>>(Expression.Convert(Expression.New(ctor, args), typeof(object)), row).Compile();
    }

    private static Expression Coerce(Expression body, Type type) => body.Type == type ? body : Expression.Convert(body, type);

    private sealed class ParameterReplacer(Dictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            replacements.TryGetValue(node, out var replacement) ? replacement : node;
    }
}
