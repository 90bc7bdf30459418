using System.Linq.Expressions;
using System.Reflection;
using SupervisionModels.Facts;
using SupervisionModels.Rules.Model;
using SupervisionModels.Runtime.Execution;
using SupervisionModels.Runtime.Text;

namespace SupervisionModels.Runtime.Planning;

/// <summary>
/// Plans a run: initialises each model, checks its rules, orders them so that the producers of derived facts run
/// before their consumers, and works out which columns of which datasets must be read and which are only scanned.
/// </summary>
internal static class Planner
{
    public static RunPlan Plan(IReadOnlyList<ModelRun> runs, EngineOptions options)
    {
        var models = new List<CompiledModel>();
        foreach (var run in runs)
        {
            models.Add(Compile(run));
        }

        var duplicate = models.GroupBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ModelDefinitionException(duplicate.Key, null, "the model is in the run twice.");
        }

        var warnings = new List<string>();
        var classifiers = options.Classifiers.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var columns = new Dictionary<Type, Dictionary<string, HashSet<string>>>(); // dataset → model → columns kept
        var scans = new Dictionary<(Type, string), List<TextScanRequest>>();
        var scannedByModel = new Dictionary<Type, Dictionary<string, HashSet<string>>>();

        foreach (var model in models)
        {
            var collector = new ColumnCollector();
            foreach (var rule in model.OrderedRules)
            {
                var steps = rule.Steps;
                for (var i = 0; i < steps.Count; i++)
                {
                    switch (steps[i])
                    {
                        case MatchStep m:
                            collector.Collect(m.Condition);
                            break;
                        case JoinStep j:
                            collector.Collect(j.LeftKey);
                            collector.Collect(j.RightKey);
                            collector.Collect(j.RightCondition);
                            collector.Collect(j.PairCondition);
                            break;
                        case FilterStep f:
                            collector.Collect(f.Predicate);
                            break;
                        case GroupStep g:
                            collector.Collect(g.Key);
                            break;
                        case TextStep t when DatasetTextColumn(rule, t) is { } column:
                            ITextClassifier? classifier = null;
                            if (t.Options is { Enabled: true } o && !classifiers.TryGetValue(o.Classifier, out classifier))
                            {
                                warnings.Add($"{model.Id}/{rule.RuleId}: text classifier '{o.Classifier}' is not available; keywords alone are used.");
                            }

                            var key = (rule.SourceType, column.Name);
                            if (!scans.TryGetValue(key, out var list))
                            {
                                scans[key] = list = [];
                            }

                            list.Add(new TextScanRequest(model.Id, rule, t, Prefilter(steps, i), classifier));
                            AddColumn(scannedByModel, rule.SourceType, model.Id, column.Name);
                            break;
                        case TextStep t:
                            collector.Collect(t.Text);
                            break;
                    }
                }

                switch (rule.Action)
                {
                    case DeriveAction d:
                        collector.Collect(d.Selector);
                        collector.CollectDerivedType(d.FactType);
                        break;
                    case ReasonAction r:
                        collector.Collect(r.Subject);
                        collector.Collect(r.Amount);
                        break;
                }
            }

            foreach (var (type, cols) in collector.Columns)
            {
                foreach (var c in cols)
                {
                    AddColumn(columns, type, model.Id, c);
                }
            }

            foreach (var type in collector.WholeRecords)
            {
                foreach (var c in FactSchema.For(type).Columns)
                {
                    AddColumn(columns, type, model.Id, c.Name);
                }
            }

            // Every dataset a rule matches or joins is read, at least for its record key.
            foreach (var type in model.OrderedRules.SelectMany(FactTypes).Where(FactSchema.IsDataset))
            {
                AddColumn(columns, type, model.Id, FactSchema.For(type).Key.Name);
            }
        }

        var datasets = columns.Keys.Concat(scannedByModel.Keys).Distinct()
            .Select(FactSchema.For)
            .OrderBy(s => s.DatasetName, StringComparer.Ordinal)
            .Select(schema =>
            {
                var kept = columns.GetValueOrDefault(schema.RecordType)?.Values.SelectMany(s => s).ToHashSet(StringComparer.Ordinal) ?? [];
                kept.Add(schema.Key.Name);
                var loaded = schema.Columns.Where(c => kept.Contains(c.Name)).ToArray();
                var scanPlans = scans.Where(kv => kv.Key.Item1 == schema.RecordType)
                    .OrderBy(kv => kv.Key.Item2, StringComparer.Ordinal)
                    .Select(kv => new TextScanPlan(schema.Columns.Single(c => c.Name == kv.Key.Item2), kv.Value))
                    .ToArray();
                var byModel = models.ToDictionary(
                    m => m.Id,
                    m => (IReadOnlySet<string>)(columns.GetValueOrDefault(schema.RecordType)?.GetValueOrDefault(m.Id) ?? [])
                        .Concat(scannedByModel.GetValueOrDefault(schema.RecordType)?.GetValueOrDefault(m.Id) ?? [])
                        .ToHashSet(StringComparer.Ordinal));
                return new DatasetPlan(schema, loaded, scanPlans, byModel);
            })
            .ToArray();

