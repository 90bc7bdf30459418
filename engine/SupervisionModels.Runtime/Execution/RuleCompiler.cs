using System.Reflection;
using SupervisionModels.Rules;
using SupervisionModels.Rules.Model;
using SupervisionModels.Runtime.Execution.Steps;
using SupervisionModels.Runtime.Text;

namespace SupervisionModels.Runtime.Execution;

/// <summary>
/// Turns a rule's steps and action into <see cref="CompiledStep"/>s and a <see cref="CompiledAction"/>, at plan time:
/// every lambda compiled once into a delegate over binding rows, and the steps whose work depends on a key type
/// (joins, groups) created as closed generic instances, so nothing is looked up by reflection while the rule runs.
/// </summary>
internal static class RuleCompiler
{
    public static CompiledRule Compile(RuleDefinition rule, IReadOnlyList<ITextClassifier> classifiers)
    {
        var steps = new List<CompiledStep>(rule.Steps.Count);
        var arity = 0; // facts bound per row so far: group items are built from that many slots
        foreach (var step in rule.Steps)
        {
            switch (step)
            {
                case MatchStep m:
                    steps.Add(new MatchFacts(m.FactType, m.Condition is null ? null : BindingCompiler.OverFact<bool>(m.Condition)));
                    arity = 1;
                    break;
                case TextStep t:
                    steps.Add(CompileText(t, classifiers));
                    break;
                case FilterStep f:
                    steps.Add(new FilterBindings(BindingCompiler.OverRow<bool>(f.Predicate)));
                    break;
                case JoinStep j:
                    steps.Add(Create(typeof(HashJoin<>).MakeGenericType(j.RightKey.ReturnType), j));
                    arity += j.Kind == JoinKind.Inner ? 1 : 0;
                    break;
                case GroupStep g:
                    steps.Add(Create(typeof(GroupBindings<,>).MakeGenericType(g.KeyType, g.ItemType), g, arity));
                    arity = 1;
                    break;
                default:
                    throw new InvalidOperationException($"Unknown rule step {step.GetType().Name}.");
            }
        }

        return new CompiledRule(rule, steps, CompileAction(rule.Action));
    }

    private static MatchText CompileText(TextStep step, IReadOnlyList<ITextClassifier> classifiers)
    {
        var classifier = step.Options is { Enabled: true } o ? classifiers.FirstOrDefault(c => c.Name == o.Classifier) : null;
        return new MatchText(step, BindingCompiler.OverFact<string?>(step.Text), new KeywordMatcher(step.Keywords.Terms), classifier);
    }

    private static CompiledAction CompileAction(RuleAction action) => action switch
    {
        DeriveAction d => new DeriveFacts(d.FactType, BindingCompiler.OverRow<object>(d.Selector)),
        ReasonAction r => new GiveReason(
            BindingCompiler.OverRow<Subject>(r.Subject),
            r.Amount is null ? null : BindingCompiler.OverRow<decimal?>(r.Amount)),
        _ => throw new InvalidOperationException($"Unknown rule action {action.GetType().Name}."),
    };

    /// <summary>An instance of a closed generic step; its constructor's exceptions are not wrapped.</summary>
    private static CompiledStep Create(Type closedStepType, params object[] arguments) =>
        (CompiledStep)Activator.CreateInstance(
            closedStepType, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DoNotWrapExceptions, null, arguments, null)!;
}
