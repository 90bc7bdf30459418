using SupervisionModels.Rules.Model;

namespace SupervisionModels.Runtime.Planning;

/// <summary>The weights a model's reason rules carry in a run: as declared, unless the run's settings override them.</summary>
internal static class EffectiveWeights
{
    /// <summary>The effective weight of each reason rule, by rule id; an override naming no rule of the model is an error.</summary>
    /// <param name="modelId">The model's id.</param>
    /// <param name="rules">The model's rules, in registration order (the order the error lists them in).</param>
    /// <param name="overrides">The run's weight overrides, by rule id.</param>
    public static IReadOnlyDictionary<string, double> Of(string modelId, IReadOnlyList<RuleDefinition> rules, IReadOnlyDictionary<string, double> overrides)
    {
        foreach (var (ruleId, _) in overrides)
        {
            if (rules.All(r => r.RuleId != ruleId))
            {
                throw new ModelDefinitionException(modelId, null,
                    $"the settings give a weight for rule '{ruleId}', which the model does not have; its rules: {string.Join(", ", rules.Select(r => r.RuleId))}.");
            }
        }

        return rules
            .Where(r => r.Action is ReasonAction)
            .ToDictionary(r => r.RuleId, r => overrides.TryGetValue(r.RuleId, out var w) ? w : ((ReasonAction)r.Action).Weight, StringComparer.Ordinal);
    }
}
