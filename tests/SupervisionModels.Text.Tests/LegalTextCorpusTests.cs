using SupervisionModels.Text.Data;

namespace SupervisionModels.Text.Tests;

public sealed class LegalTextCorpusTests : IDisposable
{
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ReadAsync_FixtureFolder_ReadsEveryRecordOfTheFourFiles()
    {
        // Act
        var counts = RealTexts.All.CountBy(t => t.Category).ToDictionary(StringComparer.Ordinal);

        // Assert: the counts the folder's README gives.
        Assert.Equal(539, counts[LegalTextCorpus.FalseLitigationCategory]);
        Assert.Equal(595, counts[LegalTextCorpus.SubstancesCategory]);
        Assert.Equal(217, counts[LegalTextCorpus.VictimHardshipCategory]);
        Assert.Equal(232, counts[LegalTextCorpus.UnrelatedCategory]);
        Assert.All(RealTexts.All, t => Assert.False(string.IsNullOrWhiteSpace(t.Text)));
        Assert.Contains(RealTexts.All, t => t.MatchedWords.Contains("容留他人吸毒", StringComparer.Ordinal));
    }

    [Fact]
    public void Label_ForAModel_MakesItsCategoryRelevantUnrelatedIrrelevantAndLeavesTheOthersOut()
    {
        // Act
        var labelled = LegalTextCorpus.Label(RealTexts.All, "SM0001");

        // Assert
        Assert.Equal(539 + 232, labelled.Count);
        Assert.Equal(539, labelled.Count(e => e.Label));
        Assert.All(labelled, e => Assert.Equal(("SM0001", LabelledTextKinds.Real), (e.ModelId, e.Kind)));
        Assert.All(labelled, e => Assert.StartsWith("real:", e.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void Label_WithOtherCategoriesAsIrrelevant_AddsThemAsIrrelevant()
    {
        // Act
        var labelled = LegalTextCorpus.Label(RealTexts.All, "SM0003", otherCategoriesAsIrrelevant: true);

        // Assert
        Assert.Equal(RealTexts.All.Count, labelled.Count);
        Assert.Equal(217, labelled.Count(e => e.Label));
    }

    [Fact]
    public void Label_ForSM0002_MakesTheOtherDrugCasesAndTheUnrelatedOnesIrrelevant_AndNothingRelevant()
    {
        // Act
        var labelled = LegalTextCorpus.Label(RealTexts.All, "SM0002");

        // Assert: no real text is about nitrous oxide; the harbouring-drug-use judgments are what SM0002 must not take.
        Assert.Equal(595 + 232, labelled.Count);
        Assert.DoesNotContain(labelled, e => e.Label);
    }

    [Fact]
    public void SplitById_IsFixedByRecordId_AndHoldsOutAboutAThird()
    {
        // Act
        var (train, heldOut) = LegalTextCorpus.SplitById(RealTexts.All);
        var (_, again) = LegalTextCorpus.SplitById(RealTexts.All.Reverse());

        // Assert
        Assert.Equal(RealTexts.All.Count, train.Count + heldOut.Count);
        Assert.InRange(heldOut.Count / (double)RealTexts.All.Count, 0.30, 0.37);
        Assert.Equal(heldOut.Select(t => t.Id).Order(StringComparer.Ordinal), again.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.Empty(train.Select(t => t.Id).Intersect(heldOut.Select(t => t.Id)));
    }

    [Fact]
    public void Label_ModelWithoutACategory_Throws()
    {
        // Act
        var error = Assert.Throws<ArgumentException>(() => LegalTextCorpus.Label(RealTexts.All, "SM0099"));

        // Assert
        Assert.StartsWith("No real-text category is relevant to SM0099; known: SM0001, SM0002, SM0003.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_LineWithoutText_ErrorNamesTheFileTheFieldAndTheLine()
    {
        // Arrange
        var path = _temp.File("bad.jsonl");
        await File.WriteAllLinesAsync(path, ["""{"id": "a", "category": "negative_unrelated", "text": "某甲盗窃"}""", """{"id": "b", "category": "negative_unrelated"}"""], TestContext.Current.CancellationToken);

        // Act
        var error = await Assert.ThrowsAsync<LabelledDataException>(() => LegalTextCorpus.ReadAsync(_temp.Path, TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal(path, error.FilePath);
        Assert.Equal("text", error.Column);
        Assert.Equal($"{path}, column 'text': line 2 has no string 'text'.", error.Message);
    }

    [Fact]
    public async Task ReadAsync_LineThatIsNotJson_ErrorNamesTheFileAndTheLine()
    {
        // Arrange
        var path = _temp.File("broken.jsonl");
        await File.WriteAllLinesAsync(path, ["{\"id\": "], TestContext.Current.CancellationToken);

        // Act
        var error = await Assert.ThrowsAsync<LabelledDataException>(() => LegalTextCorpus.ReadAsync(_temp.Path, TestContext.Current.CancellationToken));

        // Assert
        Assert.StartsWith($"{path}: line 1 is not a JSON object", error.Message, StringComparison.Ordinal);
    }
}
