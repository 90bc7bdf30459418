using System.Diagnostics;
using System.Globalization;
using SupervisionModels.Data.Tests;
using SupervisionModels.Leads;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli.Tests;

/// <summary>
/// Damaged copies of sample files, run through <c>supervise run</c>: every mutant gives the unmutated run's leads, or
/// a data-quality warning naming a column of the damaged dataset, or exit 1 with a clear message — never other leads
/// in silence, never exit 2, never a raw .NET message, never a hang (issue 12, item 7).
/// </summary>
public sealed class CorruptDataFuzzTests
{
    /// <summary>The fixed seed: the same mutants every run, so a failure names a mutant that can be made again.</summary>
    private const int Seed = 20261203;

    private const int Mutants = 330;

    private static readonly TimeSpan PerMutantLimit = TimeSpan.FromSeconds(30);

    /// <summary>SM0003's datasets; the three smallest are mutated (a few KB each, so each run takes well under a second).</summary>
    private static readonly string[] Datasets = ["case_persons", "disabled_persons", "judicial_aid_grants", "poverty_monitoring", "procuratorate_cases", "social_assistance", "women_federation_aid"];

    private static readonly string[] Mutated = ["judicial_aid_grants", "women_federation_aid", "poverty_monitoring"];

    private static readonly string[] RawDotNetMessages =
        ["Object reference not set", "Index was outside", "Specified argument", "Arithmetic operation", "Unable to cast", "Exception:", "Exception)", "   at "];

    private enum Outcome
    {
        SameLeads,
        SameLeadsWithWarning,
        DifferentLeadsWithWarning,
        RefusedCorrupt,
        RefusedOther,
    }

    private sealed record Mutant(int Number, string Kind, string Detail, string Dataset, byte[] Bytes)
    {
        public override string ToString() => $"mutant {Number} ({Kind}{Detail} of {Dataset})";
    }

    [Fact]
    public async Task SeededMutantsOfSampleFiles_GiveSameLeads_OrAWarning_OrExit1()
    {
        using var temp = new TempFolder();
        var data = temp.Combine("data");
        var originals = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var dataset in Datasets)
        {
            Directory.CreateDirectory(Path.Combine(data, dataset));
            var target = Path.Combine(data, dataset, "part-00000.parquet");

            File.Copy(Path.Combine(FixtureFiles.RepositoryRoot, "datasets", "sample", dataset, "part-00000.parquet"), target);
            originals[dataset] = await File.ReadAllBytesAsync(target, TestContext.Current.CancellationToken);

            // Damage inside values that still decompress is found by the page CRCs our writer adds; the sample has them.
            Assert.All(ParquetPages.Pages(originals[dataset]), page => Assert.NotNull(page.Header.Int(4)));
        }

        // The same datasets from another seed: files of the same family, whose footers fit the schema but not the data.
        var generated = temp.Combine("family");
        var generate = new CliHarness();
        Assert.True(await generate.RunAsync("datasets", "generate", "--scale", "tiny", "--seed", "7", "--out", generated) == 0, generate.Error);
        var family = Mutated.ToDictionary(d => d, d => File.ReadAllBytes(Path.Combine(generated, d, "part-00000.parquet")), StringComparer.Ordinal);

        var (baseExit, baseline, baseText) = await RunAsync(data, temp.Combine("out", "base.jsonl"));
        Assert.True(baseExit == 0, baseText);
        Assert.NotEmpty(baseline);
        Assert.DoesNotContain("warning:", baseText, StringComparison.Ordinal);

        var tally = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        foreach (var mutant in MakeMutants(originals, family))
        {
            var path = Path.Combine(data, mutant.Dataset, "part-00000.parquet");
            await File.WriteAllBytesAsync(path, mutant.Bytes, TestContext.Current.CancellationToken);
            var run = RunAsync(data, temp.Combine("out", $"m{mutant.Number}.jsonl"));
            if (await Task.WhenAny(run, Task.Delay(PerMutantLimit, TestContext.Current.CancellationToken)) != run)
            {
                Assert.Fail($"{mutant} did not finish within {PerMutantLimit.TotalSeconds} s");
            }

            var (exit, leads, text) = await run;
            var outcome = Classify(mutant, exit, leads, text, baseline, out var failure);
            if (failure is not null)
            {
                failures.Add($"{mutant}: {failure}\n    {text.Trim().Replace("\n", "\n    ", StringComparison.Ordinal)}");
            }
            else
            {
                var source = mutant.Kind != "swapped footer" ? "" : mutant.Detail.Contains("seed 7", StringComparison.Ordinal) ? " (same dataset)" : " (other dataset)";
                var key = $"{mutant.Kind}{source}: {outcome}";
                tally[key] = tally.GetValueOrDefault(key) + 1;
            }

            await File.WriteAllBytesAsync(path, originals[mutant.Dataset], TestContext.Current.CancellationToken);
        }

