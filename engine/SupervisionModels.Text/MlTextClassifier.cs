using Microsoft.ML;
using SupervisionModels.Runtime.Text;
using SupervisionModels.Text.Featurization;
using SupervisionModels.Text.Persistence;
using SupervisionModels.Text.Scoring;

namespace SupervisionModels.Text;

/// <summary>
/// A trained text classifier the engine calls through <see cref="ITextClassifier"/>. Safe to call from any number of
/// threads at once: each call borrows a prediction engine from a small pool.
/// </summary>
public sealed class MlTextClassifier : ITextClassifier, IDisposable
{
    private readonly ScorerPool _pool;

    internal MlTextClassifier(string name, string modelId, TextClassifierOptions options, ClassifierMetrics trainingMetrics, MLContext ml, ITransformer model)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        ModelId = modelId;
        Options = options;
        TrainingMetrics = trainingMetrics;
        _pool = new ScorerPool(ml, model, new CharNgramFeaturizer(options));
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The model the classifier was trained for.</summary>
    public string ModelId { get; }

    /// <summary>The options it was trained with (and featurises with).</summary>
    public TextClassifierOptions Options { get; }

    /// <summary>Its metrics on its own training examples, as saved with it.</summary>
    public ClassifierMetrics TrainingMetrics { get; }

    /// <summary>The name the engine registers a model's classifier under: <c>SM0001.text</c>.</summary>
    public static string DefaultName(string modelId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        return modelId + ".text";
    }

    /// <summary>Loads a model file written by <see cref="TrainedClassifier.Save"/>.</summary>
    /// <param name="name">The name rules refer to it by (usually <see cref="DefaultName"/> of its model id).</param>
    /// <param name="zipPath">The model file.</param>
    /// <exception cref="ClassifierFileException">The file is missing or is not a classifier model.</exception>
    public static MlTextClassifier Load(string name, string zipPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(zipPath);
        var (manifest, ml, model) = ClassifierFile.Read(zipPath);
        return new MlTextClassifier(name, manifest.ModelId, manifest.Options, manifest.TrainingMetrics, ml, model);
    }

    /// <inheritdoc/>
    public double PredictProbability(string text) => _pool.PredictProbability(text);

    /// <inheritdoc/>
    public void Dispose() => _pool.Dispose();
}
