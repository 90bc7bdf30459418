using Microsoft.ML;
using Microsoft.ML.Data;
using SupervisionModels.Text.Featurization;
using SupervisionModels.Text.Persistence;
using SupervisionModels.Text.Training;

namespace SupervisionModels.Text;

/// <summary>A classifier just trained by <see cref="TextClassifierTrainer"/>: evaluate it, save it, or use it in memory.</summary>
public sealed class TrainedClassifier
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _inputSchema;
    private readonly CharNgramFeaturizer _featurizer;

    internal TrainedClassifier(string modelId, TextClassifierOptions options, MLContext ml, ITransformer model, DataViewSchema inputSchema, CharNgramFeaturizer featurizer, IReadOnlyList<LabelledText> trainingExamples)
    {
        ModelId = modelId;
        Options = options;
        _ml = ml;
        _model = model;
        _inputSchema = inputSchema;
        _featurizer = featurizer;
        TrainingMetrics = Evaluate(trainingExamples);
    }

    /// <summary>The model the classifier was trained for.</summary>
    public string ModelId { get; }

    /// <summary>The options it was trained with.</summary>
    public TextClassifierOptions Options { get; }

    /// <summary>Its metrics on its own training examples: optimistic, a check that it learnt; judge it on held-out data with <see cref="Evaluate"/>.</summary>
    public ClassifierMetrics TrainingMetrics { get; }

    /// <summary>Scores the examples of <paramref name="data"/> whose model id is <see cref="ModelId"/> (others are skipped) in one batch.</summary>
    /// <exception cref="ArgumentException">No example is for this model.</exception>
    public ClassifierMetrics Evaluate(IEnumerable<LabelledText> data, double threshold = ClassifierMetrics.DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(data);
        var examples = data.Where(e => string.Equals(e.ModelId, ModelId, StringComparison.Ordinal)).ToList();
        if (examples.Count == 0)
        {
            throw new ArgumentException($"No example is for model {ModelId}.", nameof(data));
        }

        var scored = _model.Transform(FeatureRows.Scoring(_ml, examples.Select(e => e.Text), _featurizer));
        var probabilities = scored.GetColumn<float>(FeatureColumns.Probability).Select(p => (double)p).ToArray();
        return ClassifierMetrics.Compute(probabilities, examples.Select(e => e.Label).ToArray(), threshold);
    }

    /// <summary>Writes the model file (a zip of a few tens of KB) atomically: a temporary file renamed over <paramref name="zipPath"/>.</summary>
    public void Save(string zipPath) => SaveAsync(zipPath).GetAwaiter().GetResult();

    /// <summary>Writes the model file atomically: a temporary file renamed over <paramref name="zipPath"/>.</summary>
    public Task SaveAsync(string zipPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(zipPath);
        var manifest = new ClassifierManifest(ClassifierFile.CurrentFormat, ModelId, Options, TrainingMetrics);
        return ClassifierFile.WriteAsync(zipPath, manifest, _ml, _model, _inputSchema, cancellationToken);
    }

    /// <summary>The classifier as the engine would use it, without a file round trip.</summary>
    /// <param name="name">The name to register it under; by default <see cref="MlTextClassifier.DefaultName"/> of the model id.</param>
    public MlTextClassifier CreateClassifier(string? name = null) =>
        new(name ?? MlTextClassifier.DefaultName(ModelId), ModelId, Options, TrainingMetrics, _ml, _model);
}
