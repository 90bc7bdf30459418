using SupervisionModels.TestSupport;
using SupervisionModels.Text;

namespace SupervisionModels.Models.Tests.TextScreening;

/// <summary>The committed fixtures and shipped classifiers the text-screen tests read (through <see cref="FixtureFiles"/>).</summary>
internal static class Fixtures
{
    public static string LegalTexts => FixtureFiles.LegalTexts;

    public static string Adversarial(string modelId) => Path.Combine(FixtureFiles.RepositoryRoot, "tests", "Fixtures", "adversarial", modelId + ".jsonl");

    /// <summary>The shipped classifier of a model, loaded from models/classifiers.</summary>
    public static MlTextClassifier ShippedClassifier(string modelId) =>
        MlTextClassifier.Load(MlTextClassifier.DefaultName(modelId), Path.Combine(FixtureFiles.ShippedClassifiers, modelId + ".zip"));
}
