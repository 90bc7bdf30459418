using SupervisionModels.Facts;

namespace SupervisionModels.Datasets.Generator.Text;

/// <summary>
/// A labelled text example for training and evaluating a model's text classifier. Written to the text folder, never to
/// the run data folder. Not part of <see cref="DatasetRecordTypes"/>: models must not read labels.
/// </summary>
[Dataset("labelled_text", Title = "分类器标注文本（与运行数据分开存放）")]
public sealed record LabelledText
{
    /// <summary>The example's id: model id, '-', and a six-digit number.</summary>
    [RecordKey]
    [Column("example_id", Description = "样本编号")]
    public string ExampleId { get; init; } = "";

    /// <summary>The model whose classifier the example is for: SM0001, SM0002 or SM0003.</summary>
    [Column("model_id", Description = "模型编号")]
    public string ModelId { get; init; } = "";

    /// <summary>The dataset the text would come from: judgments, police_cases or procuratorate_cases.</summary>
    [Column("source", Description = "文本来源数据集")]
    public string Source { get; init; } = "";

    /// <summary>keyword_hit, paraphrase_no_keyword, innocent_keyword or unrelated.</summary>
    [Column("kind", Description = "样本类型")]
    public string Kind { get; init; } = "";

    /// <summary>1 when the text is relevant to the model (a lead's text), 0 otherwise.</summary>
    [Column("label", Description = "标签（1相关/0无关）")]
    public int Label { get; init; }

    /// <summary>train (about 80%) or test, fixed per example.</summary>
    [Column("split", Description = "训练/测试划分")]
    public string Split { get; init; } = "";

    /// <summary>The text.</summary>
    [Column("text", Description = "文本", IsText = true)]
    public string Text { get; init; } = "";
}
