using System.Collections;
using SupervisionModels.Rules;

namespace SupervisionModels.Runtime.Execution;

/// <summary>The engine's side of a group: the lineage of its members.</summary>
internal interface ILineageCarrier
{
    Lineage Lineage { get; }
}

/// <summary>A group of matches sharing a key.</summary>
/// <remarks>
/// The lineage is merged on first use, within the rule that made the group: most groups fail their Having (R1 of SM0001
/// groups 255 k plaintiff facts by plaintiff and keeps 34 k), and merging the evidence of dropped groups is waste.
/// </remarks>
internal sealed class FactGroup<TKey, TItem>(TKey key, TItem[] items, Func<Lineage> lineage) : IFactGroup<TKey, TItem>, ILineageCarrier
{
    private readonly Lazy<Lineage> _lineage = new(lineage, LazyThreadSafetyMode.None);

    public TKey Key { get; } = key;

    public Lineage Lineage => _lineage.Value;

    public int Count => items.Length;

    public TItem this[int index] => items[index];

    public IEnumerator<TItem> GetEnumerator() => ((IEnumerable<TItem>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    /// <summary>Creates a group from binding rows.</summary>
    public static FactGroup<TKey, TItem> Create(TKey key, List<object[]> rows, Func<object[], object> item, Func<Lineage> lineage)
    {
        var array = new TItem[rows.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = (TItem)item(rows[i]);
        }

        return new FactGroup<TKey, TItem>(key, array, lineage);
    }
}
