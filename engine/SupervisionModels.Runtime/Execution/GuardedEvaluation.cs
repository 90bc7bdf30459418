using System.Diagnostics;
using SupervisionModels.Runtime.Planning;

namespace SupervisionModels.Runtime.Execution;

/// <summary>
/// Runs one model's rules under its time limit, and turns what its code throws into a
/// <see cref="ModelExecutionException"/> naming the model, the rule and the plugin.
/// </summary>
/// <remarks>
/// The limit is enforced twice. Co-operatively: the token the rules get is cancelled at the deadline, and every step
/// checks it between steps and inside its loops. And for a rule body that never returns (a plugin method that loops
/// forever does not look at any token): the rules run on a background thread of their own, and the run stops waiting
/// for it at the deadline. The abandoned thread cannot be killed (.NET has no Thread.Abort); it holds no lock, no
/// output and no file the engine uses, nothing is written after a failed model, and, being a background thread, it
/// does not keep the process alive: <c>supervise</c> returns exit 1 from Main and the process ends with it.
/// </remarks>
internal static class GuardedEvaluation
{
    public static async Task<T> RunAsync<T>(CompiledModel model, TimeSpan limit, Func<RuleTracker, CancellationToken, T> evaluate, CancellationToken cancellationToken)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (limit.TotalMilliseconds < int.MaxValue)
        {
            // CancelAfter refuses more than 49.7 days; a limit of weeks is, for a run, no limit.
            deadline.CancelAfter(limit);
        }

        var tracker = new RuleTracker();
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                done.TrySetResult(evaluate(tracker, deadline.Token));
            }
            catch (Exception e)
            {
                done.TrySetException(e);
            }
        })
        {
            IsBackground = true,
            Name = $"supervise model {model.Id}",
        };
        thread.Start();

        try
        {
            var result = await done.Task.WaitAsync(deadline.Token).ConfigureAwait(false);
            deadline.Dispose();
            return result;
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Not disposed: the abandoned thread may still read the token.
            throw new ModelTimeoutException(model.Id, tracker.Current, model.Run.Origin, limit);
        }
    }

    /// <summary>Runs <paramref name="body"/> as rule <paramref name="ruleId"/>: what it throws (other than a cancellation) names the model, rule and plugin.</summary>
    public static TResult Rule<TResult>(CompiledModel model, string ruleId, RuleTracker tracker, Func<TResult> body)
    {
        tracker.Current = ruleId;
        try
        {
            return body();
        }
        catch (Exception e) when (e is not OperationCanceledException and not ModelExecutionException)
        {
            throw new ModelExecutionException(model.Id, ruleId, model.Run.Origin, CodeLocation(e, model.Run), e);
        }
    }

    // The first frame in the plugin's own code that has a file: plugins compiled from source carry an embedded PDB, so
    // this is the .cs file and line. Built-in models are named as such; their frames are in the inner exception.
    public static string? CodeLocation(Exception e, ModelRun run)
    {
        if (run.Origin == ModelRun.BuiltInOrigin)
        {
            return null;
        }

        var assembly = run.Model.GetType().Assembly;
        foreach (var frame in new StackTrace(e, fNeedFileInfo: true).GetFrames())
        {
            if (frame.GetFileName() is { } file && frame.GetMethod()?.DeclaringType?.Assembly == assembly)
            {
                return $"{file}:{frame.GetFileLineNumber()}";
            }
        }

        return null;
    }
}

/// <summary>The rule a model is running, for the timeout message (written by the model's thread, read at the deadline).</summary>
internal sealed class RuleTracker
{
    private volatile string _current = "(none)";

    public string Current
    {
        get => _current;
        set => _current = value;
    }
}
