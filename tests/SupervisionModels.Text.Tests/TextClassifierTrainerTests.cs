using SupervisionModels.Rules;
using SupervisionModels.Text.Evaluation;

namespace SupervisionModels.Text.Tests;

public sealed class TextClassifierTrainerTests(ITestOutputHelper output)
{
    [Fact]
    public void Train_SameDataAndSeedTwice_GivesIdenticalMetricsAndPredictions()
    {
        // Arrange
        var (train, heldOut) = RealTexts.Split("SM0003");
        var options = new TextClassifierOptions { Seed = 7 };

        // Act
        var first = TextClassifierTrainer.Train("SM0003", train, options);
        var second = TextClassifierTrainer.Train("SM0003", train, options);

        // Assert
        Assert.Equal(first.TrainingMetrics, second.TrainingMetrics);
        Assert.Equal(first.Evaluate(heldOut), second.Evaluate(heldOut));
        using var a = first.CreateClassifier();
        using var b = second.CreateClassifier();
        Assert.Equal(heldOut.Select(e => a.PredictProbability(e.Text)), heldOut.Select(e => b.PredictProbability(e.Text)));
    }

    [Fact]
    public void Train_SameExamplesInAnotherOrder_GivesIdenticalPredictions()
    {
        // Arrange
        var (train, heldOut) = RealTexts.Split("SM0003");
        var shuffled = train.OrderBy(e => e.Text.Length).ThenByDescending(e => e.Text, StringComparer.Ordinal).ToList();

        // Act
        using var a = TextClassifierTrainer.Train("SM0003", train, new TextClassifierOptions()).CreateClassifier();
        using var b = TextClassifierTrainer.Train("SM0003", shuffled, new TextClassifierOptions()).CreateClassifier();

        // Assert
        Assert.Equal(heldOut.Select(e => a.PredictProbability(e.Text)), heldOut.Select(e => b.PredictProbability(e.Text)));
    }

    [Theory]
    [InlineData(HandWritten.NitrousOxide)]
    [InlineData(HandWritten.FalseLitigation)]
    public void Train_HandWrittenTexts_RanksUnseenParaphrasesAboveUnseenInnocentKeywordUses(string modelId)
    {
        // Arrange
        var heldOut = HandWritten.HeldOut(modelId);

        // Act
        var trained = TextClassifierTrainer.Train(modelId, HandWritten.Training(modelId), new TextClassifierOptions());
        using var classifier = trained.CreateClassifier();
        var paraphrases = heldOut.Where(e => e.Label).Select(e => classifier.PredictProbability(e.Text)).ToArray();
        var innocent = heldOut.Where(e => !e.Label).Select(e => classifier.PredictProbability(e.Text)).ToArray();

        // Assert: every paraphrase without a keyword scores above every innocent use of a keyword.
        output.WriteLine(FormattableString.Invariant($"{modelId}: paraphrases {string.Join(", ", paraphrases.Select(p => p.ToString("F3")))}; innocent {string.Join(", ", innocent.Select(p => p.ToString("F3")))}"));
        Assert.True(paraphrases.Min() > innocent.Max(), $"paraphrases {string.Join(", ", paraphrases)}; innocent {string.Join(", ", innocent)}");
        Assert.Equal(1.0, trained.Evaluate(heldOut).RocAuc);

        // And with the engine's default thresholds: the paraphrases are taken without keywords, the innocent uses demoted.
        var defaults = new TextOptions(classifier.Name);
        Assert.All(paraphrases, p => Assert.True(p >= defaults.AcceptAbove, $"paraphrase at {p}"));
        Assert.All(innocent, p => Assert.True(p < defaults.DemoteBelow, $"innocent use at {p}"));
    }

    [Fact]
    public void Train_SkipsExamplesOfOtherModels()
    {
        // Arrange: SM0002's examples with their labels flipped under another model id would confuse it if used.
        var flipped = HandWritten.Training(HandWritten.NitrousOxide).Select(e => e with { ModelId = "SM0009", Label = !e.Label });
        var data = HandWritten.Training(HandWritten.NitrousOxide).Concat(flipped).ToList();

        // Act
        var withOthers = TextClassifierTrainer.Train(HandWritten.NitrousOxide, data, new TextClassifierOptions());
        var alone = TextClassifierTrainer.Train(HandWritten.NitrousOxide, HandWritten.Training(HandWritten.NitrousOxide), new TextClassifierOptions());

        // Assert
        Assert.Equal(alone.TrainingMetrics, withOthers.TrainingMetrics);
        Assert.Equal(16, withOthers.TrainingMetrics.Count);
    }

    [Fact]
    public void Train_OnlyRelevantTexts_ThrowsNamingTheModelAndTheCounts()
    {
        // Arrange
        var data = HandWritten.Training(HandWritten.NitrousOxide).Where(e => e.Label);

        // Act
        var error = Assert.Throws<ArgumentException>(() => TextClassifierTrainer.Train(HandWritten.NitrousOxide, data, new TextClassifierOptions()));

        // Assert
        Assert.StartsWith("Training the classifier of SM0002 needs relevant and irrelevant texts; it got 8 relevant and 0 irrelevant.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_InvalidOptions_ThrowsListingEveryProblem()
    {
        // Arrange
        var options = new TextClassifierOptions { MinNgramLength = 0, MaxNgramLength = 5, HashBits = 30, MaxChars = 3, L2Regularization = 0, MaximumIterations = 0 };

        // Act
        var error = Assert.Throws<ArgumentException>(() => TextClassifierTrainer.Train("SM0002", HandWritten.Training("SM0002"), options));

        // Assert
        Assert.Equal(
            "Invalid text classifier options: MinNgramLength must be from 1 to 4 (was 0); MaxNgramLength must be from MinNgramLength to 4 (was 5); "
            + "HashBits must be from 10 to 24 (was 30); MaxChars must be at least 16 (was 3); "
            + "L1Regularization must not be negative and L2Regularization must be positive; MaximumIterations must be at least 1 (was 0).",
            error.Message);
    }

    [Fact]
    public void Evaluate_ThroughTheEnginePath_AgreesWithTheBatchPath()
    {
        // Arrange
        var (train, heldOut) = RealTexts.Split("SM0003");
        var trained = TextClassifierTrainer.Train("SM0003", train, new TextClassifierOptions());

        // Act
        var batch = trained.Evaluate(heldOut);
        using var classifier = trained.CreateClassifier();
        var pooled = TextClassifierEvaluator.Evaluate(classifier, heldOut);

        // Assert
        Assert.Equal(batch.RocAuc, pooled.RocAuc, 1e-9);
        Assert.Equal(batch.LogLoss, pooled.LogLoss, 1e-6);
        Assert.Equal(batch.F1, pooled.F1);
    }
}
