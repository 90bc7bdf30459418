using System.Globalization;
using SupervisionModels.Text.Data;
using SupervisionModels.BuiltIn;

namespace SupervisionModels.Models.Tests.TextScreening;

/// <summary>
/// The hand-written adversarial texts (tests/Fixtures/adversarial, a test set: nothing is trained or tuned on it)
/// through each model's text screen with its shipped classifier: how many relevant texts keywords alone catch and how
/// many keywords with the classifier catch, how many innocent texts pass at full weight with each. The floors are the
/// figures measured when the set was first run with the shipped classifiers (README, Measured quality), so a
/// retrained classifier or a changed keyword set that does worse fails here; the project's targets (≥ 90 % caught,
/// ≤ 10 % innocent at full weight) are asserted where they are met.
/// </summary>
public sealed class AdversarialTextTests
{
    [Theory]
    [InlineData("SM0001", 0.90, 0.34)]
    [InlineData("SM0002", 0.75, 0.10)]
    [InlineData("SM0003", 0.80, 0.17)]
    public async Task ShippedClassifier_CatchesMoreRelevantTexts_AndPassesNoMoreInnocentOnesAtFullWeight_ThanKeywordsAlone(string modelId, double minCaught, double maxInnocentFullWeight)
    {
        var texts = await AdversarialText.ReadAsync(Fixtures.Adversarial(modelId), TestContext.Current.CancellationToken);
        using var classifier = Fixtures.ShippedClassifier(modelId);
        var screen = TextScreen.For(modelId);

        var outcomes = texts.Select(t => (t.Label, Outcome: screen.Evaluate(t.Text, classifier.PredictProbability))).ToArray();
        var relevant = outcomes.Where(o => o.Label).Select(o => o.Outcome).ToArray();
        var innocent = outcomes.Where(o => !o.Label).Select(o => o.Outcome).ToArray();
        double Share(IEnumerable<bool> flags, int of) => flags.Count(f => f) / (double)of;
        var caughtByKeywords = Share(relevant.Select(o => o.KeywordsAlone), relevant.Length);
        var caught = Share(relevant.Select(o => o.Passes), relevant.Length);
        var innocentByKeywords = Share(innocent.Select(o => o.KeywordsAlone), innocent.Length);
        var innocentFullWeight = Share(innocent.Select(o => o.FullWeight), innocent.Length);
        var report = string.Create(CultureInfo.InvariantCulture, $"{modelId}: relevant caught {caughtByKeywords:P0} by keywords, {caught:P0} with the classifier; innocent at full weight {innocentByKeywords:P0} by keywords, {innocentFullWeight:P0} with the classifier");

        Assert.True(texts.Count >= 20, $"{modelId}: only {texts.Count} adversarial texts");
        Assert.Contains(texts, t => t.Label);
        Assert.Contains(texts, t => !t.Label);
        Assert.True(caught >= caughtByKeywords, report);
        Assert.True(innocentFullWeight <= innocentByKeywords, report);
        Assert.True(caught >= minCaught, report);
        Assert.True(innocentFullWeight <= maxInnocentFullWeight, report);
    }

    [Theory]
    [InlineData("SM0001")]
    [InlineData("SM0002")]
    [InlineData("SM0003")]
    public async Task EveryAdversarialText_IsForItsModel_HasANote_AndAnIdOfItsOwn(string modelId)
    {
        var texts = await AdversarialText.ReadAsync(Fixtures.Adversarial(modelId), TestContext.Current.CancellationToken);

        Assert.All(texts, t => Assert.Equal(modelId, t.ModelId));
        Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t.Note)));
        Assert.All(texts, t => Assert.StartsWith(t.Label ? "relevant" : "innocent", t.Kind, StringComparison.Ordinal));
        Assert.Equal(texts.Count, texts.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count());
    }
}
