namespace SupervisionModels.Data.Tests;

/// <summary>The apache/parquet-testing files committed in tests/Fixtures/parquet-testing.</summary>
public static class ParquetTesting
{
    public static string Root => FixtureFiles.ParquetTesting;

    /// <summary>Relative paths ("data/x.parquet") of the .parquet files directly in <paramref name="folder"/>.</summary>
    public static IEnumerable<string> Files(string folder) =>
        Directory.GetFiles(Path.Combine(Root, folder), "*.parquet")
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static string PathOf(string relative) => Path.Combine(Root, relative);
}
