using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Facts;

namespace SupervisionModels.Benchmarks.Comparison;

/// <summary>What one run of one side (engine or DuckDB) over one model found and cost.</summary>
internal sealed record OnceResult(
    string Side, string ModelId, double Seconds, long PeakRssBytes, IReadOnlyList<string> Subjects, long Rows, long TextBytes, string Version)
{
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
}

/// <summary>One run of one side, in this process (the parent starts a child per run so that peaks do not mix).</summary>
internal static class RunOnce
{
    /// <summary>The lead subject as compared: subject key and role.</summary>
    public static string SubjectOf(string key, string role) => key + "\t" + role;

    public static async Task<OnceResult> EngineAsync(string data, string modelId, bool classifierOff = true)
    {
        var model = Catalog.Model(modelId);
        var parameters = classifierOff ? new Dictionary<string, object> { ["use-classifier"] = false } : [];
        var run = new ModelRun(model) { ParameterValues = parameters };
        var engine = new SupervisionEngine();
        var clock = Stopwatch.StartNew();
        // Files are not hashed (the CLI hashes them for the run record; DuckDB does not read them twice either).
        var result = await engine.RunAsync([run], new ParquetFactSource(data) { HashFiles = false });
        clock.Stop();
        if (Environment.GetEnvironmentVariable("SM_BENCH_PHASES") == "1")
        {
            // Where the engine's time goes, from its own run summary (a diagnostic, printed to stderr).
            foreach (var d in result.Summary.Datasets.OrderByDescending(d => d.LoadTime))
            {
                Console.Error.WriteLine(FormattableString.Invariant($"  load {d.Provenance.Dataset,-22} {d.LoadTime.TotalSeconds,7:0.00} s  {d.Rows,10:N0} rows  {d.TextBytesScanned / 1048576.0,7:0} MB text"));
            }

            foreach (var r in result.Summary.Models.SelectMany(m => m.Rules).OrderByDescending(r => r.Elapsed).Take(8))
            {
                Console.Error.WriteLine(FormattableString.Invariant($"  rule {r.RuleId,-5} {r.Elapsed.TotalSeconds,7:0.00} s  {r.Bindings,10:N0} bindings"));
            }

            Console.Error.WriteLine(FormattableString.Invariant($"  total {result.Summary.Elapsed.TotalSeconds:0.00} s"));
        }

        var subjects = result.Leads.Select(l => SubjectOf(l.Subject.Key, l.Subject.Role)).Distinct().Order(StringComparer.Ordinal).ToArray();
        return new OnceResult("engine", modelId, clock.Elapsed.TotalSeconds, PeakRss(), subjects,
            result.Summary.Datasets.Sum(d => d.Rows), result.Summary.Datasets.Sum(d => d.TextBytesScanned), SupervisionEngine.Version);
    }

    public static OnceResult DuckDb(string data, string modelId, int threads)
    {
        var model = Catalog.Model(modelId);
        var sql = Catalog.Sql(modelId);
        // The weights the engine would apply (the model's Reason weights), from the engine's own plan.
        var weights = new SupervisionEngine().Plan([new ModelRun(model)]).RuleWeights(modelId);
        var query = sql.LeadQuery(model, weights);
        var clock = Stopwatch.StartNew();
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Execute(connection, $"SET threads = {threads.ToString(CultureInfo.InvariantCulture)}");
        // Dates of timestamps as the engine takes them (DateOnly.FromDateTime of the stored UTC value).
        Execute(connection, "SET TimeZone = 'UTC'");
        foreach (var statement in EntityMacros.Statements())
        {
            Execute(connection, statement);
        }

        foreach (var dataset in sql.Datasets)
        {
            var glob = Path.Combine(Path.GetFullPath(data), dataset, "**", "*.parquet");
            Execute(connection, $"CREATE VIEW {dataset} AS SELECT * FROM read_parquet({SqlText.Str(glob)}, hive_partitioning = true)");
        }

        if (Environment.GetEnvironmentVariable("SM_BENCH_EXPLAIN") == "1")
        {
            // EXPLAIN ANALYZE: where DuckDB spends its time (a diagnostic, printed to stderr).
            using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN ANALYZE " + query;
            using var plan = explain.ExecuteReader();
            while (plan.Read())
            {
                Console.Error.WriteLine(plan.GetString(1));
            }
        }

        var subjects = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = query;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                subjects.Add(SubjectOf(reader.GetString(0), reader.GetString(1)));
            }
        }

        clock.Stop();
        string version;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT version()";
            version = command.ExecuteScalar()?.ToString() ?? "?";
        }

        return new OnceResult("duckdb", modelId, clock.Elapsed.TotalSeconds, PeakRss(), subjects.Distinct().Order(StringComparer.Ordinal).ToArray(), 0, 0, version);
    }

    /// <summary>The full query of a model, for reading or pasting into the duckdb shell.</summary>
    public static string Query(string modelId)
    {
        var model = Catalog.Model(modelId);
        var weights = new SupervisionEngine().Plan([new ModelRun(model)]).RuleWeights(modelId);
        return string.Join(";\n", EntityMacros.Statements()) + ";\n\n" + Catalog.Sql(modelId).LeadQuery(model, weights) + ";\n";
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // VmHWM: the process's peak resident set, native memory (DuckDB's) included; the working set peak elsewhere.
    private static long PeakRss()
    {
        if (File.Exists("/proc/self/status"))
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }

        return Process.GetCurrentProcess().PeakWorkingSet64;
    }
}
