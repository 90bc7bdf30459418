using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using SupervisionModels.Datasets.Generator;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Benchmarks.Comparison;

/// <summary>What the <c>small</c> and <c>city</c> modes compare.</summary>
internal sealed record ComparisonOptions(Scale Scale, int Seed, string? Data, int Reps, IReadOnlyList<string> Models, int Threads);

/// <summary>
/// Issue 6: each model run by the engine and as DuckDB SQL over the same Parquet files, each repetition in a child
/// process of its own (so that its peak resident set is its own), the lead subjects compared, medians reported.
/// </summary>
internal static class ComparisonBenchmark
{
    private const int MaxExamples = 20;

    public static async Task<int> RunAsync(ComparisonOptions o)
    {
        var data = o.Data ?? await DatasetCache.EnsureAsync(DatasetCache.DefaultFolder(o.Scale, o.Seed), o.Scale, o.Seed);
        if (o.Data is not null)
        {
            Console.WriteLine($"dataset: {data} (given)");
        }

        var truthPath = Path.Combine(data, "truth.jsonl");
        var truth = File.Exists(truthPath) ? await LeadEvaluation.ReadTruthAsync(truthPath) : [];
        var rows = new List<Row>();
        var failed = false;
        string duckVersion = "?";
        foreach (var id in o.Models)
        {
            var engine = new List<OnceResult>();
            var duck = new List<OnceResult>();
            for (var rep = 0; rep < o.Reps; rep++)
            {
                // Alternate who goes first, so that neither always meets the other's warm file cache.
                if (rep % 2 == 0)
                {
                    engine.Add(await ChildAsync("engine", id, data, o.Threads));
                    duck.Add(await ChildAsync("duckdb", id, data, o.Threads));
                }
                else
                {
                    duck.Add(await ChildAsync("duckdb", id, data, o.Threads));
                    engine.Add(await ChildAsync("engine", id, data, o.Threads));
                }

                Console.WriteLine(FormattableString.Invariant($"  {id} rep {rep + 1}/{o.Reps}: engine {engine[^1].Seconds:0.00} s ({Mb(engine[^1].PeakRssBytes):0} MB peak), duckdb {duck[^1].Seconds:0.00} s ({Mb(duck[^1].PeakRssBytes):0} MB peak)"));
            }

            duckVersion = duck[0].Version;
            failed |= !Compare(id, engine, duck);
            Recall(id, truth, engine[0].Subjects, duck[0].Subjects);
            rows.Add(new Row(id, engine, duck));
        }

        Print(rows, o, duckVersion);
        if (failed)
        {
            Console.WriteLine("FAILED: the engine and DuckDB found different lead subjects (above).");
            return 1;
        }

        return 0;
    }

    /// <summary>The child's side: one run, its result written as JSON to <paramref name="outPath"/>.</summary>
    public static async Task<int> OnceAsync(string side, string modelId, string data, int threads, string outPath)
    {
        var result = side == "engine" ? await RunOnce.EngineAsync(data, modelId) : RunOnce.DuckDb(data, modelId, threads);
        await File.WriteAllTextAsync(outPath, JsonSerializer.Serialize(result, OnceResult.Json));
        return 0;
    }

