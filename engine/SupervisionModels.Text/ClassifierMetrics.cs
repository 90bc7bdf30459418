namespace SupervisionModels.Text;

/// <summary>How well a classifier's probabilities separate relevant from irrelevant texts.</summary>
/// <param name="Count">Examples scored.</param>
/// <param name="Positives">Relevant examples among them.</param>
/// <param name="RocAuc">Area under the ROC curve: the chance that a random relevant text scores above a random irrelevant one (ties count half); NaN with only one label.</param>
/// <param name="Precision">Share of texts at or above <paramref name="Threshold"/> that are relevant (0 when none is).</param>
/// <param name="Recall">Share of relevant texts at or above <paramref name="Threshold"/> (0 when there is no relevant text).</param>
/// <param name="F1">Harmonic mean of precision and recall (0 when both are 0).</param>
/// <param name="Threshold">The probability at or above which a text counts as predicted relevant.</param>
/// <param name="LogLoss">Mean negative log-likelihood of the labels (natural log): lower is better calibrated.</param>
public sealed record ClassifierMetrics(int Count, int Positives, double RocAuc, double Precision, double Recall, double F1, double Threshold, double LogLoss)
{
    /// <summary>The threshold used when none is given.</summary>
    public const double DefaultThreshold = 0.5;

    // Probabilities of exactly 0 or 1 would make the log loss infinite.
    private const double Epsilon = 1e-15;

    /// <summary>Computes the metrics of <paramref name="probabilities"/> against <paramref name="labels"/>.</summary>
    public static ClassifierMetrics Compute(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(labels);
        if (probabilities.Count != labels.Count)
        {
            throw new ArgumentException($"{probabilities.Count} probabilities for {labels.Count} labels.", nameof(labels));
        }

        int truePositives = 0, falsePositives = 0, positives = 0;
        var logLoss = 0.0;
        for (var i = 0; i < labels.Count; i++)
        {
            var p = probabilities[i];
            var predicted = p >= threshold;
            positives += labels[i] ? 1 : 0;
            truePositives += labels[i] && predicted ? 1 : 0;
            falsePositives += !labels[i] && predicted ? 1 : 0;
            var clipped = Math.Clamp(p, Epsilon, 1 - Epsilon);
            logLoss -= labels[i] ? Math.Log(clipped) : Math.Log(1 - clipped);
        }

        var precision = truePositives + falsePositives == 0 ? 0 : (double)truePositives / (truePositives + falsePositives);
        var recall = positives == 0 ? 0 : (double)truePositives / positives;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClassifierMetrics(
            labels.Count,
            positives,
            AreaUnderRoc(probabilities, labels, positives),
            precision,
            recall,
            f1,
            threshold,
            labels.Count == 0 ? double.NaN : logLoss / labels.Count);
    }

    /// <summary>The Mann–Whitney form of the AUC: rank the scores, average ranks over ties, sum the positives' ranks.</summary>
    private static double AreaUnderRoc(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels, int positives)
    {
        var negatives = labels.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        var order = Enumerable.Range(0, labels.Count).OrderBy(i => probabilities[i]).ToArray();
        var positiveRankSum = 0.0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && probabilities[order[end + 1]] == probabilities[order[start]])
            {
                end++;
            }

            var averageRank = ((start + end) / 2.0) + 1;
            for (var k = start; k <= end; k++)
            {
                positiveRankSum += labels[order[k]] ? averageRank : 0;
            }

            start = end + 1;
        }

        return (positiveRankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }
}
