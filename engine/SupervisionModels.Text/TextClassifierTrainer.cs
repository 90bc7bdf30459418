using Microsoft.ML;
using SupervisionModels.Text.Featurization;
using SupervisionModels.Text.Training;

namespace SupervisionModels.Text;

/// <summary>Trains a model's text classifier from labelled texts.</summary>
public static class TextClassifierTrainer
{
    /// <summary>
    /// Trains on the examples of <paramref name="data"/> whose model id is <paramref name="modelId"/> (others are
    /// skipped). The same examples, in any order, with the same options give the same classifier.
    /// </summary>
    /// <exception cref="ArgumentException">The options are invalid, or the examples lack a relevant or an irrelevant text.</exception>
    public static TrainedClassifier Train(string modelId, IEnumerable<LabelledText> data, TextClassifierOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        // A fixed order (by text, then label) makes the result independent of the order the data arrived in, as a
        // parallel generator or a directory listing may change it; SDCA's own shuffling is seeded.
        var examples = data
            .Where(e => string.Equals(e.ModelId, modelId, StringComparison.Ordinal))
            .OrderBy(e => e.Text, StringComparer.Ordinal)
            .ThenBy(e => e.Label)
            .ToList();
        var positives = examples.Count(e => e.Label);
        if (positives == 0 || positives == examples.Count)
        {
            throw new ArgumentException(
                $"Training the classifier of {modelId} needs relevant and irrelevant texts; it got {positives} relevant and {examples.Count - positives} irrelevant.",
                nameof(data));
        }

        var ml = new MLContext(options.Seed);
        var featurizer = new CharNgramFeaturizer(options);
        var trainingData = FeatureRows.Training(ml, examples, featurizer, options.BalanceClasses);
        var model = TextClassifierPipeline.Create(ml, options).Fit(trainingData);
        return new TrainedClassifier(modelId, options, ml, model, trainingData.Schema, featurizer, examples);
    }
}
