using System.Diagnostics;
using System.Globalization;
using SupervisionModels.Benchmarks;
using SupervisionModels.Benchmarks.Comparison;
using SupervisionModels.Datasets.Generator;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Facts;

// Benchmarks print figures; they are never unit tests with timings. Usage:
//   dotnet run -c Release --project tests/SupervisionModels.Benchmarks -- engine [--rows 1000000] [--docs 50000] [--repeat 3]
//   dotnet run -c Release --project tests/SupervisionModels.Benchmarks -- city|small [--reps N] [--seed N] [--data DIR] [--models SM0001,…] [--threads 2]
//   dotnet run -c Release --project tests/SupervisionModels.Benchmarks -- sql SM0003      (prints the DuckDB query of a model)
//   dotnet run -c Release --project tests/SupervisionModels.Benchmarks -- textpath --data DIR [--dataset judgments] [--column full_text] [--repeat 3]
//   dotnet run -c Release --project tests/SupervisionModels.Benchmarks -- textrun [--seed 4242 | --data DIR] [--reps 3] [--classifiers]   (issue 13)
//   dotnet run -c Release --project tests/SupervisionModels.Benchmarks -- leadbook [--leads 100000] [--postgres "Host=…;Database=…"] [--postgres-unbatched "Host=…;Database=OTHER"]   (issue 14)
// city and small: the engine against the same rules as DuckDB SQL (issue 6); see Comparison/ComparisonBenchmark.cs. Both
// sides are always keywords only (DuckDB has no classifier), so --keywords-only is accepted and changes nothing.
// SM_BENCH_PHASES=1 prints the engine's load and rule times per run; SM_BENCH_EXPLAIN=1 DuckDB's EXPLAIN ANALYZE.
var mode = args.FirstOrDefault() ?? "engine";
switch (mode)
{
    case "city" or "small":
        var scale = mode == "city" ? Scale.City : Scale.Small;
        var models = StringArg("--models", string.Join(',', Catalog.Ids)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return await ComparisonBenchmark.RunAsync(new ComparisonOptions(
            scale, IntArg("--seed", 424242), args.Contains("--data") ? StringArg("--data", "") : null,
            IntArg("--reps", 3), models, IntArg("--threads", 2)));
    case "once":
        return await ComparisonBenchmark.OnceAsync(StringArg("--side", "engine"), StringArg("--model", ""), StringArg("--data", ""), IntArg("--threads", 2), StringArg("--out", ""));
    case "textpath":
        // Issue 13: the text path in place (page reader + UTF-8 pre-filter) against Parquet.Net strings, one thread.
        return await TextPathBenchmark.RunAsync(StringArg("--data", "/tmp/o-data"), StringArg("--dataset", "judgments"), StringArg("--column", "full_text"), IntArg("--repeat", 3));
    case "textrun":
        // Issue 13: the three models in one run on the text path in place and on the old path; leads byte-identical.
        {
            var seed = IntArg("--seed", 4242);
            var folder = StringArg("--data", "") is { Length: > 0 } given ? given : await DatasetCache.EnsureAsync(DatasetCache.DefaultFolder(Scale.Small, seed), Scale.Small, seed);
            return await TextRunBenchmark.RunAsync(folder, IntArg("--reps", 3), args.Contains("--classifiers"));
        }

    case "leadbook":
        return await LeadBookBenchmark.RunAsync(IntArg("--leads", 100_000), args.Contains("--postgres") ? StringArg("--postgres", "") : null,
            StringArg("--work", Path.GetTempPath()), args.Contains("--postgres-unbatched") ? StringArg("--postgres-unbatched", "") : null, args.Contains("--skip-sqlite"));
    case "sql":
        Console.WriteLine(RunOnce.Query(args.Length > 1 ? args[1] : "SM0003"));
        return 0;
}

var rows = IntArg("--rows", 1_000_000);
var docs = IntArg("--docs", 50_000);
var repeat = IntArg("--repeat", 3);
var work = StringArg("--work", Path.Combine(Path.GetTempPath(), "supervisionmodels-bench"));

Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
switch (mode)
{
    case "engine":
        await JoinBenchmark.RunAsync(rows, repeat);
        await ScanBenchmark.RunInMemoryAsync(docs, repeat);
        await ScanBenchmark.RunParquetAsync(docs, repeat, work);
        break;
    case "join":
        await JoinBenchmark.RunAsync(rows, repeat);
        break;
    case "scan":
        await ScanBenchmark.RunInMemoryAsync(docs, repeat);
        await ScanBenchmark.RunParquetAsync(docs, repeat, work);
        break;
    default:
        Console.Error.WriteLine($"unknown mode '{mode}'; use engine, join, scan, small, city or sql.");
        return 1;
}

Console.WriteLine(FormattableString.Invariant($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB"));
return 0;

int IntArg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

string StringArg(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

/// <summary>Timing helpers: medians of repeated runs.</summary>
internal static class Measure
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public static string Seconds(double s) => s.ToString("0.000", CultureInfo.InvariantCulture) + " s";
}

internal static class JoinBenchmark
{
    public static async Task RunAsync(int rows, int repeat)
    {
        Console.WriteLine(FormattableString.Invariant($"== equality join: {rows:N0} cases × {rows:N0} payments on case_no"));
        var cases = new BenchCase[rows];
        var payments = new BenchPayment[rows];
        for (var i = 0; i < rows; i++)
        {
            var person = "P" + (i % (rows / 4 + 1)).ToString(CultureInfo.InvariantCulture);
            cases[i] = new BenchCase { CaseNo = "C" + i.ToString(CultureInfo.InvariantCulture), PlaintiffId = person, Amount = i };
        }

        for (var i = 0; i < rows; i++)
        {
            // Every payment cites a case; one in ten goes to the plaintiff.
            var c = (int)((i * 7919L) % rows);
            payments[i] = new BenchPayment
            {
                PaymentId = "X" + i.ToString(CultureInfo.InvariantCulture),
                CaseNo = "C" + c.ToString(CultureInfo.InvariantCulture),
                PayeeId = i % 10 == 0 ? cases[c].PlaintiffId : "Q" + i.ToString(CultureInfo.InvariantCulture),
                Amount = 1,
            };
        }

        var source = new InMemoryFactSource().Add(cases).Add(payments);
        var engine = new SupervisionEngine();
        var pureJoin = new List<double>();
        for (var r = 0; r < repeat; r++)
        {
            var result = await engine.RunAsync([new ModelRun(new JoinOnlyModel())], source);
            pureJoin.Add(result.Summary.Models[0].Rules[0].Elapsed.TotalSeconds);
        }

        var pure = Measure.Median(pureJoin);
        Console.WriteLine($"match + hash join + filter (no lead building), median of {repeat}: {Measure.Seconds(pure)} (issue 6 target: under 2 s for 1M × 1M: {(pure < 2 ? "met" : "not met")})");
        var joinTimes = new List<double>();
        var totalTimes = new List<double>();
        var leads = 0;
        for (var r = 0; r < repeat; r++)
        {
            var result = await engine.RunAsync([new ModelRun(new JoinModel())], source);
            joinTimes.Add(result.Summary.Models[0].Rules[0].Elapsed.TotalSeconds);
            totalTimes.Add(result.Summary.Elapsed.TotalSeconds);
            leads = result.Leads.Count;
        }

        Console.WriteLine($"join rule (hash join + filter + reasons), median of {repeat}: {Measure.Seconds(Measure.Median(joinTimes))}");
        Console.WriteLine($"whole run (plan + rule + leads), median of {repeat}: {Measure.Seconds(Measure.Median(totalTimes))}; {leads:N0} leads");
    }
}

internal static class ScanBenchmark
{
    private const int CharsPerDocument = 2_000;

    public static async Task RunInMemoryAsync(int docs, int repeat)
    {
        var documents = Documents(docs).ToArray();
        var source = new InMemoryFactSource().Add(documents);
        Console.WriteLine(FormattableString.Invariant($"== keyword scan in memory: {docs:N0} documents × ~{CharsPerDocument:N0} chars, {ScanModel.Keywords.Default.Terms.Count} keywords"));
        await RunAsync(source, repeat);
    }

    public static async Task RunParquetAsync(int docs, int repeat, string work)
    {
        var folder = Path.Combine(work, $"docs-{docs}", "bench_documents");
        var file = Path.Combine(folder, "part-00000.parquet");
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(folder);
            await SupervisionModels.Data.ParquetFactWriter<BenchDocument>.WriteAllAsync(file, Documents(docs), new SupervisionModels.Data.FactWriterOptions { RowGroupSize = 8_192 });
        }

        Console.WriteLine(FormattableString.Invariant($"== keyword scan from Parquet (read + decode + scan): {file} ({new FileInfo(file).Length / 1048576.0:0} MB on disk)"));
        await RunAsync(new ParquetFactSource(Path.GetDirectoryName(folder)!) { HashFiles = false }, repeat);
    }

    private static IEnumerable<BenchDocument> Documents(int docs) =>
        Enumerable.Range(0, docs).Select(i => new BenchDocument
        {
            DocId = "D" + i.ToString(CultureInfo.InvariantCulture),
            Kind = "判决书",
            FullText = TextBank.Document(i, CharsPerDocument),
        });

    private static async Task RunAsync(IFactSource source, int repeat)
    {
        var engine = new SupervisionEngine();
        var rates = new List<double>();
        var times = new List<double>();
        long bytes = 0;
        var leads = 0;
        for (var r = 0; r < repeat; r++)
        {
            var result = await engine.RunAsync([new ModelRun(new ScanModel())], source);
            var dataset = result.Summary.Datasets[0];
            bytes = dataset.TextBytesScanned;
            times.Add(dataset.LoadTime.TotalSeconds);
            rates.Add(bytes / 1048576.0 / dataset.LoadTime.TotalSeconds);
            leads = result.Leads.Count;
        }

        Console.WriteLine(FormattableString.Invariant($"text scanned: {bytes / 1048576.0:0} MB (UTF-8); time, median of {repeat}: {Measure.Seconds(Measure.Median(times))}; throughput: {Measure.Median(rates):0} MB/s; {leads:N0} documents matched"));
    }
}
