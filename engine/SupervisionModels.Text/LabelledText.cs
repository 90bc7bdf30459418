namespace SupervisionModels.Text;

/// <summary>One labelled example for a model's text classifier.</summary>
/// <param name="ModelId">The model the label is about (<c>SM0001</c>): the same text can be relevant to one model and not another.</param>
/// <param name="Text">The text as a rule would see it (a judgment's full text, a police record's narrative…).</param>
/// <param name="Label">True when the text is relevant to the model.</param>
/// <param name="Kind">How the example came about, one of <see cref="LabelledTextKinds"/> (free text for other sources).</param>
/// <param name="Source">Where it came from: <c>generator</c>, or <c>real:</c> and the public dataset's repository.</param>
public sealed record LabelledText(string ModelId, string Text, bool Label, string Kind, string Source);

/// <summary>The kinds of <see cref="LabelledText"/> the dataset generator and the real-text loader write.</summary>
public static class LabelledTextKinds
{
    /// <summary>A relevant text that contains the model's keywords.</summary>
    public const string KeywordHit = "keyword_hit";

    /// <summary>A relevant text that says the same thing without the keywords (slang, paraphrase): what the classifier should find.</summary>
    public const string ParaphraseNoKeyword = "paraphrase_no_keyword";

    /// <summary>An irrelevant text that uses a keyword innocently (N2O anaesthesia, a real loan): what the classifier should demote.</summary>
    public const string InnocentKeyword = "innocent_keyword";

    /// <summary>An irrelevant text with no keyword.</summary>
    public const string Unrelated = "unrelated";

    /// <summary>A real case text from a public dataset, labelled by its category (see <see cref="Data.LegalTextCorpus"/>).</summary>
    public const string Real = "real";
}