        return new RunPlan(models, datasets, warnings);
    }

    private static CompiledModel Compile(ModelRun run)
    {
        var descriptor = run.Model.Descriptor;
        var context = new ModelContext(run);
        run.Model.Initialize(context);
        if (context.Rules.Count == 0)
        {
            throw new ModelDefinitionException(descriptor.Id, null, "Initialize registered no rules.");
        }

        var declared = descriptor.Datasets.ToHashSet();
        foreach (var rule in context.Rules)
        {
            foreach (var type in FactTypes(rule).Where(FactSchema.IsDataset))
            {
                if (!declared.Contains(type))
                {
                    throw new ModelDefinitionException(descriptor.Id, rule.RuleId,
                        $"reads dataset '{FactSchema.For(type).DatasetName}' ({type.Name}), which the descriptor's Datasets does not list.");
                }
            }
        }

        foreach (var (ruleId, _) in run.WeightOverrides)
        {
            if (context.Rules.All(r => r.RuleId != ruleId))
            {
                throw new ModelDefinitionException(descriptor.Id, null,
                    $"the settings give a weight for rule '{ruleId}', which the model does not have; its rules: {string.Join(", ", context.Rules.Select(r => r.RuleId))}.");
            }
        }

        foreach (var required in context.RequiredRules)
        {
            if (context.Rules.All(r => r.RuleId != required))
            {
                throw new ModelDefinitionException(descriptor.Id, null, $"LeadWhen requires rule '{required}', which the model does not register.");
            }
        }

        var weights = context.Rules
            .Where(r => r.Action is ReasonAction)
            .ToDictionary(r => r.RuleId, r => run.WeightOverrides.TryGetValue(r.RuleId, out var w) ? w : ((ReasonAction)r.Action).Weight, StringComparer.Ordinal);

        return new CompiledModel(run, Order(descriptor.Id, context.Rules), weights, context.MinScore, context.RequiredRules);
    }

    /// <summary>
    /// Orders rules so every rule that derives a fact type runs before every rule that matches it (Kahn's algorithm,
    /// ties kept in registration order so runs are repeatable). A cycle is an error naming its rules.
    /// </summary>
    private static IReadOnlyList<RuleDefinition> Order(string modelId, IReadOnlyList<RuleDefinition> rules)
    {
        var producers = rules.Where(r => r.Action is DeriveAction)
            .GroupBy(r => ((DeriveAction)r.Action).FactType)
            .ToDictionary(g => g.Key, g => g.ToList());

        foreach (var rule in rules)
        {
            foreach (var type in FactTypes(rule).Where(t => !FactSchema.IsDataset(t)))
            {
                if (!producers.ContainsKey(type))
                {
                    throw new ModelDefinitionException(modelId, rule.RuleId,
                        $"matches {type.Name}, which is neither a dataset record ([Dataset]) nor derived by any rule of the model.");
                }
            }
        }

        var dependsOn = rules.ToDictionary(
            r => r,
            r => FactTypes(r).Where(producers.ContainsKey).SelectMany(t => producers[t]).Distinct().ToHashSet());
        var ordered = new List<RuleDefinition>();
        var remaining = rules.ToList();
        while (remaining.Count > 0)
        {
            var ready = remaining.FirstOrDefault(r => dependsOn[r].All(ordered.Contains));
            if (ready is null)
            {
                var cycle = string.Join(", ", remaining.Select(r => r.RuleId));
                throw new ModelDefinitionException(modelId, null, $"rules {cycle} depend on each other's derived facts in a cycle.");
            }

            ordered.Add(ready);
            remaining.Remove(ready);
        }

        return ordered;
    }

    /// <summary>The fact types a rule matches or joins.</summary>
    internal static IEnumerable<Type> FactTypes(RuleDefinition rule) =>
        rule.Steps.Select(s => s switch
        {
            MatchStep m => m.FactType,
            JoinStep j => j.FactType,
            _ => null,
        }).OfType<Type>();

    /// <summary>The dataset text column a text step reads directly (<c>j =&gt; j.FullText</c> on a dataset record), if any.</summary>
    private static FactColumn? DatasetTextColumn(RuleDefinition rule, TextStep step)
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

    private static void AddColumn(Dictionary<Type, Dictionary<string, HashSet<string>>> map, Type type, string modelId, string column)
    {
        if (!map.TryGetValue(type, out var byModel))
        {
            map[type] = byModel = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        }

        if (!byModel.TryGetValue(modelId, out var set))
        {
            byModel[modelId] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(column);
    }
}
