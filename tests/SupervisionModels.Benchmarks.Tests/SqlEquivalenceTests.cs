using SupervisionModels.Benchmarks.Comparison;

namespace SupervisionModels.Benchmarks.Tests;

/// <summary>
/// The benchmark compares the engine with DuckDB only if both find the same leads: each model's SQL is checked here
/// against the engine on the committed sample (datasets/sample, a tiny generated dataset with planted leads).
/// </summary>
public sealed class SqlEquivalenceTests
{
    [Theory]
    [InlineData("SM0001")]
    [InlineData("SM0002")]
    [InlineData("SM0003")]
    public async Task DuckDbSql_OnTheSample_FindsTheEngineLeadSubjects(string modelId)
    {
        // Arrange
        var sample = SampleDirectory();

        // Act
        var engine = await RunOnce.EngineAsync(sample, modelId);
        var duck = RunOnce.DuckDb(sample, modelId, threads: 2);

        // Assert
        Assert.NotEmpty(engine.Subjects);
        Assert.Equal(engine.Subjects, duck.Subjects);
    }

    private static string SampleDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var sample = Path.Combine(dir.FullName, "datasets", "sample");
            if (File.Exists(Path.Combine(dir.FullName, "SupervisionModels.sln")) && Directory.Exists(sample))
            {
                return sample;
            }
        }

        throw new DirectoryNotFoundException("datasets/sample not found above " + AppContext.BaseDirectory);
    }
}
