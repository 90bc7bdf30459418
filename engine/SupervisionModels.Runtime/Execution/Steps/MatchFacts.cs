namespace SupervisionModels.Runtime.Execution.Steps;

/// <summary>The first step: a binding for every fact of a type that satisfies the condition.</summary>
internal sealed class MatchFacts(Type factType, Func<object, bool>? condition) : CompiledStep
{
    public override List<object[]> Apply(List<object[]> rows, ModelExecution model, CancellationToken cancellationToken)
    {
        var facts = model.Facts(factType);
        var matched = new List<object[]>(condition is null ? facts.Count : Math.Min(facts.Count, 1024));
        foreach (var fact in facts)
        {
            if (condition is null || condition(fact))
            {
                matched.Add([fact]);
            }
        }

        return matched;
    }
}
