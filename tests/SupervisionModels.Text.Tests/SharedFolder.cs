namespace SupervisionModels.Text.Tests;

/// <summary>
/// The shared folder's real legal texts. CI clones the repository with shared/ beside it (X/main and X/shared), so
/// walk up from the test binaries until a folder has shared/legal-texts as a child (or ../shared as a sibling).
/// </summary>
public static class SharedFolder
{
    private static readonly Lazy<string> LazyLegalTexts = new(Find);

    /// <summary>The legal-texts folder.</summary>
    public static string LegalTexts => LazyLegalTexts.Value;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "legal-texts"), Path.Combine(dir.FullName, "..", "shared", "legal-texts") })
            {
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException($"shared/legal-texts not found above {AppContext.BaseDirectory} (expected the repository and shared/ side by side)");
    }
}
