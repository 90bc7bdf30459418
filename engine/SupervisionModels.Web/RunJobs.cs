using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using SupervisionModels.LeadBook;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Web;

/// <summary>The states of a run started from the browser.</summary>
public enum RunState
{
    Running,
    Importing,
    Done,
    Failed,
    Cancelled,
}

/// <summary>One run started from the 运行 page: its progress lines, its state, and the import's result.</summary>
public sealed class RunJob
{
    private readonly ConcurrentQueue<string> lines = new();
    private readonly CancellationTokenSource cancel = new();

    internal RunJob(int id, string startedBy, string leadsPath)
    {
        Id = id;
        StartedBy = startedBy;
        LeadsPath = leadsPath;
    }

    public int Id { get; }

    public string StartedBy { get; }

    public string LeadsPath { get; }

    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    public DateTimeOffset? EndedAt { get; private set; }

    public RunState State { get; private set; } = RunState.Running;

    public string? Message { get; private set; }

    /// <summary>The last progress lines (at most 200 kept).</summary>
    public IReadOnlyList<string> Lines => [.. lines];

    public bool IsFinished => State is RunState.Done or RunState.Failed or RunState.Cancelled;

    internal CancellationToken Token => cancel.Token;

    public void Cancel() => cancel.Cancel();

    internal void Report(string line)
    {
        lines.Enqueue(line);
        while (lines.Count > 200 && lines.TryDequeue(out _))
        {
        }
    }

    internal void Set(RunState state, string? message = null)
    {
        State = state;
        Message = message ?? Message;
        if (IsFinished)
        {
            EndedAt = DateTimeOffset.UtcNow;
            cancel.Dispose();
        }
    }
}

/// <summary>
/// Runs started from the browser, one at a time, as background jobs: the run writes its leads under
/// DATA/.supervise/runs/, then they are imported into the book as the user who started it.
/// </summary>
public sealed class RunJobs(WorkbenchOptions options, BookAccess books)
{
    private readonly Lock gate = new();
    private readonly List<RunJob> jobs = [];

    public bool CanRun => options.Runner is not null;

    public IReadOnlyList<RunJob> All
    {
        get
        {
            lock (gate)
            {
                return [.. Enumerable.Reverse(jobs)];
            }
        }
    }

    public RunJob? Find(int id)
    {
        lock (gate)
        {
            return jobs.FirstOrDefault(j => j.Id == id);
        }
    }

    /// <summary>Starts a run, or says why not (no runner, or one is still going).</summary>
    public RunJob Start(string user)
    {
        var runner = options.Runner ?? throw new InvalidOperationException("此服务未配置运行模型的方式。");
        RunJob job;
        lock (gate)
        {
            if (jobs.Any(j => !j.IsFinished))
            {
                throw new InvalidOperationException("已有一个运行尚未结束：请等待它结束或取消它。");
            }

            var id = jobs.Count + 1;
            var stamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
            var leads = Path.Combine(options.DataDirectory, ".supervise", "runs", $"{stamp}-{id.ToString(CultureInfo.InvariantCulture)}", "leads.jsonl");
            job = new RunJob(id, user, leads);
            jobs.Add(job);
        }

        _ = Task.Run(() => RunAsync(job, runner));
        return job;
    }

    private async Task RunAsync(RunJob job, IRunLauncher runner)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(job.LeadsPath)!);
            await runner.RunAsync(options.DataDirectory, job.LeadsPath, job.Report, job.Token).ConfigureAwait(false);
            job.Set(RunState.Importing);
            var leads = await LeadJson.ReadAsync(job.LeadsPath, job.Token).ConfigureAwait(false);
            var (run, warning) = await LeadJson.VerifyRunAsync(job.LeadsPath, job.Token).ConfigureAwait(false);
            if (warning is not null)
            {
                job.Report("warning: " + warning);
            }

            var models = run?.Summary.Models.Select(m => m.Id).ToArray() ?? [.. leads.Select(l => l.ModelId).Distinct(StringComparer.Ordinal)];
            await using var book = await books.OpenAsync(job.Token).ConfigureAwait(false);
            var result = await book.ImportAsync(leads, new RunImport(job.LeadsPath, run?.LeadsSha256, models, run is null ? null : JsonSerializer.Serialize(run, LeadJson.Options)), job.StartedBy, job.Token).ConfigureAwait(false);
            job.Set(RunState.Done, string.Create(CultureInfo.InvariantCulture,
                $"已导入 {leads.Count} 条线索（第 {result.RunId} 次导入）：新增 {result.Added}，再次发现 {result.SeenAgain}（有新证据 {result.WithNewEvidence}），未再发现 {result.NoLongerFound}。"));
        }
        catch (OperationCanceledException)
        {
            job.Set(RunState.Cancelled, "已取消：线索台账未改动。");
        }
        catch (Exception e)
        {
            // A bad data folder or a model's fault ends this job, never the server; the message is the engine's own.
            job.Set(RunState.Failed, e.Message);
        }
    }
}
