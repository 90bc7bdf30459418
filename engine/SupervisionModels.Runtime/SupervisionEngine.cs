using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text;
using SupervisionModels.Leads;
using SupervisionModels.Models;
using SupervisionModels.Rules.Model;
using SupervisionModels.Runtime.Execution;
using SupervisionModels.Runtime.Facts;
using SupervisionModels.Runtime.Planning;
using SupervisionModels.Runtime.Text;

namespace SupervisionModels.Runtime;

/// <summary>
/// Runs supervision models over a fact source: plans all models together (one read of each dataset, only the columns
/// any rule needs, every keyword condition on a text column in one pass), evaluates each model's rules set-at-a-time
/// in dependency order, and returns ranked leads.
/// </summary>
public sealed class SupervisionEngine(EngineOptions? options = null)
{
    private readonly EngineOptions _options = options ?? new EngineOptions();

    /// <summary>The engine's version, printed in reports.</summary>
    public static string Version { get; } =
        typeof(SupervisionEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Initialises the models and plans what the run reads, without reading anything.</summary>
    /// <exception cref="ModelDefinitionException">A model's rules cannot run as written.</exception>
    /// <exception cref="ModelExecutionException">A model's Initialize threw, or did not return within the model's time limit (<see cref="ModelTimeoutException"/>); named, with its origin, as rule <c>(Initialize)</c>.</exception>
    public RunPlan Plan(IReadOnlyList<ModelRun> runs)
    {
        try
        {
            return Planner.Plan(runs, _options);
        }
        catch (Exception e) when (e is not (ModelDefinitionException or ModelExecutionException or OperationCanceledException or ArgumentException) && FailedInitialize(runs, e) is { } run)
        {
            throw new ModelExecutionException(run.Model.Descriptor.Id, "(Initialize)", run.Origin, GuardedEvaluation.CodeLocation(e, run), e);
        }
    }

    // The model whose code threw: the innermost frame of a model's assembly on the stack (models are planned in order).
    private static ModelRun? FailedInitialize(IReadOnlyList<ModelRun> runs, Exception e)
    {
        foreach (var frame in new StackTrace(e).GetFrames())
        {
            var assembly = frame.GetMethod()?.DeclaringType?.Assembly;
            if (runs.FirstOrDefault(r => r.Model.GetType().Assembly == assembly) is { } run)
            {
                return run;
            }
        }

        return null;
    }

    /// <summary>Plans the models and runs them over <paramref name="source"/>.</summary>
    /// <exception cref="ModelDefinitionException">A model's rules cannot run as written.</exception>
    public Task<RunResult> RunAsync(
        IReadOnlyList<ModelRun> runs, IFactSource source, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(source);
        return RunAsync(Plan(runs), source, progress, cancellationToken);
    }

    /// <summary>
    /// Runs a plan this engine made over <paramref name="source"/>. The models are not initialised again, so a caller
    /// that needed the plan first (to check settings against the rules, say) still initialises each model once.
    /// </summary>
    public async Task<RunResult> RunAsync(
        RunPlan plan, IFactSource source, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(source);
        if (!ReferenceEquals(plan.Options, _options))
        {
            throw new ArgumentException("The plan was made by another engine; its rules are compiled with that engine's options.", nameof(plan));
        }

        var started = _options.Time.GetUtcNow();
        var clock = Stopwatch.StartNew();

        var provenance = await source.OpenAsync(plan.Datasets, cancellationToken).ConfigureAwait(false);
        var store = new FactStore();
        var datasetSummaries = new List<DatasetSummary>();
        foreach (var dataset in plan.Datasets)
        {
            var info = provenance.First(p => p.Dataset == dataset.Schema.DatasetName);
            datasetSummaries.Add(await LoadAsync(dataset, info, source, store, progress, cancellationToken).ConfigureAwait(false));
        }

        var leads = new List<Lead>();
        var modelSummaries = new List<ModelSummary>();
        foreach (var model in plan.Models)
        {
            // Every model finishes or the run fails: leads of a model that threw or ran out of time are not written, nor
            // anyone else's (a leads file without one model's leads would read as "that model found nothing").
            var limit = model.Run.Timeout ?? _options.ModelTimeout;
            var (modelLeads, ruleSummaries) = await GuardedEvaluation.RunAsync(
                model, limit, (tracker, token) => Evaluate(model, store, tracker, progress, token), cancellationToken).ConfigureAwait(false);
            leads.AddRange(modelLeads);
            modelSummaries.Add(new ModelSummary(
                model.Id,
                model.Descriptor.Title,
                model.Descriptor.Version,
                model.Descriptor.Category.ToChinese(),
                modelLeads.Count,
                EffectiveParameters(model.Run),
                ruleSummaries));
        }

        var summary = new RunSummary(Version, started, clock.Elapsed, modelSummaries, datasetSummaries, plan.Warnings);
        return new RunResult(leads, summary);
    }

    private (IReadOnlyList<Lead> Leads, List<RuleSummary> Rules) Evaluate(
        CompiledModel model, FactStore store, RuleTracker tracker, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var execution = new ModelExecution(model, store, _options);
        var ruleSummaries = new List<RuleSummary>();
        var done = 0;
        foreach (var rule in model.OrderedRules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new RunProgress("rules", $"{model.Id} {rule.RuleId}", done++, model.OrderedRules.Count));
            var ruleClock = Stopwatch.StartNew();
            var bindings = GuardedEvaluation.Rule(model, rule.RuleId, tracker, () => rule.Run(execution, cancellationToken));
            ruleSummaries.Add(new RuleSummary(rule.RuleId, rule.Description, model.Weights.TryGetValue(rule.RuleId, out var w) ? w : null, bindings, ruleClock.Elapsed));
        }

        // Subjects and amounts are the model's lambdas too, run while the leads are gathered.
        var leads = GuardedEvaluation.Rule(model, "(leads)", tracker, execution.Leads.Finish);
        return (leads, ruleSummaries);
    }

