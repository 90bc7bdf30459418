namespace SupervisionModels.Text.Tests;

/// <summary>
/// The real legal texts committed with the tests (<c>tests/Fixtures/legal-texts</c>): walk up from the test binaries
/// to the folder that holds <c>tests/Fixtures</c>, so a fresh clone needs nothing beside it.
/// </summary>
public static class SharedFolder
{
    private static readonly Lazy<string> LazyLegalTexts = new(() => Fixture("legal-texts"));

    private static readonly Lazy<string> LazyAdversarial = new(() => Fixture("adversarial"));

    /// <summary>The legal-texts folder.</summary>
    public static string LegalTexts => LazyLegalTexts.Value;

    /// <summary>The hand-written adversarial texts, one JSONL per model.</summary>
    public static string Adversarial => LazyAdversarial.Value;

    /// <summary>The repository's <c>models/classifiers</c> folder (the shipped classifiers).</summary>
    public static string ShippedClassifiers => Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(LegalTexts)))!, "models", "classifiers");

    private static string Fixture(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Fixtures", name);
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new DirectoryNotFoundException($"tests/Fixtures/{name} not found above {AppContext.BaseDirectory}");
    }
}
