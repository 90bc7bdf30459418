using System.Collections;
using SupervisionModels.Rules;

namespace SupervisionModels.Runtime.Execution;

/// <summary>The engine's side of a group: the lineage of its members.</summary>
internal interface ILineageCarrier
{
    Lineage Lineage { get; }
}

/// <summary>A group of matches sharing a key.</summary>
internal sealed class FactGroup<TKey, TItem>(TKey key, TItem[] items, Lineage lineage) : IFactGroup<TKey, TItem>, ILineageCarrier
{
    public TKey Key { get; } = key;

    public Lineage Lineage { get; } = lineage;

    public int Count => items.Length;

    public TItem this[int index] => items[index];

    public IEnumerator<TItem> GetEnumerator() => ((IEnumerable<TItem>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    /// <summary>Creates a group from binding rows; called through a delegate made once per group step.</summary>
    public static object Create(TKey key, List<object[]> rows, Func<object[], object> item, Lineage lineage)
    {
        var array = new TItem[rows.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = (TItem)item(rows[i]);
        }

        return new FactGroup<TKey, TItem>(key, array, lineage);
    }
}