    private static IReadOnlyDictionary<string, string> EffectiveParameters(ModelRun run) =>
        run.Model.Parameters.ToDictionary(
            p => p.Name,
            p => p.Format(run.ParameterValues.TryGetValue(p.Name, out var v) ? v : p.DefaultValue),
            StringComparer.Ordinal);

    private static async Task<DatasetSummary> LoadAsync(
        DatasetPlan dataset, DatasetProvenance info, IFactSource source, FactStore store, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var facts = new List<object>((int)Math.Min(info.Rows, Array.MaxLength)); // one allocation, not a doubling series of large arrays
        var results = dataset.Scans.SelectMany(s => s.Requests).ToDictionary(r => r, _ => new Dictionary<object, TextMatch>(ReferenceEqualityComparer.Instance));
        long textBytes = 0;
        long rows = 0;
        await foreach (var chunk in source.ReadAsync(dataset, cancellationToken).ConfigureAwait(false))
        {
            rows += chunk.RowsRead;
            foreach (var scan in dataset.Scans)
            {
                textBytes += Scan(scan, dataset.GatedColumns.Contains(scan.Column), chunk, results, cancellationToken);
            }

            facts.AddRange(chunk.Facts);
            progress?.Report(new RunProgress("load", dataset.Schema.DatasetName, rows, info.Rows));
        }

        store.AddDataset(dataset.Schema.RecordType, facts);
        foreach (var (request, matches) in results)
        {
            store.AddScan(request, matches);
        }

        return new DatasetSummary(
            info,
            dataset.Schema.Columns.Where(c => dataset.LoadedColumns.Contains(c) || dataset.GatedColumns.Contains(c)).Select(c => c.Name).ToArray(),
            dataset.Scans.Select(s => s.Column.Name).ToArray(),
            rows, // rows read: those no rule could see were left out before they became records
            textBytes,
            clock.Elapsed);
    }

