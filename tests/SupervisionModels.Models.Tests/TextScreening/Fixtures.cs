using SupervisionModels.Text;

namespace SupervisionModels.Models.Tests.TextScreening;

/// <summary>The committed fixtures and shipped classifiers, found by walking up from the test binaries to the repository.</summary>
internal static class Fixtures
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "tests", "Fixtures")) && Directory.Exists(Path.Combine(dir.FullName, "models", "classifiers")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds tests/Fixtures and models/classifiers.");
    });

    public static string LegalTexts => Path.Combine(LazyRoot.Value, "tests", "Fixtures", "legal-texts");

    public static string Adversarial(string modelId) => Path.Combine(LazyRoot.Value, "tests", "Fixtures", "adversarial", modelId + ".jsonl");

    /// <summary>The shipped classifier of a model, loaded from models/classifiers.</summary>
    public static MlTextClassifier ShippedClassifier(string modelId) =>
        MlTextClassifier.Load(MlTextClassifier.DefaultName(modelId), Path.Combine(LazyRoot.Value, "models", "classifiers", modelId + ".zip"));
}
