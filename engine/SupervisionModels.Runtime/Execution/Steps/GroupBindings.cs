using SupervisionModels.Rules.Model;

namespace SupervisionModels.Runtime.Execution.Steps;

/// <summary>
/// Groups the bindings by key, in order of first appearance; after it the rule binds one
/// <see cref="FactGroup{TKey,TItem}"/> per key. Bindings with a null key (<see cref="JoinKey.IsNull"/>) are dropped.
/// </summary>
internal sealed class GroupBindings<TKey, TItem> : CompiledStep
    where TKey : notnull
{
    private readonly Func<object[], TKey> _key;
    private readonly Func<object[], object> _item;

    /// <param name="step">The group step.</param>
    /// <param name="arity">How many facts each binding holds: a group item is the single fact, or a value tuple of them.</param>
    public GroupBindings(GroupStep step, int arity)
    {
        _key = BindingCompiler.OverRow<TKey>(step.Key);
        _item = BindingCompiler.ItemFactory(step.ItemType, arity);
    }

    public override List<object[]> Apply(List<object[]> rows, ModelExecution model, CancellationToken cancellationToken)
    {
        var groups = new Dictionary<TKey, List<object[]>>();
        var order = new List<TKey>();
        foreach (var row in rows)
        {
            var k = _key(row);
            if (JoinKey.IsNull(k))
            {
                continue;
            }

            if (!groups.TryGetValue(k, out var members))
            {
                groups[k] = members = [];
                order.Add(k);
            }

            members.Add(row);
        }

        var result = new List<object[]>(order.Count);
        foreach (var k in order)
        {
            var members = groups[k];
            result.Add([FactGroup<TKey, TItem>.Create(k, members, _item, () => Lineage.Union(members.Select(model.LineageOf)))]);
        }

        return result;
    }
}
