using SupervisionModels.Datasets.Generator;

namespace SupervisionModels.Datasets.Tests;

[Collection(TinyDataCollection.Name)]
public sealed class DeterminismTests(TinyData data)
{
    [Fact]
    public async Task Generate_SameSeedTwice_WritesByteIdenticalFiles()
    {
        var again = Path.Combine(data.Root, "again");
        await DatasetGenerator.GenerateAsync(new GeneratorOptions(Scale.Tiny, TinyData.Seed, again), null, CancellationToken.None);

        AssertSameTree(data.DataDirectory, again); // the labelled texts included, in labelled-text/
    }

    [Fact]
    public async Task Generate_OtherSeed_WritesOtherData()
    {
        var other = Path.Combine(data.Root, "other");
        await DatasetGenerator.GenerateAsync(new GeneratorOptions(Scale.Tiny, TinyData.Seed + 1, other) { WriteLabelledText = false }, null, CancellationToken.None);

        Assert.NotEqual(File.ReadAllBytes(Path.Combine(data.DataDirectory, "truth.jsonl")), File.ReadAllBytes(Path.Combine(other, "truth.jsonl")));
        Assert.False(Directory.Exists(Path.Combine(other, GeneratorOptions.LabelledTextFolder)));
    }

    /// <summary>The working folder that runs keep beside the data (audit log, lead book): never part of a dataset.</summary>
    internal const string WorkingFolder = ".supervise";

    internal static void AssertSameTree(string expected, string actual, string? skipFolder = null)
    {
        bool Under(string relative, string folder) => relative.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        bool Kept(string relative) => !Under(relative, WorkingFolder) && (skipFolder is null || !Under(relative, skipFolder));
        var expectedFiles = Directory.GetFiles(expected, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(expected, f)).Where(Kept).Order(StringComparer.Ordinal).ToList();
        var actualFiles = Directory.GetFiles(actual, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(actual, f)).Where(Kept).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedFiles, actualFiles);
        foreach (var file in expectedFiles)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{file} differs");
        }
    }
}
