using System.Linq.Expressions;

namespace SupervisionModels.Rules;

/// <summary>Starts a rule: which facts it matches first.</summary>
public interface IRuleBuilder
{
    /// <summary>
    /// Matches every fact of type <typeparamref name="T"/> — a dataset record (a class marked with
    /// <see cref="Facts.DatasetAttribute"/>) or a fact derived by another rule — that satisfies
    /// <paramref name="condition"/>.
    /// </summary>
    IPattern<T> Match<T>(Expression<Func<T, bool>>? condition = null) where T : class;
}

/// <summary>The end of a rule definition; returned by the actions.</summary>
public interface IRuleEnd;

/// <summary>A rule with one bound fact.</summary>
public interface IPattern<T1>
{
    /// <summary>Keeps the facts that satisfy <paramref name="predicate"/>.</summary>
    IPattern<T1> Where(Expression<Func<T1, bool>> predicate);

    /// <summary>
    /// Keeps the facts whose text contains a keyword of <paramref name="keywords"/> (all terms in one pass; the hits'
    /// positions become evidence excerpts). With <paramref name="options"/>, a registered text classifier may add
    /// texts that miss the keywords and demote hits in the wrong context.
    /// </summary>
    IPattern<T1> WhereText(Expression<Func<T1, string?>> text, KeywordSet keywords, TextOptions? options = null);

    /// <summary>Joins facts of <typeparamref name="T2"/> whose <paramref name="otherKey"/> equals <paramref name="key"/> (hash join).</summary>
    IPattern<T1, T2> Join<T2, TKey>(Expression<Func<T1, TKey>> key, Expression<Func<T2, TKey>> otherKey, Expression<Func<T2, bool>>? otherCondition = null)
        where T2 : class;

    /// <summary>Keeps the facts for which no <typeparamref name="T2"/> has an equal key (and satisfies <paramref name="condition"/>).</summary>
    IPattern<T1> Not<T2, TKey>(Expression<Func<T1, TKey>> key, Expression<Func<T2, TKey>> otherKey, Expression<Func<T1, T2, bool>>? condition = null)
        where T2 : class;

    /// <summary>Keeps the facts for which at least one <typeparamref name="T2"/> has an equal key (and satisfies <paramref name="condition"/>).</summary>
    IPattern<T1> Exists<T2, TKey>(Expression<Func<T1, TKey>> key, Expression<Func<T2, TKey>> otherKey, Expression<Func<T1, T2, bool>>? condition = null)
        where T2 : class;

    /// <summary>Groups the facts by <paramref name="key"/>; null or empty keys form no group.</summary>
    IGroupPattern<TKey, T1> GroupBy<TKey>(Expression<Func<T1, TKey>> key);

    /// <summary>Inserts one derived fact per binding.</summary>
    IRuleEnd Derive<TFact>(Expression<Func<T1, TFact>> selector) where TFact : class;

    /// <summary>Adds this rule's reason, with its weight, to the lead about the binding's subject.</summary>
    IRuleEnd Reason(Expression<Func<T1, Subject>> subject, double weight, Expression<Func<T1, decimal?>>? amount = null);
}

/// <summary>A rule with two bound facts.</summary>
public interface IPattern<T1, T2>
{
    /// <summary>Keeps the bindings that satisfy <paramref name="predicate"/>.</summary>
    IPattern<T1, T2> Where(Expression<Func<T1, T2, bool>> predicate);

    /// <summary>Joins a third fact on equal keys (hash join).</summary>
    IPattern<T1, T2, T3> Join<T3, TKey>(Expression<Func<T1, T2, TKey>> key, Expression<Func<T3, TKey>> otherKey, Expression<Func<T3, bool>>? otherCondition = null)
        where T3 : class;

    /// <summary>Keeps the bindings for which no <typeparamref name="T3"/> has an equal key.</summary>
    IPattern<T1, T2> Not<T3, TKey>(Expression<Func<T1, T2, TKey>> key, Expression<Func<T3, TKey>> otherKey, Expression<Func<T1, T2, T3, bool>>? condition = null)
        where T3 : class;

    /// <summary>Keeps the bindings for which some <typeparamref name="T3"/> has an equal key.</summary>
    IPattern<T1, T2> Exists<T3, TKey>(Expression<Func<T1, T2, TKey>> key, Expression<Func<T3, TKey>> otherKey, Expression<Func<T1, T2, T3, bool>>? condition = null)
        where T3 : class;

    /// <summary>Groups the bindings by <paramref name="key"/>.</summary>
    IGroupPattern<TKey, (T1, T2)> GroupBy<TKey>(Expression<Func<T1, T2, TKey>> key);

    /// <summary>Inserts one derived fact per binding.</summary>
    IRuleEnd Derive<TFact>(Expression<Func<T1, T2, TFact>> selector) where TFact : class;

