using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;
using SupervisionModels.Rules.Model;

namespace SupervisionModels.Runtime.Planning;

/// <summary>The order a model's rules run in: every producer of a derived fact type before every rule that matches it.</summary>
internal static class DependencyOrder
{
    /// <summary>
    /// Orders rules so every rule that derives a fact type runs before every rule that matches it (Kahn's algorithm,
    /// ties kept in registration order so runs are repeatable). A cycle is an error naming its rules, and so is a
    /// rule matching a type that is neither a dataset record nor derived by the model.
    /// </summary>
    public static IReadOnlyList<RuleDefinition> Sort(string modelId, IReadOnlyList<RuleDefinition> rules)
    {
        var producers = rules.Where(r => r.Action is DeriveAction)
            .GroupBy(r => ((DeriveAction)r.Action).FactType)
            .ToDictionary(g => g.Key, g => g.ToList());

        foreach (var rule in rules)
        {
            foreach (var type in rule.MatchedTypes.Where(t => !FactSchema.IsDataset(t)))
            {
                if (!producers.ContainsKey(type))
                {
                    throw new ModelDefinitionException(modelId, rule.RuleId,
                        $"matches {type.Name}, which is neither a dataset record ([Dataset]) nor derived by any rule of the model.");
                }
            }
        }

        var dependsOn = rules.ToDictionary(
            r => r,
            r => r.MatchedTypes.Where(producers.ContainsKey).SelectMany(t => producers[t]).Distinct().ToHashSet());
        var ordered = new List<RuleDefinition>();
        var remaining = rules.ToList();
        while (remaining.Count > 0)
        {
            var ready = remaining.FirstOrDefault(r => dependsOn[r].All(ordered.Contains));
            if (ready is null)
            {
                var cycle = string.Join(", ", remaining.Select(r => r.RuleId));
                throw new ModelDefinitionException(modelId, null, $"rules {cycle} depend on each other's derived facts in a cycle.");
            }

            ordered.Add(ready);
            remaining.Remove(ready);
        }

        return ordered;
    }
}
