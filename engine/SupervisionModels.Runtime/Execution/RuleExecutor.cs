using System.Reflection;
using System.Runtime.CompilerServices;
using SupervisionModels.Entities;
using SupervisionModels.Rules;
using SupervisionModels.Rules.Model;
using SupervisionModels.Runtime.Text;

namespace SupervisionModels.Runtime.Execution;

/// <summary>
/// Evaluates one rule set-at-a-time: the whole set of bindings (one <c>object[]</c> row per match, a slot per bound
/// fact) flows through the steps. Every equality join and negation is a hash lookup; nothing loops over two large sets.
/// </summary>
internal static class RuleExecutor
{
    private static readonly MethodInfo JoinMethod = typeof(RuleExecutor).GetMethod(nameof(Join), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo GroupMethod = typeof(RuleExecutor).GetMethod(nameof(Group), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Runs <paramref name="rule"/> and applies its action; returns the number of final bindings.</summary>
    public static int Run(RuleDefinition rule, ModelExecution model, CancellationToken cancellationToken)
    {
        model.BeginRule();
        List<object[]> rows = [];
        var arity = 0;
        foreach (var step in rule.Steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (step)
            {
                case MatchStep m:
                    rows = Match(m, model);
                    arity = 1;
                    break;
                case TextStep t:
                    rows = Text(t, rows, model);
                    break;
                case FilterStep f:
                    var predicate = BindingCompiler.OverRow<bool>(f.Predicate);
                    rows = rows.FindAll(r => predicate(r));
                    break;
                case JoinStep j:
                    var keyType = j.RightKey.ReturnType;
                    rows = (List<object[]>)JoinMethod.MakeGenericMethod(keyType).Invoke(null, [j, rows, model.Facts(j.FactType), model, cancellationToken])!;
                    arity += j.Kind == JoinKind.Inner ? 1 : 0;
                    break;
                case GroupStep g:
                    rows = (List<object[]>)GroupMethod.MakeGenericMethod(g.KeyType).Invoke(null, [g, rows, arity, model])!;
                    arity = 1;
                    break;
                default:
                    throw new InvalidOperationException($"Unknown rule step {step.GetType().Name}.");
            }
        }

        switch (rule.Action)
        {
            case DeriveAction d:
                var selector = BindingCompiler.OverRow<object>(d.Selector);
                foreach (var row in rows)
                {
                    var fact = selector(row) ?? throw new ModelDefinitionException(rule.ModelId, rule.RuleId, "Derive returned null.");
                    model.AddDerived(d.FactType, fact, model.LineageOf(row));
                }

                break;
            case ReasonAction r:
                var subject = BindingCompiler.OverRow<Subject>(r.Subject);
                var amount = r.Amount is null ? null : BindingCompiler.OverRow<decimal?>(r.Amount);
                foreach (var row in rows)
                {
                    model.Leads.Add(rule, subject(row), amount?.Invoke(row), model.LineageOf(row));
                }

                break;
        }

        return rows.Count;
    }

    private static List<object[]> Match(MatchStep step, ModelExecution model)
    {
        var facts = model.Facts(step.FactType);
        var condition = step.Condition is null ? null : BindingCompiler.OverFact<bool>(step.Condition);
        var rows = new List<object[]>(condition is null ? facts.Count : Math.Min(facts.Count, 1024));
        foreach (var fact in facts)
        {
            if (condition is null || condition(fact))
            {
                rows.Add([fact]);
            }
        }

        return rows;
    }

    private static List<object[]> Text(TextStep step, List<object[]> rows, ModelExecution model)
    {
        var scanned = model.Store.ScanResults(step);
        if (scanned is not null)
        {
            var kept = new List<object[]>();
            foreach (var row in rows)
            {
                if (scanned.TryGetValue(row[0], out var match))
                {
                    model.NoteText(row[0], match);
                    kept.Add(row);
                }
            }

            return kept;
        }

        // A text that is not a dataset column (a derived fact's field, say): match it here with the same evaluator.
        var text = BindingCompiler.OverFact<string?>(step.Text);
        var matcher = new KeywordMatcher(step.Keywords.Terms);
        var classifier = step.Options is { Enabled: true } o ? model.Options.Classifiers.FirstOrDefault(c => c.Name == o.Classifier) : null;
        var result = new List<object[]>();
        foreach (var row in rows)
        {
            var value = text(row[0]);
            if (value is null)
            {
                continue;
            }

            var folded = matcher.NeedsFolding ? KeywordMatcher.Fold(value) : value;
            var match = TextEvaluator.Evaluate(folded, matcher.FindAll(folded), matcher.Terms, step.Options, classifier);
            if (match is not null)
            {
                model.NoteText(row[0], match);
                result.Add(row);
            }
        }

        return result;
    }

    /// <summary>
    /// An equality join, hash-indexed on the smaller side. Output keeps the order of the bindings, then of the other
    /// facts, whichever side is indexed, so results do not depend on sizes.
    /// </summary>
    private static List<object[]> Join<TKey>(JoinStep step, List<object[]> rows, IReadOnlyList<object> others, ModelExecution model, CancellationToken cancellationToken)
        where TKey : notnull
    {
        var result = JoinRows<TKey>(step, rows, others, cancellationToken);
        if (typeof(TKey) == typeof(EntityKey) && step.Kind == JoinKind.Inner)
        {
            var rightKey = BindingCompiler.OverFact<EntityKey>(step.RightKey);
            foreach (var row in result)
            {
                var fact = row[^1];
                model.NoteMatch(fact, rightKey(fact).Kind);
            }
        }

        return result;
    }

    private static List<object[]> JoinRows<TKey>(JoinStep step, List<object[]> rows, IReadOnlyList<object> others, CancellationToken cancellationToken)
        where TKey : notnull
    {
        var leftKey = BindingCompiler.OverRow<TKey>(step.LeftKey);
        var rightKey = BindingCompiler.OverFact<TKey>(step.RightKey);
        var rightCondition = step.RightCondition is null ? null : BindingCompiler.OverFact<bool>(step.RightCondition);
        var pairCondition = step.PairCondition is null ? null : BindingCompiler.OverRowAndFact(step.PairCondition);
        var candidates = rightCondition is null ? others : others.Where(rightCondition).ToList();

        if (step.Kind == JoinKind.Inner && rows.Count * 4 < candidates.Count)
        {
            return JoinIndexingLeft(rows, candidates, leftKey, rightKey, cancellationToken);
        }

        // Index the other side: head[key] is its first fact's position, next[i] chains further facts with that key.
        var head = new Dictionary<TKey, int>(candidates.Count);
        var next = new int[candidates.Count];
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            var key = rightKey(candidates[i]);
            if (IsNullKey(key))
            {
                continue;
            }

            next[i] = head.TryGetValue(key, out var first) ? first : -1;
            head[key] = i;
        }

        var result = new List<object[]>(step.Kind == JoinKind.Inner ? rows.Count : rows.Count / 2);
        for (var r = 0; r < rows.Count; r++)
        {
            if ((r & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var row = rows[r];
            var key = leftKey(row);
            var found = false;
            if (!IsNullKey(key) && head.TryGetValue(key, out var i))
            {
                for (; i >= 0; i = next[i])
                {
                    if (pairCondition is not null && !pairCondition(row, candidates[i]))
                    {
                        continue;
                    }

                    found = true;
                    if (step.Kind != JoinKind.Inner)
                    {
                        break;
                    }

                    result.Add(Extend(row, candidates[i]));
                }
            }

            if ((step.Kind == JoinKind.Not && !found) || (step.Kind == JoinKind.Exists && found))
            {
                result.Add(row);
            }
        }

        return result;
    }

    private static List<object[]> JoinIndexingLeft<TKey>(
        List<object[]> rows, IReadOnlyList<object> others, Func<object[], TKey> leftKey, Func<object, TKey> rightKey, CancellationToken cancellationToken)
        where TKey : notnull
    {
        var head = new Dictionary<TKey, int>(rows.Count);
        var next = new int[rows.Count];
        for (var i = rows.Count - 1; i >= 0; i--)
        {
            var key = leftKey(rows[i]);
            if (IsNullKey(key))
            {
                continue;
            }

            next[i] = head.TryGetValue(key, out var first) ? first : -1;
            head[key] = i;
        }

        var pairs = new List<(int Left, int Right)>();
        for (var o = 0; o < others.Count; o++)
        {
            if ((o & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var key = rightKey(others[o]);
            if (IsNullKey(key) || !head.TryGetValue(key, out var i))
            {
                continue;
            }

            for (; i >= 0; i = next[i])
            {
                pairs.Add((i, o));
            }
        }

        // Back to binding order, then the other facts' order (pairs of one binding are already in that order).
        var ordered = pairs.OrderBy(p => p.Left);
        return ordered.Select(p => Extend(rows[p.Left], others[p.Right])).ToList();
    }

    private static List<object[]> Group<TKey>(GroupStep step, List<object[]> rows, int arity, ModelExecution model)
        where TKey : notnull
    {
        var key = BindingCompiler.OverRow<TKey>(step.Key);
        var groups = new Dictionary<TKey, List<object[]>>();
        var order = new List<TKey>();
        foreach (var row in rows)
        {
            var k = key(row);
            if (IsNullKey(k))
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

        var item = BindingCompiler.ItemFactory(step.ItemType, arity);
        var create = (Func<TKey, List<object[]>, Func<object[], object>, Func<Lineage>, object>)typeof(FactGroup<,>)
            .MakeGenericType(typeof(TKey), step.ItemType)
            .GetMethod("Create", BindingFlags.Public | BindingFlags.Static)!
            .CreateDelegate(typeof(Func<TKey, List<object[]>, Func<object[], object>, Func<Lineage>, object>));

        var result = new List<object[]>(order.Count);
        foreach (var k in order)
        {
            var members = groups[k];
            result.Add([create(k, members, item, () => Lineage.Union(members.Select(model.LineageOf)))]);
        }

        return result;
    }

    private static object[] Extend(object[] row, object fact)
    {
        var extended = new object[row.Length + 1];
        row.CopyTo(extended, 0);
        extended[row.Length] = fact;
        return extended;
    }

    /// <summary>Null, empty strings, empty entity keys, and tuples with such a part never join or group (as NULL in SQL).</summary>
    private static bool IsNullKey<TKey>(TKey key)
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
