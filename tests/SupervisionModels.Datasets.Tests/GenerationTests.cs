using System.Text.Json;
using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;

namespace SupervisionModels.Datasets.Tests;

[Collection(TinyDataCollection.Name)]
public sealed class GenerationTests(TinyData data)
{
    [Fact]
    public void Generate_Tiny_WritesEveryDatasetFolderWithRows()
    {
        foreach (var type in DatasetRecordTypes.All)
        {
            var name = FactSchema.For(type).DatasetName;
            var part = Path.Combine(data.DataDirectory, name, "part-00000.parquet");
            Assert.True(File.Exists(part), $"{name} has no part-00000.parquet");
            var summary = Assert.Single(data.Summary.Datasets, d => d.Name == name);
            Assert.True(summary.Rows > 0, $"{name} is empty");
        }
    }

    [Fact]
    public void Generate_Tiny_RunFolderHoldsOnlyDatasetsAndTruthFiles()
    {
        var datasets = DatasetRecordTypes.All.Select(t => FactSchema.For(t).DatasetName).ToHashSet(StringComparer.Ordinal);
        var folders = Directory.GetDirectories(data.DataDirectory).Select(Path.GetFileName).Where(f => f != Generator.GeneratorOptions.LabelledTextFolder).ToList();
        Assert.All(folders, f => Assert.Contains(f!, datasets));
        Assert.DoesNotContain(Generator.GeneratorOptions.LabelledTextFolder, datasets); // the labels' folder can never be read as a dataset
        var files = Directory.GetFiles(data.DataDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["decoys.jsonl", "entities.jsonl", "manifest.json", "truth.jsonl"], files);
    }

    [Fact]
    public void Generate_Tiny_LabelledTextsGoToTheReservedFolderInsideOut()
    {
        var text = Path.Combine(data.DataDirectory, Generator.GeneratorOptions.LabelledTextFolder);
        Assert.Equal(text, data.Summary.TextDirectory);
        Assert.True(File.Exists(Path.Combine(text, "labelled_text", "part-00000.parquet")));
        Assert.False(Directory.Exists(Path.Combine(data.DataDirectory, "labelled_text"))); // not where a run would read a dataset
        Assert.False(Directory.Exists(data.DataDirectory + "-text")); // nothing written beside --out
    }

    [Fact]
    public async Task Generate_TextFolderInsideRunFolder_IsRejected()
    {
        var options = new Generator.GeneratorOptions(Generator.Scale.Tiny, 1, Path.Combine(data.Root, "bad")) { TextOutputDirectory = Path.Combine(data.Root, "bad", "text") };
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Generator.DatasetGenerator.GenerateAsync(options, null, CancellationToken.None));
        Assert.Contains("must not be inside the run data folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_ListsEveryDatasetWithTheRowsWritten()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(data.DataDirectory, "manifest.json")));
        Assert.Equal("tiny", manifest.RootElement.GetProperty("scale").GetString());
        Assert.Equal(TinyData.Seed, manifest.RootElement.GetProperty("seed").GetInt32());
        var rows = manifest.RootElement.GetProperty("datasets").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!, d => d.GetProperty("rows").GetInt64());
        foreach (var d in data.Summary.Datasets)
        {
            Assert.Equal(d.Rows, rows[d.Name]);
        }
    }

    [Fact]
    public void Summary_CountsLeadsAndDecoysOfEveryModel()
    {
        foreach (var model in new[] { "SM0001", "SM0002", "SM0003" })
        {
            Assert.Equal(data.Leads.Count(l => l.ModelId == model), data.Summary.PlantedLeads[model]);
            Assert.Equal(data.Decoys.Count(l => l.ModelId == model), data.Summary.Decoys[model]);
            Assert.True(data.Summary.PlantedLeads[model] >= 6, $"{model} has too few planted leads for a tiny run");
        }
    }

    [Fact]
    public void TruthFile_KeysAreUniqueAndDecoysAreNotLeads()
    {
        var leadKeys = data.Leads.Select(l => (l.ModelId, l.SubjectKey, l.Role)).ToList();
        Assert.Equal(leadKeys.Count, leadKeys.Distinct().Count());
        var leadSubjects = data.Leads.Select(l => (l.ModelId, l.SubjectKey)).ToHashSet();
        Assert.DoesNotContain(data.Decoys, d => leadSubjects.Contains((d.ModelId, d.SubjectKey)));
        Assert.All(data.Decoys, d => Assert.False(string.IsNullOrEmpty(d.DecoyKind)));
        Assert.All(data.Leads, l => Assert.Null(l.DecoyKind));
    }

    [Fact]
    public void TruthFile_EveryEvidenceKeyExistsInItsDataset()
    {
        var keys = DatasetRecordTypes.All.ToDictionary(t => FactSchema.For(t).DatasetName, KeysOf, StringComparer.Ordinal);
        foreach (var entry in data.Leads.Concat(data.Decoys))
        {
            foreach (var (dataset, cited) in entry.Evidence)
            {
                Assert.True(keys.ContainsKey(dataset), $"{entry.SubjectKey} cites unknown dataset {dataset}");
                Assert.All(cited, k => Assert.True(keys[dataset].Contains(k), $"{entry.ModelId} {entry.SubjectKey} cites {dataset} {k}, which does not exist"));
            }
        }
    }

    [Fact]
    public void RecordKeys_AreUniqueInEveryDataset()
    {
        foreach (var type in DatasetRecordTypes.All)
        {
            var keys = RowKeys(type);
            Assert.True(keys.Count == keys.Distinct(StringComparer.Ordinal).Count(), $"{FactSchema.For(type).DatasetName} has duplicate record keys");
        }
    }

    private HashSet<string> KeysOf(Type type) => RowKeys(type).ToHashSet(StringComparer.Ordinal);

    private List<string> RowKeys(Type type)
    {
        var schema = FactSchema.For(type);
        var rows = (System.Collections.IEnumerable)typeof(TinyData).GetMethod(nameof(TinyData.Rows))!.MakeGenericMethod(type).Invoke(data, null)!;
        return rows.Cast<object>().Select(r => (string)schema.Key.Property.GetValue(r)!).ToList();
    }
}
