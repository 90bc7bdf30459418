namespace SupervisionModels.Text.Persistence;

/// <summary>What a model file says about itself, beside the ML.NET model: enough to featurise exactly as training did.</summary>
/// <param name="Format">The file layout's version (<see cref="ClassifierFile.CurrentFormat"/>).</param>
/// <param name="ModelId">The model the classifier was trained for.</param>
/// <param name="Options">The featurisation and training options.</param>
/// <param name="TrainingMetrics">The metrics on the training examples themselves (optimistic; held-out figures come from evaluation).</param>
internal sealed record ClassifierManifest(int Format, string ModelId, TextClassifierOptions Options, ClassifierMetrics TrainingMetrics);
