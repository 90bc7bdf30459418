using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace SupervisionModels.Text.Training;

/// <summary>
/// The learner over the hashed n-gram features: SDCA logistic regression. Measured on the real texts (five folds, three
/// models) against L-BFGS logistic regression and averaged perceptron with Platt calibration, it was as accurate as
/// the best (AUC within 0.002 of L-BFGS with tuned L1), 4–5 times faster to train than L-BFGS, and, with its
/// data-chosen L1 penalty, keeps about a thousand non-zero weights, so a saved model is 10–20 KB. Its output is a
/// logistic probability, so no separate calibrator is needed.
/// </summary>
internal static class TextClassifierPipeline
{
    public static IEstimator<ITransformer> Create(MLContext ml, TextClassifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(options);
        return ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = FeatureColumns.Label,
            FeatureColumnName = FeatureColumns.Features,
            ExampleWeightColumnName = FeatureColumns.Weight,
            L1Regularization = options.L1Regularization,
            L2Regularization = options.L2Regularization,
            MaximumNumberOfIterations = options.MaximumIterations,

            // Lock-free parallel SDCA is not deterministic ("Determinism is not guaranteed"); one thread is, and
            // trains the real texts in well under a second.
            NumberOfThreads = 1,
            Shuffle = true,
        });
    }
}
