using SupervisionModels.Runtime.Execution;

namespace SupervisionModels.Runtime.Planning;

/// <summary>
/// Plans a run: initialises each model (the only call of its <c>Initialize</c> in the run), checks what it registered,
/// works out its rules' effective weights, orders its rules so that the producers of derived facts run before their
/// consumers, compiles them, and then works out which columns of which datasets must be read and which only scanned.
/// </summary>
internal static class Planner
{
    public static RunPlan Plan(IReadOnlyList<ModelRun> runs, EngineOptions options)
    {
        var models = runs.Select(run => PlanModel(run, options)).ToArray();
        RejectDuplicateModels(models);
        var (datasets, warnings) = ReadPlanner.Plan(models, options.Classifiers);
        return new RunPlan(models, datasets, warnings, options);
    }

    private static CompiledModel PlanModel(ModelRun run, EngineOptions options)
    {
        var id = run.Model.Descriptor.Id;
        var registered = Initialize(run);
        ModelChecks.ReadsOnlyDeclaredDatasets(run.Model.Descriptor, registered.Rules);
        var weights = EffectiveWeights.Of(id, registered.Rules, run.WeightOverrides);
        ModelChecks.RequiredRulesAreRegistered(id, registered.Rules, registered.RequiredRules);
        var ordered = DependencyOrder.Sort(id, registered.Rules)
            .Select(rule => RuleCompiler.Compile(rule, options.Classifiers))
            .ToArray();
        return new CompiledModel(run, registered.Rules, ordered, weights, registered.MinScore, registered.RequiredRules);
    }

    private static ModelContext Initialize(ModelRun run)
    {
        var context = new ModelContext(run);
        run.Model.Initialize(context);
        if (context.Rules.Count == 0)
        {
            throw new ModelDefinitionException(run.Model.Descriptor.Id, null, "Initialize registered no rules.");
        }

        return context;
    }

    private static void RejectDuplicateModels(IReadOnlyList<CompiledModel> models)
    {
        var duplicate = models.GroupBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ModelDefinitionException(duplicate.Key, null, "the model is in the run twice.");
        }
    }
}
