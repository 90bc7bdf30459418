namespace SupervisionModels.Models;

/// <summary>
/// What a model is, the way a <c>DiagnosticDescriptor</c> says what an analyzer reports: a stable id that is never
/// reused, a Chinese title, its category and version, and the datasets it reads.
/// </summary>
/// <param name="Id">Stable id, <c>SM</c> and four digits (<c>SM0001</c>); a lead keeps its id across runs through it.</param>
/// <param name="Title">Chinese title, as reports print it.</param>
/// <param name="Category">The procuratorate line the leads go to.</param>
/// <param name="Version">Semantic version of the model's rules; printed with every lead.</param>
/// <param name="Description">One paragraph: what the model looks for and why it matters.</param>
public sealed record ModelDescriptor(string Id, string Title, ModelCategory Category, string Version, string Description)
{
    /// <summary>Longer help text (Markdown): the collision steps, the signals, how to read a lead.</summary>
    public string HelpText { get; init; } = string.Empty;

    /// <summary>
    /// The dataset record types (classes marked <see cref="Facts.DatasetAttribute"/>) the model reads. A rule that
    /// matches a dataset not listed here is a model error, so the list is always the truth.
    /// </summary>
    public IReadOnlyList<Type> Datasets { get; init; } = [];

    /// <summary>True when <see cref="Id"/> has the form <c>SM</c> + four digits, or a plugin prefix of 2–4 capitals + four digits.</summary>
    public static bool IsWellFormedId(string id) =>
        id.Length is >= 6 and <= 8
        && id[..^4].All(char.IsAsciiLetterUpper)
        && id[^4..].All(char.IsAsciiDigit);
}
