namespace SupervisionModels.Text.Data;

/// <summary>One real case text from the legal-texts fixtures (tests/Fixtures/legal-texts) (one JSON line).</summary>
/// <param name="Id">The record's id in its source (<c>cail2018_sihuajian:d4917f042be0</c>).</param>
/// <param name="Category">The keyword category that put it in its file (<see cref="LegalTextCorpus"/> lists them).</param>
/// <param name="Text">The case text.</param>
/// <param name="Domain"><c>civil</c>, <c>criminal</c> or <c>unknown</c>.</param>
/// <param name="RecordKind">What part of which dataset it is (<c>criminal_fact (CAIL2018)</c>).</param>
/// <param name="SourceRepository">The public repository it was taken from.</param>
/// <param name="MatchedWords">The words the category's keyword rules matched (from <c>subcategories</c>), distinct, in file order; empty for unrelated texts.</param>
public sealed record LegalText(string Id, string Category, string Text, string Domain, string RecordKind, string SourceRepository, IReadOnlyList<string> MatchedWords);