    private static async Task<OnceResult> ChildAsync(string side, string modelId, string data, int threads)
    {
        var outPath = Path.Combine(Path.GetTempPath(), $"sm-bench-{Environment.ProcessId}-{side}-{modelId}.json");
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ComparisonBenchmark).Assembly.Location);
        }

        foreach (var a in new[] { "once", "--side", side, "--model", modelId, "--data", data, "--threads", threads.ToString(CultureInfo.InvariantCulture), "--out", outPath })
        {
            start.ArgumentList.Add(a);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the child process");
        await child.WaitForExitAsync();
        if (child.ExitCode != 0 || !File.Exists(outPath))
        {
            throw new InvalidOperationException($"the {side} run of {modelId} failed (exit code {child.ExitCode}).");
        }

        var result = JsonSerializer.Deserialize<OnceResult>(await File.ReadAllTextAsync(outPath), OnceResult.Json)!;
        File.Delete(outPath);
        return result;
    }

    private static bool Compare(string id, List<OnceResult> engine, List<OnceResult> duck)
    {
        var ok = true;
        foreach (var (side, runs) in new[] { ("engine", engine), ("duckdb", duck) })
        {
            if (runs.Any(r => !r.Subjects.SequenceEqual(runs[0].Subjects)))
            {
                Console.WriteLine($"{id}: the {side}'s lead subjects differ between repetitions.");
                ok = false;
            }
        }

        var e = engine[0].Subjects.ToHashSet(StringComparer.Ordinal);
        var d = duck[0].Subjects.ToHashSet(StringComparer.Ordinal);
        var onlyEngine = e.Except(d).Order(StringComparer.Ordinal).ToArray();
        var onlyDuck = d.Except(e).Order(StringComparer.Ordinal).ToArray();
        if (onlyEngine.Length == 0 && onlyDuck.Length == 0)
        {
            Console.WriteLine($"{id}: same lead subjects: {e.Count:N0} (subject key + role)");
            return ok;
        }

        Console.WriteLine($"{id}: DIFFERENT lead subjects: engine {e.Count:N0}, DuckDB {d.Count:N0}; only the engine {onlyEngine.Length:N0}, only DuckDB {onlyDuck.Length:N0}");
        foreach (var s in onlyEngine.Take(MaxExamples))
        {
            Console.WriteLine($"  only engine: {s.Replace('\t', ' ')}");
        }

        foreach (var s in onlyDuck.Take(MaxExamples))
        {
            Console.WriteLine($"  only DuckDB: {s.Replace('\t', ' ')}");
        }

        return false;
    }

    private static void Recall(string id, IReadOnlyList<TruthLead> truth, IReadOnlyList<string> engine, IReadOnlyList<string> duck)
    {
        var planted = truth.Where(t => t.ModelId == id).Select(t => RunOnce.SubjectOf(t.SubjectKey, t.Role)).ToHashSet(StringComparer.Ordinal);
        if (planted.Count == 0)
        {
            return;
        }

        string Of(IReadOnlyList<string> found) => FormattableString.Invariant($"recall {found.Count(planted.Contains) / (double)planted.Count:0.000} ({found.Count(planted.Contains)}/{planted.Count}), {found.Count:N0} leads");
        Console.WriteLine($"{id}: against truth.jsonl (keywords only): engine {Of(engine)}; DuckDB {Of(duck)}");
    }

    private static void Print(List<Row> rows, ComparisonOptions o, string duckVersion)
    {
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant(
            $"machine: {Environment.ProcessorCount} cores, {Mb(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes) / 1024:0} GB RAM, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, DuckDB {duckVersion} (threads = {o.Threads})"));
        Console.WriteLine(FormattableString.Invariant(
            $"{o.Scale.ToString().ToLowerInvariant()} seed {o.Seed}, keywords only (no classifier on either side), median (min) of {o.Reps} repetitions, each in its own process, Parquet read included"));
        var header = new[] { "model", "leads", "engine s", "DuckDB s", "engine/DuckDB", "rows read", "rows/s engine", "rows/s DuckDB", "text MB", "MB/s engine", "MB/s DuckDB", "engine peak", "DuckDB peak" };
        var table = new List<string[]> { header };
        foreach (var r in rows)
        {
            table.Add(Cells(r.Id, r.Engine[0].Subjects.Count, Seconds(r.Engine), Seconds(r.Duck), r.Engine[0].Rows, r.Engine[0].TextBytes,
                r.Engine.Max(x => x.PeakRssBytes), r.Duck.Max(x => x.PeakRssBytes)));
        }

        if (rows.Count > 1)
        {
            var e = (Median: rows.Sum(r => Seconds(r.Engine).Median), Min: rows.Sum(r => Seconds(r.Engine).Min));
            var d = (Median: rows.Sum(r => Seconds(r.Duck).Median), Min: rows.Sum(r => Seconds(r.Duck).Min));
            table.Add(Cells("total", rows.Sum(r => r.Engine[0].Subjects.Count), e, d, rows.Sum(r => r.Engine[0].Rows), rows.Sum(r => r.Engine[0].TextBytes),
                rows.Max(r => r.Engine.Max(x => x.PeakRssBytes)), rows.Max(r => r.Duck.Max(x => x.PeakRssBytes))));
        }

        var widths = Enumerable.Range(0, header.Length).Select(i => table.Max(t => t[i].Length)).ToArray();
        foreach (var (line, index) in table.Select((t, i) => (t, i)))
        {
            Console.WriteLine("| " + string.Join(" | ", line.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))) + " |");
            if (index == 0)
            {
                Console.WriteLine("|" + string.Join("|", widths.Select((w, i) => new string('-', w + 1) + (i == 0 ? "-" : ":"))) + "|");
            }
        }

        Console.WriteLine("rows read: rows of the datasets the model reads; text MB: UTF-8 bytes of the text columns its keyword rules scan (the engine's count; the same input for both);");
        Console.WriteLine("peak: the child process's peak resident set (VmHWM), the largest over the repetitions.");
    }

    private static string[] Cells(string id, int leads, (double Median, double Min) e, (double Median, double Min) d, long rows, long textBytes, long enginePeak, long duckPeak) =>
    [
        id,
        leads.ToString("N0", CultureInfo.InvariantCulture),
        FormattableString.Invariant($"{e.Median:0.00} ({e.Min:0.00})"),
        FormattableString.Invariant($"{d.Median:0.00} ({d.Min:0.00})"),
        FormattableString.Invariant($"{e.Median / d.Median:0.00}"),
        rows.ToString("N0", CultureInfo.InvariantCulture),
        FormattableString.Invariant($"{rows / e.Median / 1e6:0.00} M"),
        FormattableString.Invariant($"{rows / d.Median / 1e6:0.00} M"),
        FormattableString.Invariant($"{Mb(textBytes):0}"),
        FormattableString.Invariant($"{Mb(textBytes) / e.Median:0}"),
        FormattableString.Invariant($"{Mb(textBytes) / d.Median:0}"),
        FormattableString.Invariant($"{Mb(enginePeak):0} MB"),
        FormattableString.Invariant($"{Mb(duckPeak):0} MB"),
    ];

    private static (double Median, double Min) Seconds(List<OnceResult> runs) => (Measure.Median(runs.Select(r => r.Seconds)), runs.Min(r => r.Seconds));

    private static double Mb(long bytes) => bytes / 1048576.0;

    private sealed record Row(string Id, List<OnceResult> Engine, List<OnceResult> Duck);
}
