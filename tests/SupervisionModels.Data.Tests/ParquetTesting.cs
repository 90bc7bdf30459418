namespace SupervisionModels.Data.Tests;

/// <summary>
/// The apache/parquet-testing files in the shared folder. CI clones the repository with shared/ beside it (X/main and
/// X/shared), so walk up from the test binaries until a folder has shared/parquet-testing or ../shared/parquet-testing.
/// </summary>
public static class ParquetTesting
{
    private static readonly Lazy<string> LazyRoot = new(Find);

    public static string Root => LazyRoot.Value;

    /// <summary>Relative paths ("data/x.parquet") of the .parquet files directly in <paramref name="folder"/>.</summary>
    public static IEnumerable<string> Files(string folder) =>
        Directory.GetFiles(Path.Combine(Root, folder), "*.parquet")
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "parquet-testing"), Path.Combine(dir.FullName, "..", "shared", "parquet-testing") })
            {
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException($"shared/parquet-testing not found above {AppContext.BaseDirectory} (expected the repository and shared/ side by side)");
    }
}
