using SupervisionModels.Entities;
using SupervisionModels.Rules.Model;

namespace SupervisionModels.Runtime.Execution.Steps;

/// <summary>
/// An equality join (inner, <c>Not</c> or <c>Exists</c>) of the bindings with the facts of another type, through a
/// <see cref="HashIndex{TKey}"/> on one side, so nothing loops over two large sets. Output keeps the order of the
/// bindings, then of the other facts, whichever side is indexed, so results do not depend on sizes.
/// </summary>
internal sealed class HashJoin<TKey> : CompiledStep
    where TKey : notnull
{
    private readonly JoinKind _kind;
    private readonly Type _factType;
    private readonly Func<object[], TKey> _leftKey;
    private readonly Func<object, TKey> _rightKey;
    private readonly Func<object, bool>? _rightCondition;
    private readonly Func<object[], object, bool>? _pairCondition;
    private readonly Func<object, EntityKey>? _entityKey;

    public HashJoin(JoinStep step)
    {
        _kind = step.Kind;
        _factType = step.FactType;
        _leftKey = BindingCompiler.OverRow<TKey>(step.LeftKey);
        _rightKey = BindingCompiler.OverFact<TKey>(step.RightKey);
        _rightCondition = step.RightCondition is null ? null : BindingCompiler.OverFact<bool>(step.RightCondition);
        _pairCondition = step.PairCondition is null ? null : BindingCompiler.OverRowAndFact(step.PairCondition);
        if (typeof(TKey) == typeof(EntityKey) && step.Kind == JoinKind.Inner)
        {
            _entityKey = BindingCompiler.OverFact<EntityKey>(step.RightKey);
        }
    }

    public override List<object[]> Apply(List<object[]> rows, ModelExecution model, CancellationToken cancellationToken)
    {
        var others = model.Facts(_factType);
        var candidates = _rightCondition is null ? others : others.Where(_rightCondition).ToList();

        // Index the smaller side; only an inner join may index the bindings (Not and Exists keep or drop whole ones).
        var result = _kind == JoinKind.Inner && rows.Count * 4 < candidates.Count
            ? JoinIndexingBindings(rows, candidates, cancellationToken)
            : JoinIndexingOthers(rows, candidates, cancellationToken);

        if (_entityKey is not null)
        {
            // The evidence says how each record joined through an entity key was tied: by identifier or by name only.
            foreach (var row in result)
            {
                var fact = row[^1];
                model.NoteMatch(fact, _entityKey(fact).Kind);
            }
        }

        return result;
    }

    private List<object[]> JoinIndexingOthers(List<object[]> rows, IReadOnlyList<object> candidates, CancellationToken cancellationToken)
    {
        var index = HashIndex<TKey>.Build(candidates, _rightKey);
        var result = new List<object[]>(_kind == JoinKind.Inner ? rows.Count : rows.Count / 2);
        for (var r = 0; r < rows.Count; r++)
        {
            if ((r & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var row = rows[r];
            var found = false;
            for (var i = index.First(_leftKey(row)); i >= 0; i = index.Next(i))
            {
                if (_pairCondition is not null && !_pairCondition(row, candidates[i]))
                {
                    continue;
                }

                found = true;
                if (_kind != JoinKind.Inner)
                {
                    break;
                }

                result.Add(Extend(row, candidates[i]));
            }

            if ((_kind == JoinKind.Not && !found) || (_kind == JoinKind.Exists && found))
            {
                result.Add(row);
            }
        }

        return result;
    }

    private List<object[]> JoinIndexingBindings(List<object[]> rows, IReadOnlyList<object> others, CancellationToken cancellationToken)
    {
        var index = HashIndex<TKey>.Build(rows, _leftKey);
        var pairs = new List<(int Left, int Right)>();
        for (var o = 0; o < others.Count; o++)
        {
            if ((o & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            for (var i = index.First(_rightKey(others[o])); i >= 0; i = index.Next(i))
            {
                pairs.Add((i, o));
            }
        }

        // Back to binding order, then the other facts' order (pairs of one binding are already in that order).
        var ordered = pairs.OrderBy(p => p.Left);
        return ordered.Select(p => Extend(rows[p.Left], others[p.Right])).ToList();
    }

    private static object[] Extend(object[] row, object fact)
    {
        var extended = new object[row.Length + 1];
        row.CopyTo(extended, 0);
        extended[row.Length] = fact;
        return extended;
    }
}
