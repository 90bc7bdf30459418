using System.Runtime.ExceptionServices;
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
        var registered = Initialize(run, run.Timeout ?? options.ModelTimeout);
        ModelChecks.ReadsOnlyDeclaredDatasets(run.Model.Descriptor, registered.Rules);
        var weights = EffectiveWeights.Of(id, registered.Rules, run.WeightOverrides);
        ModelChecks.RequiredRulesAreRegistered(id, registered.Rules, registered.RequiredRules);
        var ordered = DependencyOrder.Sort(id, registered.Rules)
            .Select(rule => RuleCompiler.Compile(rule, options.Classifiers))
            .ToArray();
        return new CompiledModel(run, registered.Rules, ordered, weights, registered.MinScore, registered.RequiredRules);
    }

    private static ModelContext Initialize(ModelRun run, TimeSpan limit)
    {
        var context = new ModelContext(run);
        InitializeWithin(run, context, limit);
        if (context.Rules.Count == 0)
        {
            throw new ModelDefinitionException(run.Model.Descriptor.Id, null, "Initialize registered no rules.");
        }

        return context;
    }

    // Initialize is the model's code as much as its rules are, so it runs under the same limit and in the same way: on
    // a background thread of its own that the run stops waiting for at the deadline (a loop that never returns cannot
    // be interrupted). What it throws is rethrown with its own stack, which names the plugin's frame.
    private static void InitializeWithin(ModelRun run, ModelContext context, TimeSpan limit)
    {
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                run.Model.Initialize(context);
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        })
        {
            IsBackground = true,
            Name = $"supervise initialize {run.Model.Descriptor.Id}",
        };
        thread.Start();
        // Thread.Join takes at most int.MaxValue ms (24.8 days); a longer limit is, for a run, no limit.
        if (!thread.Join(limit.TotalMilliseconds >= int.MaxValue ? Timeout.InfiniteTimeSpan : limit))
        {
            throw new ModelTimeoutException(run.Model.Descriptor.Id, "(Initialize)", run.Origin, limit);
        }

        failure?.Throw();
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
