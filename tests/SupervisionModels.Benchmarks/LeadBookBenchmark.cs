using System.Diagnostics;
using System.Globalization;
using SupervisionModels.LeadBook;
using SupervisionModels.Leads;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Benchmarks;

/// <summary>
/// The lead book (issue 14): imports N synthetic leads into a new book (SQLite in a temp folder, and PostgreSQL when a
/// connection string is given), prints the time and the database's size, imports them again (every lead seen again,
/// one in ten with a new evidence record), and times <c>leads list --status 待核查 --model SM0002</c> (open + query) five
/// times, printing the median. <c>--postgres-unbatched</c> (another empty database) measures the same with the import
/// sending one statement per round trip, as it did before batching; <c>--skip-sqlite</c> leaves SQLite out.
/// </summary>
internal static class LeadBookBenchmark
{
    public static async Task<int> RunAsync(int count, string? postgres, string work, string? postgresUnbatched = null, bool skipSqlite = false)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lead book: {count} synthetic leads (3 models; 5 rules, 8 evidence records, 2 excerpts each)"));
        var first = Enumerable.Range(0, count).Select(i => Synthetic(i, extraEvidence: false)).ToArray();
        var second = Enumerable.Range(0, count).Select(i => Synthetic(i, extraEvidence: i % 10 == 0)).ToArray();

        var folder = Path.Combine(work, "leadbook-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            if (!skipSqlite)
            {
                await MeasureAsync(LeadBookLocation.Parse(Path.Combine(folder, "leads.db")), first, second);
            }

            if (postgresUnbatched is not null)
            {
                await MeasureAsync(LeadBookLocation.Parse(postgresUnbatched), first, second, batchSize: 1);
            }

            if (postgres is not null)
            {
                await MeasureAsync(LeadBookLocation.Parse(postgres), first, second);
            }
            else
            {
                Console.WriteLine("PostgreSQL: not measured (give --postgres \"Host=…;Database=…\" naming an empty database).");
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return 0;
    }

    private static async Task MeasureAsync(LeadBookLocation location, Lead[] first, Lead[] second, int? batchSize = null)
    {
        var models = new[] { "SM0001", "SM0002", "SM0003" };
        var engine = location.Engine + (batchSize == 1 ? " (one statement per round trip)" : location.IsPostgres ? " (batched)" : "");
        var clock = Stopwatch.StartNew();
        ImportResult imported;
        await using (var book = await LeadBook.LeadBook.OpenAsync(location, new LeadBookOptions { ImportBatchSize = batchSize }))
        {
            if (await book.CountAsync() > 0)
            {
                throw new InvalidOperationException($"{location.Display} is not empty: the benchmark needs a new book.");
            }

            var opened = clock.Elapsed;
            clock.Restart();
            imported = await book.ImportAsync(first, new RunImport("bench-1.jsonl", null, models, null), "bench");
            var importTime = clock.Elapsed;
            var size = await book.SizeAsync();
            clock.Restart();
            var again = await book.ImportAsync(second, new RunImport("bench-2.jsonl", null, models, null), "bench");
            var reimportTime = clock.Elapsed;
            var sizeAfter = await book.SizeAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{engine}: open + migrate {opened.TotalMilliseconds:0} ms; import {imported.Added} new leads {importTime.TotalSeconds:0.00} s ({imported.Added / importTime.TotalSeconds:0} leads/s), database {size / 1048576.0:0.0} MB; " +
                $"import again ({again.SeenAgain} seen again, {again.WithNewEvidence} with new evidence) {reimportTime.TotalSeconds:0.00} s, database {sizeAfter / 1048576.0:0.0} MB"));
        }

        var times = new List<double>();
        var found = 0;
        for (var i = 0; i < 5; i++)
        {
            clock.Restart();
            await using var book = await LeadBook.LeadBook.OpenAsync(location);
            found = (await book.ListAsync(new LeadQuery(LeadWorkflow.Pending, "SM0002"))).Count;
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{engine}: leads list --status 待核查 --model SM0002 ({found} leads, open + query + materialise): median of 5 {times[2]:0} ms (min {times[0]:0}, max {times[4]:0})"));
    }

    private static Lead Synthetic(int i, bool extraEvidence)
    {
        var model = (i % 3) switch { 0 => "SM0001", 1 => "SM0002", _ => "SM0003" };
        var key = "ID:3704811968" + i.ToString("D6", CultureInfo.InvariantCulture);
        var rules = Enumerable.Range(1, 5).Select(r => new LeadRule("R" + r.ToString(CultureInfo.InvariantCulture), $"规则 R{r}：同一原告在筛查文书中作为原告起诉 ≥ 2 件", 5 + (i + r) % 20, 1 + r % 3)).ToArray();
        var evidence = Enumerable.Range(0, extraEvidence ? 9 : 8).Select(e => new Evidence(
            "R" + (1 + e % 5).ToString(CultureInfo.InvariantCulture), e % 2 == 0 ? "judgments" : "enforcement_cases",
            string.Create(CultureInfo.InvariantCulture, $"（2022）鲁0481民初{i * 10 + e}号"))
        {
            Excerpt = e < 2 ? "…商约定以被告名下号牌为鲁DGW973的已报废的小型普通客车的【号牌额度】【以车抵债】，但被告至今未予配合办理。…" : null,
            MatchedWords = e < 2 ? ["号牌额度", "以车抵债"] : [],
        }).ToArray();
        return new Lead(LeadIds.For(model, key, "原告"), model, "1.0.0", new LeadSubject(key, "张三丰", "person", "原告", "idNumber"),
            rules.Sum(r => r.Weight), 1 + i / 3, rules, evidence);
    }
}
