namespace SupervisionModels.TestSupport;

/// <summary>
/// The committed test inputs from outside the project (tests/Fixtures: real case texts, apache/parquet-testing files),
/// found by walking up from the test binaries to the repository root (the folder holding SupervisionModels.sln).
/// Read in place rather than copied to each test project's output: dotnet test always runs the binaries inside the
/// checkout, and one copy of 8 MB of files is enough. One file, linked into the test projects that need it.
/// </summary>
internal static class FixtureFiles
{
    private static readonly Lazy<string> LazyRepositoryRoot = new(FindRepositoryRoot);

    /// <summary>The checkout's root folder (the one holding SupervisionModels.sln).</summary>
    public static string RepositoryRoot => LazyRepositoryRoot.Value;

    /// <summary>tests/Fixtures/legal-texts: the real case texts, one JSON object a line.</summary>
    public static string LegalTexts => Folder("legal-texts");

    /// <summary>tests/Fixtures/parquet-testing: Parquet files written by other engines (data/, bad_data/, cjk/).</summary>
    public static string ParquetTesting => Folder("parquet-testing");

    /// <summary>models/classifiers: the shipped classifiers.</summary>
    public static string ShippedClassifiers => Path.Combine(RepositoryRoot, "models", "classifiers");

    private static string Folder(string name)
    {
        var folder = Path.Combine(RepositoryRoot, "tests", "Fixtures", name);
        // The fixtures are committed: a missing folder is a broken checkout, and the test must fail saying so.
        return Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException($"The committed test fixtures {folder} are missing from the checkout at {RepositoryRoot}.");
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupervisionModels.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"SupervisionModels.sln was not found above {AppContext.BaseDirectory}: the tests run from inside a checkout.");
    }
}
