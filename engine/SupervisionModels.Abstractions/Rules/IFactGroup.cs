namespace SupervisionModels.Rules;

/// <summary>A group of matches sharing a key, produced by <c>GroupBy</c>; LINQ's Count, Sum, Select… work on it.</summary>
/// <typeparam name="TKey">The grouping key.</typeparam>
/// <typeparam name="TItem">The grouped fact, or a value tuple of the joined facts.</typeparam>
public interface IFactGroup<out TKey, out TItem> : IReadOnlyList<TItem>
{
    /// <summary>The key shared by the group's items.</summary>
    TKey Key { get; }
}