        var report = string.Join("\n", tally.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"  {t.Key,-45} {t.Value,4}"));
        TestContext.Current.SendDiagnosticMessage($"{Mutants} mutants in {clock.Elapsed.TotalSeconds:0} s, outcomes:\n{report}\n  failed: {failures.Count}");
        TestContext.Current.TestOutputHelper?.WriteLine($"{Mutants} mutants in {clock.Elapsed.TotalSeconds:0} s, outcomes:\n{report}\n  failed: {failures.Count}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {Mutants} mutants broke the contract:\n{string.Join("\n", failures)}\nthe others:\n{report}");
    }

    private static Outcome Classify(Mutant mutant, int exit, IReadOnlyList<Lead> leads, string text, IReadOnlyList<Lead> baseline, out string? failure)
    {
        failure = null;
        if (RawDotNetMessages.FirstOrDefault(m => text.Contains(m, StringComparison.Ordinal)) is { } raw)
        {
            failure = $"the message holds a raw .NET message or stack ({raw.Trim()})";
        }

        switch (exit)
        {
            case 0 when mutant.Kind == "swapped footer":
                failure ??= "exit 0 with another file's footer";
                return Outcome.SameLeads;
            case 0:
                var same = Fingerprint(leads).SequenceEqual(Fingerprint(baseline));
                var warned = text.Contains("warning:", StringComparison.Ordinal) && text.Contains($"'{mutant.Dataset}'", StringComparison.Ordinal);
                if (!same && !warned)
                {
                    failure ??= "exit 0 with different leads and no warning naming a column of the dataset";
                }

                return same ? (warned ? Outcome.SameLeadsWithWarning : Outcome.SameLeads) : Outcome.DifferentLeadsWithWarning;
            case 1:
                var line = text.Split('\n').FirstOrDefault(l => l.StartsWith("error: ", StringComparison.Ordinal)) ?? "";
                if (line.Contains("unsupported", StringComparison.Ordinal))
                {
                    failure ??= "a damaged file is called unsupported";
                }
                else if (!line.Contains(mutant.Dataset, StringComparison.Ordinal))
                {
                    failure ??= "exit 1 without naming the dataset or its file";
                }

                var corrupt = line.StartsWith("error: corrupt: ", StringComparison.Ordinal);
                if (mutant.Kind == "swapped footer" && !corrupt)
                {
                    // The footer is sound but describes other data: that is damage, not a file with other columns.
                    failure ??= "a swapped footer is not called corrupt";
                }

                return corrupt ? Outcome.RefusedCorrupt : Outcome.RefusedOther;
            default:
                failure ??= string.Create(CultureInfo.InvariantCulture, $"exit {exit}");
                return Outcome.RefusedOther;
        }
    }

    /// <summary>What must not change in silence: each lead's id, score, rank and rules with their weights.</summary>
    private static IEnumerable<string> Fingerprint(IReadOnlyList<Lead> leads) =>
        leads.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.LeadId} {l.Score} {l.Rank} {string.Join(",", l.Rules.Select(r => $"{r.RuleId}:{r.Weight}"))}"));

    private static async Task<(int Exit, IReadOnlyList<Lead> Leads, string Text)> RunAsync(string data, string output)
    {
        var cli = new CliHarness();
        var exit = await Task.Run(() => cli.RunAsync("run", "--data", data, "--models", "SM0003", "--out", output));
        var leads = exit == 0 ? await LeadJson.ReadAsync(output, TestContext.Current.CancellationToken) : [];
        return (exit, leads, cli.Error + cli.Output);
    }

    private static IEnumerable<Mutant> MakeMutants(IReadOnlyDictionary<string, byte[]> originals, IReadOnlyDictionary<string, byte[]> family)
    {
        var random = new Random(Seed);
        string[] kinds = ["bit flips", "truncation", "zeroed range", "random bytes", "swapped footer", "page value count", "page size", "huge length"];
        for (var n = 0; n < Mutants; n++)
        {
            var kind = kinds[n % kinds.Length];
            var dataset = Mutated[random.Next(Mutated.Length)];
            var bytes = (byte[])originals[dataset].Clone();
            // A swapped footer comes from another dataset's file, or from this dataset's file of another seed.
            var fromFamily = kind == "swapped footer" && random.Next(2) == 0;
            var other = fromFamily ? family[dataset] : originals[Mutated.First(d => d != dataset)];
            var detail = Mutate(kind, bytes, other, random, out var mutated) + (kind == "swapped footer" ? (fromFamily ? " from seed 7's file" : " from another dataset's file") : "");
            yield return new Mutant(n, kind, detail, dataset, mutated);
        }
    }

    private static string Mutate(string kind, byte[] bytes, byte[] other, Random random, out byte[] result)
    {
        result = bytes;
        switch (kind)
        {
            case "bit flips":
                var flips = random.Next(1, 4);
                var flipped = new List<string>();
                for (var i = 0; i < flips; i++)
                {
                    var flipAt = random.Next(bytes.Length);
                    var bit = random.Next(8);
                    bytes[flipAt] ^= (byte)(1 << bit);
                    flipped.Add($"{flipAt}.{bit}");
                }

                return $" x{flips} at {string.Join(",", flipped)} (byte.bit) of {bytes.Length}";
            case "truncation":
                var length = random.Next(bytes.Length);
                result = bytes[..length];
                return $" to {length} bytes";
            case "zeroed range":
                var (zeroAt, zeroes) = Range(bytes.Length, 64, random);
                Array.Clear(bytes, zeroAt, zeroes);
                return $" {zeroAt}+{zeroes}";
            case "random bytes":
                var (at, count) = Range(bytes.Length, 346, random);
                random.NextBytes(bytes.AsSpan(at, count));
                return $" {at}+{count}";
            case "swapped footer":
                var (start, _) = ParquetPages.Footer(bytes);
                var (otherStart, _) = ParquetPages.Footer(other);
                result = [.. bytes[..(int)start], .. other[(int)otherStart..]];
                return "";
            case "page value count":
                {
                    var pages = ParquetPages.Pages(bytes);
                    var page = pages[random.Next(pages.Count)];
                    var holder = page.ValuesHeader!;
                    var values = holder.Int(1)!.Value;
                    long[] choices = [0, values - 1, values / 2, values + 1, values * 2];
                    var value = choices[random.Next(choices.Length)];
                    return ParquetPages.TrySetInt(bytes, page, holder, 1, value) ? $" {page.Column}@{page.Start} {values}→{value}" : " (unchanged)";
                }

            case "page size":
                {
                    var pages = ParquetPages.Pages(bytes);
                    var page = pages[random.Next(pages.Count)];
                    var field = (short)random.Next(2, 4); // uncompressed_page_size or compressed_page_size
                    var size = page.Header.Int(field)!.Value;
                    long[] choices = [0, size - 1, size + 1, size / 2];
                    var value = choices[random.Next(choices.Length)];
                    return ParquetPages.TrySetInt(bytes, page, page.Header, field, value) ? $" {page.Column}@{page.Start} field {field} {size}→{value}" : " (unchanged)";
                }

            default: // huge length
                if (random.Next(3) == 0)
                {
                    var huge = random.Next(2) == 0 ? int.MaxValue : bytes.Length + random.Next(1, 1 << 20);
                    System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(bytes.Length - 8), huge);
                    return $" footer length {huge}";
                }
                else
                {
                    var pages = ParquetPages.Pages(bytes);
                    var page = pages[random.Next(pages.Count)];
                    var field = (short)random.Next(2, 4);
                    var max = ParquetPages.MaxFor(ParquetPages.WidthOf(page.Header, field));
                    return ParquetPages.TrySetInt(bytes, page, page.Header, field, max) ? $" {page.Column}@{page.Start} field {field}→{max}" : " (unchanged)";
                }
        }
    }

    private static (int At, int Count) Range(int length, int most, Random random)
    {
        var count = random.Next(1, Math.Min(most, length) + 1);
        return (random.Next(length - count + 1), count);
    }
}
