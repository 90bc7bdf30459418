using SupervisionModels.Text.Data;
using SupervisionModels.Text.Evaluation;
using SupervisionModels.TestSupport;

namespace SupervisionModels.Text.Tests;

/// <summary>
/// The shipped classifiers (models/classifiers) on the real texts they were not trained on: the held-out third of
/// tests/Fixtures/legal-texts by record id (<see cref="LegalTextCorpus.SplitById"/>, the split `supervise classifier
/// train` leaves out). The floors sit just below the figures `supervise classifier evaluate` printed for them (README,
/// Measured quality). SM0002 has no real relevant text; its real held-out texts (other drugs, unrelated cases) must
/// almost never reach the acceptance threshold.
/// </summary>
public sealed class ShippedClassifierTests
{
    [Theory]
    [InlineData("SM0001", 0.95)]
    [InlineData("SM0003", 0.93)]
    public void ShippedClassifier_OnTheRealHeldOutThird_KeepsItsAuc(string modelId, double floor)
    {
        using var classifier = Load(modelId);
        var (_, heldOut) = LegalTextCorpus.SplitById(RealTexts.All);

        var metrics = TextClassifierEvaluator.Evaluate(classifier, LegalTextCorpus.Label(heldOut, modelId));

        Assert.True(metrics.RocAuc >= floor, $"{modelId} shipped classifier, real held-out AUC {metrics.RocAuc:F4} < {floor}");
    }

    [Fact]
    public void ShippedSM0002Classifier_GivesAlmostNoRealOtherDrugTextAHighProbability()
    {
        using var classifier = Load("SM0002");
        var (_, heldOut) = LegalTextCorpus.SplitById(RealTexts.All);
        var otherDrugs = heldOut.Where(t => t.Category == LegalTextCorpus.SubstancesCategory).ToArray();

        var high = otherDrugs.Count(t => classifier.PredictProbability(t.Text) >= 0.5) / (double)otherDrugs.Length;

        Assert.True(otherDrugs.Length > 150);
        Assert.True(high <= 0.01, $"{high:P1} of the held-out real other-drug texts score p ≥ 0.5 for SM0002");
    }

    private static MlTextClassifier Load(string modelId) =>
        MlTextClassifier.Load(MlTextClassifier.DefaultName(modelId), Path.Combine(FixtureFiles.ShippedClassifiers, modelId + ".zip"));
}
