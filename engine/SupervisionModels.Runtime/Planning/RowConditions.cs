using SupervisionModels.Facts.Schema;
using SupervisionModels.Rules.Model;

namespace SupervisionModels.Runtime.Planning;

/// <summary>
/// Finds, per dataset, the conditions a row must pass for any rule to see it: when every use of the dataset in every
/// rule of every model is a match with a condition (<c>Match&lt;T&gt;(t =&gt; …)</c>) or a join with a condition on the
/// joined records (<c>Join&lt;T, K&gt;(…, …, t =&gt; …)</c>), a row that fails all of them is seen by no rule, and need
/// never become a record. A dataset matched or joined anywhere without a condition has none.
/// </summary>
internal static class RowConditions
{
    public static Dictionary<Type, IReadOnlyList<System.Linq.Expressions.LambdaExpression>> Of(IReadOnlyList<CompiledModel> models)
    {
        var conditions = new Dictionary<Type, List<System.Linq.Expressions.LambdaExpression>>();
        var unconditioned = new HashSet<Type>();
        foreach (var rule in models.SelectMany(m => m.OrderedRules).Select(r => r.Definition))
        {
            foreach (var step in rule.Steps)
            {
                var (type, condition) = step switch
                {
                    MatchStep m => (m.FactType, m.Condition),
                    JoinStep j => (j.FactType, j.RightCondition),
                    _ => (null, null),
                };
                if (type is null || !FactSchema.IsDataset(type))
                {
                    continue;
                }

                if (condition is null)
                {
                    unconditioned.Add(type);
                }
                else
                {
                    if (!conditions.TryGetValue(type, out var list))
                    {
                        conditions[type] = list = [];
                    }

                    list.Add(condition);
                }
            }
        }

        return conditions.Where(kv => !unconditioned.Contains(kv.Key))
            .ToDictionary(kv => kv.Key, kv => (IReadOnlyList<System.Linq.Expressions.LambdaExpression>)kv.Value);
    }
}
