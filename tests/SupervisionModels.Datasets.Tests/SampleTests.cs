namespace SupervisionModels.Datasets.Tests;

/// <summary>The committed sample (datasets/sample) is exactly what the generator writes for tiny, seed 20231.</summary>
[Collection(TinyDataCollection.Name)]
public sealed class SampleTests(TinyData data)
{
    [Fact]
    public void CommittedSample_IsTheGeneratorsTinyOutputForItsSeed()
    {
        var sample = Path.Combine(Repository.Root, "datasets", "sample");
        DeterminismTests.AssertSameTree(sample, data.DataDirectory, skipFolder: Generator.GeneratorOptions.LabelledTextFolder); // labelled texts are not committed
    }

    [Fact]
    public void CommittedSample_IsAFewMegabytesAtMost()
    {
        var sample = Path.Combine(Repository.Root, "datasets", "sample");
        var bytes = Directory.GetFiles(sample, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(sample, f).StartsWith(DeterminismTests.WorkingFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Sum(f => new FileInfo(f).Length);
        Assert.InRange(bytes, 500_000, 5_000_000);
    }
}