    /// <summary>
    /// Runs every keyword condition on one text column of a chunk in one pass per row, on all cores. Returns the
    /// UTF-8 bytes of text scanned.
    /// </summary>
    private static long Scan(TextScanPlan scan, bool gated, FactChunk chunk, Dictionary<TextScanRequest, Dictionary<object, TextMatch>> results, CancellationToken cancellationToken)
    {
        var facts = chunk.Facts;
        if (facts.Count == 0)
        {
            return 0; // an empty row group or an empty list of records: nothing to scan (and Partitioner refuses empty ranges)
        }

        var getter = scan.Column.Property;
        var texts = chunk.Texts.TryGetValue(scan.Column.Name, out var given) ? given : null;
        var pages = texts is null && chunk.Utf8Texts.TryGetValue(scan.Column.Name, out var utf8) ? utf8 : null;
        var prefilter = pages is null ? null : scan.Prefilter;
        var requests = scan.Requests;
        var rowOf = chunk.Rows;

        // A gated column's text comes from this scan when the source did not build it into the records.
        var fill = gated && (texts is not null || pages is not null);

        // A classifier may accept a text without any keyword, so a row that one scores is decoded whatever its bytes.
        var scored = requests.Select(r => r.Classifier is not null && r.Step.Options is { Enabled: true }).ToArray();
        var found = new List<(int Row, int Request, TextMatch Match)>();
        long bytes = 0;

        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, facts.Count, Math.Max(256, facts.Count / (Environment.ProcessorCount * 8) + 1)), options, range =>
        {
            var local = new List<(int, int, TextMatch)>();
            long localBytes = 0;
            var passing = new bool[requests.Count];
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var fact = facts[i];
                var any = false;
                var mustScore = false;
                for (var r = 0; r < requests.Count; r++)
                {
                    passing[r] = requests[r].Prefilter?.Invoke(fact) ?? true;
                    any |= passing[r];
                    mustScore |= passing[r] && scored[r];
                }

                if (!any)
                {
                    continue;
                }

                string? text;
                if (pages is not null)
                {
                    // The text path in place: null and empty values are skipped as before, and a row whose bytes hold
                    // no term's needle has no hit, so it becomes a string only when a classifier must score it.
                    var row = rowOf is null ? i : rowOf[i];
                    if (pages.Length(row) <= 0)
                    {
                        continue;
                    }

                    localBytes += pages.Length(row);
                    var value = pages.Value(row);
                    if (!mustScore && !prefilter!.MayMatch(value))
                    {
                        continue;
                    }

                    text = Encoding.UTF8.GetString(value);
                }
                else
                {
                    text = texts is not null ? texts[rowOf is null ? i : rowOf[i]] : (string?)getter.GetValue(fact);
                    if (string.IsNullOrEmpty(text))
                    {
                        continue;
                    }

                    localBytes += Encoding.UTF8.GetByteCount(text);
                }

                var folded = scan.Matcher.NeedsFolding ? KeywordMatcher.Fold(text) : text;
                var matched = false;
                var hits = scan.Matcher.FindAll(folded);
                for (var r = 0; r < requests.Count; r++)
                {
                    if (!passing[r])
                    {
                        continue;
                    }

                    var request = requests[r];
                    var own = hits.FindAll(h => request.TermMask[h.Term]);
                    var match = TextEvaluator.Evaluate(folded, own, scan.Matcher.Terms, request.Step.Options, request.Classifier);
                    if (match is not null)
                    {
                        local.Add((i, r, match));
                        matched = true;
                    }
                }

                if (matched && fill)
                {
                    // A gated column: the rules read it only on records this scan matched, and this is one of them.
                    scan.SetText(fact, text);
                }
            }

            if (local.Count > 0)
            {
                // One lock per range of rows: cheaper than a ConcurrentBag, whose thread-local queues outlive the scan.
                lock (found)
                {
                    found.AddRange(local);
                }
            }

            Interlocked.Add(ref bytes, localBytes);
        });

        foreach (var (row, request, match) in found)
        {
            results[requests[request]][facts[row]] = match;
        }

        return bytes;
    }
}
