namespace SupervisionModels.Runtime;

/// <summary>
/// A model's rules cannot run as written: a cycle between rules, a fact type nothing provides, a dataset not declared
/// in the descriptor, a duplicate rule id, an unknown parameter. The message names the model and rule.
/// </summary>
public sealed class ModelDefinitionException(string modelId, string? ruleId, string message)
    : Exception(ruleId is null ? $"model {modelId}: {message}" : $"model {modelId}, rule {ruleId}: {message}")
{
    /// <summary>The model's id.</summary>
    public string ModelId { get; } = modelId;

    /// <summary>The rule's id, when one rule is at fault.</summary>
    public string? RuleId { get; } = ruleId;
}
