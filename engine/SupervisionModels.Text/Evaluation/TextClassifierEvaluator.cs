using SupervisionModels.Runtime.Text;

namespace SupervisionModels.Text.Evaluation;

/// <summary>
/// Scores labelled texts with any <see cref="ITextClassifier"/>, so that a loaded model, an in-memory one and a
/// keyword-only baseline are measured the same way.
/// </summary>
public static class TextClassifierEvaluator
{
    /// <summary>The metrics of <paramref name="classifier"/> over every example of <paramref name="data"/> (whatever its model id).</summary>
    public static ClassifierMetrics Evaluate(ITextClassifier classifier, IEnumerable<LabelledText> data, double threshold = ClassifierMetrics.DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(data);
        var examples = data.ToList();
        var probabilities = examples.Select(e => classifier.PredictProbability(e.Text)).ToArray();
        return ClassifierMetrics.Compute(probabilities, examples.Select(e => e.Label).ToArray(), threshold);
    }
}
