namespace SupervisionModels.Text.Tests;

public sealed class ClassifierMetricsTests
{
    [Fact]
    public void Compute_KnownScores_GivesTheTextbookFigures()
    {
        // Act: the scikit-learn roc_auc_score example (AUC 0.75), threshold 0.5.
        var metrics = ClassifierMetrics.Compute([0.1, 0.4, 0.35, 0.8], [false, false, true, true]);

        // Assert
        Assert.Equal(4, metrics.Count);
        Assert.Equal(2, metrics.Positives);
        Assert.Equal(0.75, metrics.RocAuc, 12);
        Assert.Equal(1.0, metrics.Precision);
        Assert.Equal(0.5, metrics.Recall);
        Assert.Equal(2.0 / 3, metrics.F1, 12);
        Assert.Equal(0.5, metrics.Threshold);
        Assert.Equal(-(Math.Log(0.9) + Math.Log(0.6) + Math.Log(0.35) + Math.Log(0.8)) / 4, metrics.LogLoss, 12);
    }

    [Fact]
    public void Compute_TiedScores_CountHalf()
    {
        Assert.Equal(0.5, ClassifierMetrics.Compute([0.3, 0.3, 0.3, 0.3], [true, false, true, false]).RocAuc);
        Assert.Equal(0.875, ClassifierMetrics.Compute([0.9, 0.5, 0.5, 0.1], [true, true, false, false]).RocAuc);
    }

    [Fact]
    public void Compute_OneLabelOnly_HasNoAuc()
    {
        var metrics = ClassifierMetrics.Compute([0.2, 0.7], [true, true]);
        Assert.True(double.IsNaN(metrics.RocAuc));
        Assert.Equal(0.5, metrics.Recall);
    }

    [Fact]
    public void Compute_NothingAboveTheThreshold_HasZeroPrecisionRecallAndF1()
    {
        var metrics = ClassifierMetrics.Compute([0.2, 0.7], [true, false], threshold: 0.9);
        Assert.Equal((0.0, 0.0, 0.0), (metrics.Precision, metrics.Recall, metrics.F1));
    }
}
