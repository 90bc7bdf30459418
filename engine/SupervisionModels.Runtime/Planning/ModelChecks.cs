using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;
using SupervisionModels.Models;
using SupervisionModels.Rules.Model;

namespace SupervisionModels.Runtime.Planning;

/// <summary>The checks of what a model registered that do not depend on the run's settings.</summary>
internal static class ModelChecks
{
    /// <summary>Every dataset a rule matches or joins is listed in the descriptor's <see cref="ModelDescriptor.Datasets"/>.</summary>
    public static void ReadsOnlyDeclaredDatasets(ModelDescriptor descriptor, IReadOnlyList<RuleDefinition> rules)
    {
        var declared = descriptor.Datasets.ToHashSet();
        foreach (var rule in rules)
        {
            foreach (var type in rule.MatchedTypes.Where(FactSchema.IsDataset))
            {
                if (!declared.Contains(type))
                {
                    throw new ModelDefinitionException(descriptor.Id, rule.RuleId,
                        $"reads dataset '{FactSchema.For(type).DatasetName}' ({type.Name}), which the descriptor's Datasets does not list.");
                }
            }
        }
    }

    /// <summary>Every rule that <see cref="IModelContext.LeadWhen"/> requires is registered.</summary>
    public static void RequiredRulesAreRegistered(string modelId, IReadOnlyList<RuleDefinition> rules, IReadOnlyList<string> requiredRules)
    {
        foreach (var required in requiredRules)
        {
            if (rules.All(r => r.RuleId != required))
            {
                throw new ModelDefinitionException(modelId, null, $"LeadWhen requires rule '{required}', which the model does not register.");
            }
        }
    }
}