    /// <summary>Adds this rule's reason to the lead about the binding's subject.</summary>
    IRuleEnd Reason(Expression<Func<T1, T2, Subject>> subject, double weight, Expression<Func<T1, T2, decimal?>>? amount = null);
}

/// <summary>A rule with three bound facts.</summary>
public interface IPattern<T1, T2, T3>
{
    /// <summary>Keeps the bindings that satisfy <paramref name="predicate"/>.</summary>
    IPattern<T1, T2, T3> Where(Expression<Func<T1, T2, T3, bool>> predicate);

    /// <summary>Joins a fourth fact on equal keys (hash join).</summary>
    IPattern<T1, T2, T3, T4> Join<T4, TKey>(Expression<Func<T1, T2, T3, TKey>> key, Expression<Func<T4, TKey>> otherKey, Expression<Func<T4, bool>>? otherCondition = null)
        where T4 : class;

    /// <summary>Keeps the bindings for which no <typeparamref name="T4"/> has an equal key.</summary>
    IPattern<T1, T2, T3> Not<T4, TKey>(Expression<Func<T1, T2, T3, TKey>> key, Expression<Func<T4, TKey>> otherKey, Expression<Func<T1, T2, T3, T4, bool>>? condition = null)
        where T4 : class;

    /// <summary>Keeps the bindings for which some <typeparamref name="T4"/> has an equal key.</summary>
    IPattern<T1, T2, T3> Exists<T4, TKey>(Expression<Func<T1, T2, T3, TKey>> key, Expression<Func<T4, TKey>> otherKey, Expression<Func<T1, T2, T3, T4, bool>>? condition = null)
        where T4 : class;

    /// <summary>Groups the bindings by <paramref name="key"/>.</summary>
    IGroupPattern<TKey, (T1, T2, T3)> GroupBy<TKey>(Expression<Func<T1, T2, T3, TKey>> key);

    /// <summary>Inserts one derived fact per binding.</summary>
    IRuleEnd Derive<TFact>(Expression<Func<T1, T2, T3, TFact>> selector) where TFact : class;

    /// <summary>Adds this rule's reason to the lead about the binding's subject.</summary>
    IRuleEnd Reason(Expression<Func<T1, T2, T3, Subject>> subject, double weight, Expression<Func<T1, T2, T3, decimal?>>? amount = null);
}

/// <summary>A rule with four bound facts.</summary>
public interface IPattern<T1, T2, T3, T4>
{
    /// <summary>Keeps the bindings that satisfy <paramref name="predicate"/>.</summary>
    IPattern<T1, T2, T3, T4> Where(Expression<Func<T1, T2, T3, T4, bool>> predicate);

    /// <summary>Keeps the bindings for which no <typeparamref name="T5"/> has an equal key.</summary>
    IPattern<T1, T2, T3, T4> Not<T5, TKey>(Expression<Func<T1, T2, T3, T4, TKey>> key, Expression<Func<T5, TKey>> otherKey, Expression<Func<T1, T2, T3, T4, T5, bool>>? condition = null)
        where T5 : class;

    /// <summary>Keeps the bindings for which some <typeparamref name="T5"/> has an equal key.</summary>
    IPattern<T1, T2, T3, T4> Exists<T5, TKey>(Expression<Func<T1, T2, T3, T4, TKey>> key, Expression<Func<T5, TKey>> otherKey, Expression<Func<T1, T2, T3, T4, T5, bool>>? condition = null)
        where T5 : class;

    /// <summary>Groups the bindings by <paramref name="key"/>.</summary>
    IGroupPattern<TKey, (T1, T2, T3, T4)> GroupBy<TKey>(Expression<Func<T1, T2, T3, T4, TKey>> key);

    /// <summary>Inserts one derived fact per binding.</summary>
    IRuleEnd Derive<TFact>(Expression<Func<T1, T2, T3, T4, TFact>> selector) where TFact : class;

    /// <summary>Adds this rule's reason to the lead about the binding's subject.</summary>
    IRuleEnd Reason(Expression<Func<T1, T2, T3, T4, Subject>> subject, double weight, Expression<Func<T1, T2, T3, T4, decimal?>>? amount = null);
}

/// <summary>A rule after <c>GroupBy</c>: it binds one group per key.</summary>
public interface IGroupPattern<TKey, TItem>
{
    /// <summary>Keeps the groups that satisfy <paramref name="predicate"/> (a count or sum threshold, say).</summary>
    IGroupPattern<TKey, TItem> Having(Expression<Func<IFactGroup<TKey, TItem>, bool>> predicate);

    /// <summary>Inserts one derived fact per group.</summary>
    IRuleEnd Derive<TFact>(Expression<Func<IFactGroup<TKey, TItem>, TFact>> selector) where TFact : class;

    /// <summary>Adds this rule's reason to the lead about the group's subject.</summary>
    IRuleEnd Reason(Expression<Func<IFactGroup<TKey, TItem>, Subject>> subject, double weight, Expression<Func<IFactGroup<TKey, TItem>, decimal?>>? amount = null);
}
