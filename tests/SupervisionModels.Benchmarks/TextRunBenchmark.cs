using System.Diagnostics;
using System.Globalization;
using SupervisionModels.Benchmarks.Comparison;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Facts;
using SupervisionModels.Runtime.Leads;
using SupervisionModels.Runtime.Text;
using SupervisionModels.Text;

namespace SupervisionModels.Benchmarks;

/// <summary>
/// Issue 13 in a whole run: the three built-in models in one engine run (as <c>supervise run</c> runs them) on the old
/// path (every text a Parquet.Net string, a record for every row), with the text path in place only, and with filter
/// before build as well, in turn in one process, a warm-up of each first. Prints per path the median (min) wall time, bytes allocated, GC pause time and what the judgments'
/// load took; the leads files of every run must be byte-identical, or the benchmark fails.
/// </summary>
internal static class TextRunBenchmark
{
    public static async Task<int> RunAsync(string data, int reps, bool classifiers)
    {
        var loaded = classifiers ? LoadClassifiers() : [];
        var work = Directory.CreateTempSubdirectory("sm-textrun-").FullName;
        try
        {
            Console.WriteLine(FormattableString.Invariant($"text run: {data}, models {string.Join(",", Catalog.Ids)} in one run, {(classifiers ? "with the shipped classifiers" : "keywords only")}, medians of {reps} after a warm-up of each path; shared machine"));
            var paths = new[] { RunPath.Old, RunPath.TextInPlace, RunPath.TextAndFilter };
            var figures = paths.ToDictionary(p => p, _ => new List<Figure>());
            byte[]? reference = null;
            for (var rep = 0; rep <= reps; rep++)
            {
                foreach (var path in paths)
                {
                    var leads = Path.Combine(work, $"leads-{path}-{rep}.jsonl");
                    var figure = await OnceAsync(data, path, loaded, leads);
                    var bytes = await File.ReadAllBytesAsync(leads);
                    reference ??= bytes;
                    if (!bytes.AsSpan().SequenceEqual(reference))
                    {
                        Console.Error.WriteLine($"the leads of {Describe(path)} differ from the first run's: {leads}");
                        return 1;
                    }

                    if (rep > 0)
                    {
                        figures[path].Add(figure);
                    }
                }
            }

            Console.WriteLine(FormattableString.Invariant($"leads: {reference!.Length:N0} bytes, identical in all {paths.Length * (reps + 1)} runs"));
            Console.WriteLine("| path | run s, median (min) | judgments load s | allocated | GC pauses | records built / rows read |");
            Console.WriteLine("|---|--:|--:|--:|--:|--:|");
            foreach (var (path, list) in figures)
            {
                Console.WriteLine(FormattableString.Invariant(
                    $"| {Describe(path)} | {Median(list, f => f.Seconds):0.00} ({list.Min(f => f.Seconds):0.00}) | {Median(list, f => f.JudgmentsLoad):0.00} | {Median(list, f => f.Allocated) / 1e6:0} MB | {Median(list, f => f.Pauses):0.00} s | {list[0].RowsRead - list[0].RowsLeftOut:N0} / {list[0].RowsRead:N0} |"));
            }

            var ratio = Median(figures[RunPath.Old], f => f.Seconds) / Median(figures[RunPath.TextAndFilter], f => f.Seconds);
            Console.WriteLine(FormattableString.Invariant($"old / new: {ratio:0.00}×; text MB scanned on every path: {figures[RunPath.Old][0].TextBytes / 1e6:0.0}"));
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
            foreach (var c in loaded.OfType<IDisposable>())
            {
                c.Dispose();
            }
        }
    }

    private enum RunPath
    {
        Old,
        TextInPlace,
        TextAndFilter,
    }

    private static string Describe(RunPath path) => path switch
    {
        RunPath.Old => "old: Parquet.Net strings, a record per row",
        RunPath.TextInPlace => "text in place (UTF-8 pages, pre-filter, gated columns)",
        _ => "text in place + filter before build",
    };

    private sealed record Figure(double Seconds, double JudgmentsLoad, double Allocated, double Pauses, long TextBytes, long RowsRead, long RowsLeftOut);

    private static async Task<Figure> OnceAsync(string data, RunPath path, IReadOnlyList<ITextClassifier> classifiers, string leads)
    {
        var parameters = classifiers.Count > 0 ? new Dictionary<string, object>() : new Dictionary<string, object> { ["use-classifier"] = false };
        var runs = Catalog.Ids.Select(id => new ModelRun(Catalog.Model(id)) { ParameterValues = parameters }).ToArray();
        var engine = new SupervisionEngine(new EngineOptions { Classifiers = classifiers });
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var pauses = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        var source = new ParquetFactSource(data) { HashFiles = false, Utf8TextPath = path != RunPath.Old, FilterBeforeBuild = path == RunPath.TextAndFilter };
        var result = await engine.RunAsync(runs, source);
        clock.Stop();
        var figure = new Figure(
            clock.Elapsed.TotalSeconds,
            result.Summary.Datasets.Single(d => d.Provenance.Dataset == "judgments").LoadTime.TotalSeconds,
            GC.GetTotalAllocatedBytes(precise: true) - allocated,
            (GC.GetTotalPauseDuration() - pauses).TotalSeconds,
            result.Summary.Datasets.Sum(d => d.TextBytesScanned),
            source.FilteredRows.Read,
            source.FilteredRows.LeftOut);
        await LeadJson.WriteAsync(leads, result.Leads);
        Console.WriteLine(FormattableString.Invariant($"  {path,-13} {figure.Seconds,6:0.00} s  judgments {figure.JudgmentsLoad,5:0.00} s  {figure.Allocated / 1e6,6:0} MB allocated  GC {figure.Pauses:0.00} s  {result.Leads.Count} leads"));
        return figure;
    }

    private static double Median(List<Figure> figures, Func<Figure, double> value)
    {
        var sorted = figures.Select(value).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static ITextClassifier[] LoadClassifiers()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "models", "classifiers");
            if (Directory.Exists(folder) && File.Exists(Path.Combine(dir.FullName, "SupervisionModels.sln")))
            {
                return Directory.EnumerateFiles(folder, "*.zip").Order(StringComparer.Ordinal)
                    .Select(f => (ITextClassifier)MlTextClassifier.Load(MlTextClassifier.DefaultName(Path.GetFileNameWithoutExtension(f)), f))
                    .ToArray();
            }
        }

        throw new InvalidOperationException("models/classifiers was not found above the benchmark's folder.");
    }
}
