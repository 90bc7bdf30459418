using System.Linq.Expressions;
using System.Reflection;
using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;
using SupervisionModels.Rules.Model;
using SupervisionModels.Runtime.Execution;
using SupervisionModels.Runtime.Text;

namespace SupervisionModels.Runtime.Planning;

/// <summary>
/// Finds the keyword conditions that read a dataset text column directly: those are matched while the dataset is
/// read, all conditions on one column in one pass per row, and the text itself need not be kept.
/// </summary>
internal static class TextScans
{
    /// <summary>The scan requests by (dataset record type, column), in model, rule and step order.</summary>
    /// <param name="models">The run's models.</param>
    /// <param name="classifiers">The registered classifiers by name.</param>
    /// <param name="scanned">Receives the columns each model has scanned.</param>
    /// <param name="warnings">Receives a warning for each classifier asked for but not registered.</param>
    public static Dictionary<(Type Dataset, string Column), List<TextScanRequest>> Requests(
        IReadOnlyList<CompiledModel> models, IReadOnlyDictionary<string, ITextClassifier> classifiers, ColumnsByModel scanned, List<string> warnings)
    {
        var requests = new Dictionary<(Type, string), List<TextScanRequest>>();
        foreach (var model in models)
        {
            foreach (var rule in model.OrderedRules.Select(r => r.Definition))
            {
                var steps = rule.Steps;
                for (var i = 0; i < steps.Count; i++)
                {
                    if (steps[i] is not TextStep t || ScannedColumn(rule, t) is not { } column)
                    {
                        continue;
                    }

                    ITextClassifier? classifier = null;
                    if (t.Options is { Enabled: true } o && !classifiers.TryGetValue(o.Classifier, out classifier))
                    {
                        warnings.Add($"{model.Id}/{rule.RuleId}: text classifier '{o.Classifier}' is not available; keywords alone are used.");
                    }

                    var key = (rule.SourceType, column.Name);
                    if (!requests.TryGetValue(key, out var list))
                    {
                        requests[key] = list = [];
                    }

                    list.Add(new TextScanRequest(model.Id, rule, t, Prefilter(steps, i), classifier));
                    scanned.Add(rule.SourceType, model.Id, column.Name);
                }
            }
        }

        return requests;
    }

    /// <summary>The dataset text column a text step reads directly (<c>j =&gt; j.FullText</c> on a dataset record), if any.</summary>
    public static FactColumn? ScannedColumn(RuleDefinition rule, TextStep step)
    {
        if (step.Text.Body is MemberExpression { Member: PropertyInfo property, Expression: ParameterExpression }
            && FactSchema.TryGet(rule.SourceType) is { } schema)
        {
            return schema.Columns.FirstOrDefault(c => c.Property.Name == property.Name && c.ValueType == typeof(string));
        }

        return null;
    }

    /// <summary>The rule's single-fact conditions before step <paramref name="textStepIndex"/>, as one predicate.</summary>
    private static Func<object, bool>? Prefilter(IReadOnlyList<RuleStep> steps, int textStepIndex)
    {
        var predicates = new List<Func<object, bool>>();
        for (var i = 0; i < textStepIndex; i++)
        {
            switch (steps[i])
            {
                case MatchStep { Condition: { } c }:
                    predicates.Add(BindingCompiler.OverFact<bool>(c));
                    break;
                case FilterStep f when f.Predicate.Parameters.Count == 1 && FactSchema.IsDataset(f.Predicate.Parameters[0].Type):
                    predicates.Add(BindingCompiler.OverFact<bool>(f.Predicate));
                    break;
                case TextStep:
                    break; // an earlier text condition on another column is not known yet at scan time
                default:
                    return predicates.Count == 0 ? null : All(predicates);
            }
        }

        return predicates.Count == 0 ? null : All(predicates);
    }

    private static Func<object, bool> All(List<Func<object, bool>> predicates) =>
        predicates.Count == 1 ? predicates[0] : fact => predicates.TrueForAll(p => p(fact));
}
