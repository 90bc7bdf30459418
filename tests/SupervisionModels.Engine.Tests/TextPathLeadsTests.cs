using SupervisionModels.BuiltIn;
using SupervisionModels.Datasets.Generator;
using SupervisionModels.Models;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Facts;
using SupervisionModels.Runtime.Leads;
using SupervisionModels.Runtime.Text;
using SupervisionModels.Text;

namespace SupervisionModels.Engine.Tests;

/// <summary>
/// The text path in place must not change a lead: the three built-in models run over the same data on the new path
/// (scanned-only text read as UTF-8 pages, strings only for rows the pre-filter passes or a classifier scores) and on
/// the old path (every text a Parquet.Net string), and the two leads files are compared byte for byte — with the
/// shipped classifiers (every text scored, so every text decoded) and without them (where the pre-filter decides).
/// The new path also leaves out, before building them, rows no rule's condition lets through; the old path does not.
/// </summary>
public sealed class TextPathLeadsTests
{
    /// <summary>A seed that hard data was tuned on (README, Measured quality), so its decoys and slang are present.</summary>
    private const int GeneratedSeed = 4242;

    private static string Sample => Path.Combine(FixtureFiles.RepositoryRoot, "datasets", "sample");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Sample_ThreeModels_SameLeadsFileOnBothTextPaths(bool classifiers)
    {
        using var temp = new TempFolder();
        await AssertSameLeadsAsync(Sample, temp, classifiers);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task GeneratedHardData_ThreeModels_SameLeadsFileOnBothTextPaths(bool classifiers)
    {
        using var temp = new TempFolder();
        var data = temp.Combine("data");
        await DatasetGenerator.GenerateAsync(
            new GeneratorOptions(Scale.Tiny, GeneratedSeed, data) { WriteLabelledText = false, Difficulty = Difficulty.Hard },
            null,
            TestContext.Current.CancellationToken);
        await AssertSameLeadsAsync(data, temp, classifiers);
    }

    private static async Task AssertSameLeadsAsync(string data, TempFolder temp, bool classifiers)
    {
        var ct = TestContext.Current.CancellationToken;
        var (oldLeads, oldSource, oldResult) = await RunAsync(data, temp.Combine("old.jsonl"), utf8: false, classifiers, ct);
        var (newLeads, newSource, newResult) = await RunAsync(data, temp.Combine("new.jsonl"), utf8: true, classifiers, ct);

        // The new path really ran: the judgments' text chunks were read as pages, none declined (the project's writer).
        Assert.Equal(0, oldSource.Utf8Chunks);
        Assert.True(newSource.Utf8Chunks > 0, "no text chunk was read as UTF-8 pages");
        Assert.Equal(0, newSource.DeclinedChunks);

        // And rows no rule could see were left out before they became records (judgment parties, check-ins…).
        Assert.Equal(0, oldSource.FilteredRows.LeftOut);
        Assert.True(newSource.FilteredRows.LeftOut > 0, "no row was left out before building its record");
        Assert.Equal(oldSource.FilteredRows.Read, newSource.FilteredRows.Read);
        Assert.Equal(oldResult.Summary.Datasets.Select(d => d.Rows), newResult.Summary.Datasets.Select(d => d.Rows));

        Assert.NotEmpty(oldResult.Leads);
        Assert.All(oldResult.Summary.Models, m => Assert.True(m.Leads > 0, $"{m.Id} found no lead, so the comparison says little"));
        var oldText = await File.ReadAllTextAsync(oldLeads, ct);
        var newText = await File.ReadAllTextAsync(newLeads, ct);
        Assert.Equal(oldText, newText); // a string comparison shows the first differing line, which bytes would not
        Assert.Equal(await File.ReadAllBytesAsync(oldLeads, ct), await File.ReadAllBytesAsync(newLeads, ct));

        // The same texts were scanned, byte for byte, on both paths.
        Assert.Equal(
            oldResult.Summary.Datasets.Select(d => (d.Provenance.Dataset, d.TextBytesScanned)),
            newResult.Summary.Datasets.Select(d => (d.Provenance.Dataset, d.TextBytesScanned)));
    }

    /// <param name="utf8">The new paths (text in place, filter before build), or the old.</param>
    private static async Task<(string Leads, ParquetFactSource Source, RunResult Result)> RunAsync(
        string data, string leads, bool utf8, bool classifiers, CancellationToken ct)
    {
        var loaded = classifiers
            ? Directory.EnumerateFiles(FixtureFiles.ShippedClassifiers, "*.zip").Order(StringComparer.Ordinal)
                .Select(f => MlTextClassifier.Load(MlTextClassifier.DefaultName(Path.GetFileNameWithoutExtension(f)), f))
                .ToArray()
            : [];
        try
        {
            var parameters = classifiers ? new Dictionary<string, object>() : new Dictionary<string, object> { ["use-classifier"] = false };
            var runs = BuiltInModels.Assembly.GetTypes()
                .Where(t => t is { IsAbstract: false, IsPublic: true } && t.IsSubclassOf(typeof(SupervisionModel)))
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => new ModelRun((SupervisionModel)Activator.CreateInstance(t)!) { ParameterValues = parameters })
                .ToArray();
            Assert.Equal(3, runs.Length);
            var source = new ParquetFactSource(data) { HashFiles = false, Utf8TextPath = utf8, FilterBeforeBuild = utf8 };
            var engine = new SupervisionEngine(new EngineOptions { Classifiers = loaded.Cast<ITextClassifier>().ToArray() });
            var result = await engine.RunAsync(runs, source, cancellationToken: ct);
            await LeadJson.WriteAsync(leads, result.Leads, cancellationToken: ct);
            return (leads, source, result);
        }
        finally
        {
            foreach (var c in loaded.OfType<IDisposable>())
            {
                c.Dispose();
            }
        }
    }
}
