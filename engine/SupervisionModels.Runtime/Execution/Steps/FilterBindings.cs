namespace SupervisionModels.Runtime.Execution.Steps;

/// <summary>A predicate over the bound facts, or over the group after a group step.</summary>
internal sealed class FilterBindings(Func<object[], bool> predicate) : CompiledStep
{
    public override List<object[]> Apply(List<object[]> rows, ModelExecution model, CancellationToken cancellationToken) =>
        rows.FindAll(r => predicate(r));
}
