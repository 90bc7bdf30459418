using System.Runtime.CompilerServices;
using SupervisionModels.Entities;

namespace SupervisionModels.Runtime.Execution;

/// <summary>
/// The one hash index behind every equality join, negation and existence test: the positions of a list's items by
/// key. Null keys (see <see cref="JoinKey.IsNull"/>) are never indexed and never found, as NULL never joins in SQL.
/// </summary>
/// <remarks>
/// A key's positions are chained (<c>head[key]</c> is the first, <c>next[i]</c> the one after <c>i</c>, −1 ends) rather
/// than kept in a list per key: two arrays' worth of memory however many keys, and the positions come back in list
/// order, so a join's output does not depend on which side was indexed.
/// </remarks>
internal sealed class HashIndex<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> _head;
    private readonly int[] _next;

    private HashIndex(Dictionary<TKey, int> head, int[] next)
    {
        _head = head;
        _next = next;
    }

    /// <summary>Indexes <paramref name="items"/> by <paramref name="key"/>.</summary>
    public static HashIndex<TKey> Build<T>(IReadOnlyList<T> items, Func<T, TKey> key)
    {
        var head = new Dictionary<TKey, int>(items.Count);
        var next = new int[items.Count];
        for (var i = items.Count - 1; i >= 0; i--)
        {
            var k = key(items[i]);
            if (JoinKey.IsNull(k))
            {
                continue;
            }

            next[i] = head.TryGetValue(k, out var first) ? first : -1;
            head[k] = i;
        }

        return new HashIndex<TKey>(head, next);
    }

    /// <summary>The position of the first item with <paramref name="key"/>, or −1 when there is none.</summary>
    public int First(TKey key) => !JoinKey.IsNull(key) && _head.TryGetValue(key, out var first) ? first : -1;

    /// <summary>The position of the next item with the same key as the item at <paramref name="position"/>, or −1.</summary>
    public int Next(int position) => _next[position];
}

/// <summary>What counts as no key for joins and groups.</summary>
internal static class JoinKey
{
    /// <summary>Null, empty strings, empty entity keys, and tuples with such a part never join or group (as NULL in SQL).</summary>
    public static bool IsNull<TKey>(TKey key)
    {
        switch (key)
        {
            case null:
                return true;
            case string s:
                return s.Length == 0;
            case EntityKey e:
                return e.IsEmpty;
            case ITuple t:
                for (var i = 0; i < t.Length; i++)
                {
                    if (t[i] is null or "" || (t[i] is EntityKey { IsEmpty: true }))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }
}
