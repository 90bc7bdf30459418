using System.Diagnostics;
using System.Globalization;
using System.Text;
using SupervisionModels.Data.Pages;
using SupervisionModels.Data.Reading;
using SupervisionModels.BuiltIn.MinorsNitrousOxide;
using SupervisionModels.BuiltIn.PlateAuctionFakeLitigation;
using SupervisionModels.Models;
using SupervisionModels.Rules;
using SupervisionModels.Runtime.Text;

namespace SupervisionModels.Benchmarks;

/// <summary>
/// Issue 13's text path, one thread, over one dataset's text column (judgments/full_text of a generated data folder):
/// (a) today's path, Parquet.Net into strings and the keyword matcher on every row; (b) the page reader alone;
/// (c) the page reader, the UTF-8 pre-filter and the matcher on the rows that pass; and, on text already in memory,
/// the matcher on strings and the pre-filter on bytes. Figures are MB/s of UTF-8 text and bytes allocated; (a) and
/// (c) must find the same rows, or the benchmark fails.
/// </summary>
internal static class TextPathBenchmark
{
    public static async Task<int> RunAsync(string data, string dataset, string column, int repeat)
    {
        var files = Directory.GetFiles(Path.Combine(data, dataset), "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var footers = new List<ParquetFile>();
        foreach (var path in files)
        {
            footers.Add(await ParquetFile.OpenAsync(path, CancellationToken.None));
        }

        var sets = new (string Name, KeywordMatcher Matcher)[]
        {
            ("SM0001 keywords", Matcher(new PlateAuctionFakeLitigationModel(), "keywords")),
            ("SM0002 substance terms (rare here; N2O needs folding)", Matcher(new MinorsNitrousOxideModel(), "substance-terms")),
        };

        var bytes = TextBytes(footers, column);
        var codecs = string.Join(", ", footers.SelectMany(f => f.Metadata.RowGroups).Select(g => g.Columns[Index(footers[0], column)].MetaData!.Codec).Distinct());
        Console.WriteLine(FormattableString.Invariant($"text path: {dataset}/{column}, {files.Length} files, {footers.Sum(f => f.RowCount)} rows, {bytes / 1e6:0.0} MB of UTF-8 ({codecs}); one thread, medians of {repeat}; measured on a shared machine"));
        Console.WriteLine($"pre-filter: {(Utf8Prefilter.IsVectorized ? "SSSE3/AdvSimd" : "scalar")}");

        var decodeOnly = Time(repeat, () => DecodeOnly(footers, column));
        Report("(b) page reader, decode only", bytes, decodeOnly);
        foreach (var (name, matcher) in sets)
        {
            var prefilter = Utf8Prefilter.For(matcher);
            Console.WriteLine($"terms: {name}: {matcher.Terms.Count} terms, needles {prefilter.NeedleCounts}");
            var today = Time(repeat, () => Today(footers, column, matcher));
            var fast = Time(repeat, () => Fast(footers, column, matcher, prefilter));
            Report("(a) Parquet.Net strings + KeywordMatcher", bytes, today);
            Report("(c) page reader + pre-filter + KeywordMatcher on candidates", bytes, fast);
            Console.WriteLine(FormattableString.Invariant($"    rows with hits: (a) {today.Result.Hits}, (c) {fast.Result.Hits}; rows the pre-filter passed: {fast.Result.Candidates}"));
            if (today.Result.Hits != fast.Result.Hits || today.Result.HitSum != fast.Result.HitSum)
            {
                Console.Error.WriteLine("the text path in place finds other hits than today's path");
                return 1;
            }

            // The scan alone, on text already in memory: today's matcher on strings, the pre-filter on UTF-8.
            var texts = Strings(footers, column);
            var utf8 = texts.Select(t => Encoding.UTF8.GetBytes(t)).ToArray();
            var matcherOnly = Time(repeat, () => (texts.Count(t => matcher.FindAll(matcher.NeedsFolding ? KeywordMatcher.Fold(t) : t).Count > 0), 0L, 0));
            var prefilterOnly = Time(repeat, () => (utf8.Count(b => prefilter.MayMatch(b)), 0L, 0));
            Report("    in memory: KeywordMatcher on strings", bytes, matcherOnly);
            Report("    in memory: pre-filter on UTF-8", bytes, prefilterOnly);
        }

        return 0;
    }

    private static KeywordMatcher Matcher(SupervisionModel model, string parameter) =>
        new(model.Parameters.OfType<KeywordParameter>().Single(p => p.Name == parameter).Default.Terms);

    private static (int Hits, long HitSum, int Candidates) Today(List<ParquetFile> footers, string column, KeywordMatcher matcher)
    {
        int hits = 0;
        long sum = 0;
        foreach (var footer in footers)
        {
            var reader = ParquetFile.OpenReaderAsync(footer.Path, CancellationToken.None).GetAwaiter().GetResult();
            var field = footer.Column(column)!.Field;
            for (var g = 0; g < footer.RowGroupRows.Count; g++)
            {
                var values = new string?[footer.RowGroupRows[g]];
                using var group = reader.OpenRowGroupReader(g);
                group.ReadAsync(field, values!).AsTask().GetAwaiter().GetResult();
                foreach (var text in values)
                {
                    if (string.IsNullOrEmpty(text))
                    {
                        continue;
                    }

                    var found = matcher.FindAll(matcher.NeedsFolding ? KeywordMatcher.Fold(text) : text);
                    hits += found.Count > 0 ? 1 : 0;
                    sum += found.Count;
                }
            }

            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return (hits, sum, 0);
    }

    private static (int Hits, long HitSum, int Candidates) Fast(List<ParquetFile> footers, string column, KeywordMatcher matcher, Utf8Prefilter prefilter)
    {
        int hits = 0, candidates = 0;
        long sum = 0;
        using var pages = new TextChunkReader();
        var chunk = new TextChunk();
        var strings = Array.Empty<string?>();
        foreach (var footer in footers)
        {
            using var file = TextFile.Open(footer);
            for (var g = 0; g < file.RowGroups; g++)
            {
                var read = file.Read(g, column, pages, chunk);
                if (!read.Handled)
                {
                    throw new InvalidOperationException($"{footer.Path} row group {g}: {read.NotHandled}");
                }

                if (strings.Length < chunk.Count)
                {
                    strings = new string?[chunk.Count];
                }

                candidates += Utf8TextScan.DecodeCandidates(chunk, prefilter, strings);
                for (var row = 0; row < chunk.Count; row++)
                {
                    if (strings[row] is { Length: > 0 } text)
                    {
                        var found = matcher.FindAll(matcher.NeedsFolding ? KeywordMatcher.Fold(text) : text);
                        hits += found.Count > 0 ? 1 : 0;
                        sum += found.Count;
                    }
                }
            }
        }

        return (hits, sum, candidates);
    }

    private static (int Hits, long HitSum, int Candidates) DecodeOnly(List<ParquetFile> footers, string column)
    {
        using var pages = new TextChunkReader();
        var chunk = new TextChunk();
        var rows = 0;
        foreach (var footer in footers)
        {
            using var file = TextFile.Open(footer);
            for (var g = 0; g < file.RowGroups; g++)
            {
                _ = file.Read(g, column, pages, chunk);
                rows += chunk.Count;
            }
        }

        return (rows, 0, 0);
    }

    private static long TextBytes(List<ParquetFile> footers, string column)
    {
        using var pages = new TextChunkReader();
        var chunk = new TextChunk();
        long bytes = 0;
        foreach (var footer in footers)
        {
            using var file = TextFile.Open(footer);
            for (var g = 0; g < file.RowGroups; g++)
            {
                var read = file.Read(g, column, pages, chunk);
                if (!read.Handled)
                {
                    throw new InvalidOperationException($"{footer.Path} row group {g}: {read.NotHandled}");
                }

                for (var row = 0; row < chunk.Count; row++)
                {
                    bytes += Math.Max(0, chunk.Length(row));
                }
            }
        }

        return bytes;
    }

    private static string[] Strings(List<ParquetFile> footers, string column)
    {
        using var pages = new TextChunkReader();
        var chunk = new TextChunk();
        var texts = new List<string>();
        foreach (var footer in footers)
        {
            using var file = TextFile.Open(footer);
            for (var g = 0; g < file.RowGroups; g++)
            {
                _ = file.Read(g, column, pages, chunk);
                for (var row = 0; row < chunk.Count; row++)
                {
                    if (!chunk.IsNull(row))
                    {
                        texts.Add(Encoding.UTF8.GetString(chunk.Value(row)));
                    }
                }
            }
        }

        return texts.ToArray();
    }

    private static int Index(ParquetFile footer, string column)
    {
        for (var i = 0; i < footer.Columns.Count; i++)
        {
            if (footer.Columns[i].Name == column)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"no column {column}");
    }

    private sealed record Timing((int Hits, long HitSum, int Candidates) Result, double Seconds, long Allocated);

    private static Timing Time(int repeat, Func<(int, long, int)> run)
    {
        // Warm-up: the file cache, and twice so that tiered compilation has the optimised code in place.
        run();
        run();
        var seconds = new List<double>();
        var allocated = new List<double>();
        (int, long, int) result = default;
        for (var i = 0; i < repeat; i++)
        {
            GC.Collect();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            result = run();
            seconds.Add(clock.Elapsed.TotalSeconds);
            allocated.Add(GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return new Timing(result, Measure.Median(seconds), (long)Measure.Median(allocated));
    }

    private static void Report(string name, long bytes, Timing timing) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-62} {bytes / 1e6 / timing.Seconds,8:0} MB/s  {timing.Seconds,7:0.000} s  allocated {timing.Allocated / 1e6,8:0.0} MB"));
}
