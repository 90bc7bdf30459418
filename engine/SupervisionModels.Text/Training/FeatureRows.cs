using Microsoft.ML;
using Microsoft.ML.Data;
using SupervisionModels.Text.Featurization;

namespace SupervisionModels.Text.Training;

/// <summary>The column names the ML.NET model is trained and scored with.</summary>
internal static class FeatureColumns
{
    public const string Label = "Label";
    public const string Weight = "Weight";
    public const string Features = "Features";
    public const string Probability = "Probability";
}

/// <summary>One training example as ML.NET sees it.</summary>
internal sealed class TrainingRow
{
    public bool Label { get; set; }

    public float Weight { get; set; }

    public VBuffer<float> Features { get; set; }
}

/// <summary>One text to score as ML.NET sees it.</summary>
internal sealed class ScoringRow
{
    public VBuffer<float> Features { get; set; }
}

/// <summary>What is read back from a scored row.</summary>
internal sealed class ScoredRow
{
    public float Probability { get; set; }
}

/// <summary>
/// Builds ML.NET data views over featurised texts. The feature vector's length depends on the options (2^HashBits),
/// which attributes cannot say, so it goes in through a schema definition.
/// </summary>
internal static class FeatureRows
{
    public static SchemaDefinition Schema<TRow>(int dimension)
    {
        var definition = SchemaDefinition.Create(typeof(TRow));
        definition[FeatureColumns.Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return definition;
    }

    /// <summary>
    /// The examples as training rows. With <paramref name="balance"/>, each label's weights add up to half the total,
    /// so that the fitted intercept (and so every probability) does not depend on the share of positives in the data.
    /// </summary>
    public static IDataView Training(MLContext ml, IReadOnlyList<LabelledText> examples, CharNgramFeaturizer featurizer, bool balance)
    {
        var positives = examples.Count(e => e.Label);
        var negatives = examples.Count - positives;
        var positiveWeight = balance ? examples.Count / (2f * positives) : 1f;
        var negativeWeight = balance ? examples.Count / (2f * negatives) : 1f;
        var scratch = new FeatureScratch();
        var rows = new List<TrainingRow>(examples.Count);
        foreach (var example in examples)
        {
            rows.Add(new TrainingRow
            {
                Label = example.Label,
                Weight = example.Label ? positiveWeight : negativeWeight,
                Features = Vector(example.Text, featurizer, scratch),
            });
        }

        return ml.Data.LoadFromEnumerable(rows, Schema<TrainingRow>(featurizer.Dimension));
    }

    /// <summary>
    /// The texts as rows to score in one batch, featurised lazily as the cursor reaches them (a large evaluation set
    /// is never held as vectors all at once); each row gets a scratch of its own, so concurrent cursors are safe.
    /// </summary>
    public static IDataView Scoring(MLContext ml, IEnumerable<string> texts, CharNgramFeaturizer featurizer) =>
        ml.Data.LoadFromEnumerable(
            texts.Select(t => new ScoringRow { Features = Vector(t, featurizer, new FeatureScratch()) }),
            Schema<ScoringRow>(featurizer.Dimension));

    private static VBuffer<float> Vector(string text, CharNgramFeaturizer featurizer, FeatureScratch scratch)
    {
        featurizer.Featurize(text, scratch);
        var (indices, values) = scratch.ToArrays();
        return new VBuffer<float>(featurizer.Dimension, indices.Length, values, indices);
    }
}
