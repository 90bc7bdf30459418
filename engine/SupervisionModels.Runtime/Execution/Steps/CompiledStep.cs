namespace SupervisionModels.Runtime.Execution.Steps;

/// <summary>
/// One step of a rule's left-hand side, its lambdas compiled at plan time: takes the bindings so far (one
/// <c>object[]</c> row per match, a slot per bound fact) and returns the bindings that continue.
/// </summary>
internal abstract class CompiledStep
{
    public abstract List<object[]> Apply(List<object[]> rows, ModelExecution model, CancellationToken cancellationToken);
}
