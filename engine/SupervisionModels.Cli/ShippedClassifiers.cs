using SupervisionModels.Runtime.Text;
using SupervisionModels.Text;

namespace SupervisionModels.Cli;

/// <summary>
/// The text classifiers that ship with the built-in models: <c>models/classifiers/{MODEL}.zip</c> in the repository,
/// copied to <c>classifiers/</c> beside the program; each registers as <c>{MODEL}.text</c>.
/// </summary>
internal static class ShippedClassifiers
{
    /// <summary>The folder the classifiers are read from: beside the program, else models/classifiers above the working folder.</summary>
    public static string? Directory()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "classifiers");
        if (System.IO.Directory.Exists(beside))
        {
            return beside;
        }

        return SourceTree("models", "classifiers");
    }

    /// <summary>The path a model's shipped classifier has in the source tree (where <c>classifier train</c> writes by default).</summary>
    public static string? SourcePath(string modelId) =>
        SourceTree("models", "classifiers") is { } dir ? Path.Combine(dir, modelId + ".zip") : null;

    /// <summary>Loads every shipped classifier (none when there are none).</summary>
    public static IReadOnlyList<ITextClassifier> Load()
    {
        var dir = Directory();
        if (dir is null)
        {
            return [];
        }

        return System.IO.Directory.EnumerateFiles(dir, "*.zip").Order(StringComparer.Ordinal)
            .Select(path => (ITextClassifier)MlTextClassifier.Load(MlTextClassifier.DefaultName(Path.GetFileNameWithoutExtension(path)), path))
            .ToArray();
    }

    /// <summary>A folder of the source tree, found by walking up from the working folder.</summary>
    public static string? SourceTree(params string[] parts)
    {
        for (var dir = new DirectoryInfo(System.IO.Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupervisionModels.sln")))
            {
                var candidate = Path.Combine([dir.FullName, .. parts]);
                return System.IO.Directory.Exists(candidate) ? candidate : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The real legal texts committed as test fixtures (<c>tests/Fixtures/legal-texts</c> in the source tree), when the
    /// working folder is inside a checkout; outside one there is no default and <c>--real</c> must name the folder.
    /// </summary>
    public static string? RealTexts() => SourceTree("tests", "Fixtures", "legal-texts");
}
