using SupervisionModels.Rules.Model;
using SupervisionModels.Runtime.Execution.Steps;

namespace SupervisionModels.Runtime.Execution;

/// <summary>
/// A rule ready to run, compiled once at plan time (<see cref="RuleCompiler"/>): it is evaluated set-at-a-time, the
/// whole set of bindings flowing through its steps and then into its action.
/// </summary>
internal sealed class CompiledRule(RuleDefinition definition, IReadOnlyList<CompiledStep> steps, CompiledAction action)
{
    /// <summary>The rule as the model registered it.</summary>
    public RuleDefinition Definition { get; } = definition;

    public string RuleId => Definition.RuleId;

    public string Description => Definition.Description;

    /// <summary>Runs the rule and applies its action; returns the number of final bindings.</summary>
    public int Run(ModelExecution model, CancellationToken cancellationToken)
    {
        model.BeginRule();
        List<object[]> rows = [];
        foreach (var step in steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows = step.Apply(rows, model, cancellationToken);
        }

        action.Apply(Definition, rows, model);
        return rows.Count;
    }
}
