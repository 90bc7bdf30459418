using SupervisionModels.Rules;
using SupervisionModels.Rules.Model;

namespace SupervisionModels.Runtime.Execution.Steps;

/// <summary>What a rule does with its final bindings, its lambdas compiled at plan time.</summary>
internal abstract class CompiledAction
{
    public abstract void Apply(RuleDefinition rule, List<object[]> rows, ModelExecution model);
}

/// <summary>Inserts a derived fact per binding, for the model's later rules to match.</summary>
internal sealed class DeriveFacts(Type factType, Func<object[], object> selector) : CompiledAction
{
    public override void Apply(RuleDefinition rule, List<object[]> rows, ModelExecution model)
    {
        foreach (var row in rows)
        {
            var fact = selector(row) ?? throw new ModelDefinitionException(rule.ModelId, rule.RuleId, "Derive returned null.");
            model.AddDerived(factType, fact, model.LineageOf(row));
        }
    }
}

/// <summary>Adds the rule's weighted reason to the lead about each binding's subject.</summary>
internal sealed class GiveReason(Func<object[], Subject> subject, Func<object[], decimal?>? amount) : CompiledAction
{
    public override void Apply(RuleDefinition rule, List<object[]> rows, ModelExecution model)
    {
        foreach (var row in rows)
        {
            model.Leads.Add(rule, subject(row), amount?.Invoke(row), model.LineageOf(row));
        }
    }
}
