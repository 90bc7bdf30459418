using System.Text.Json;
using SupervisionModels.BuiltIn.JudicialAid;
using SupervisionModels.BuiltIn.PlateAuctionFakeLitigation;
using SupervisionModels.Rules;
using SupervisionModels.BuiltIn;

namespace SupervisionModels.Models.Tests;

/// <summary>
/// The keyword sets must hold up on real writing, not only on the generator's: each model's screening keywords are run
/// over the real case texts in tests/Fixtures/legal-texts (relevant category against unrelated cases).
/// </summary>
public sealed class RealTextKeywordTests
{
    private static readonly Lazy<IReadOnlyList<(string Category, string Text)>> Texts = new(Load);

    [Theory]
    [InlineData(nameof(PlateAuctionFakeLitigationModel), "keywords", "cat1_false_litigation_vehicle_loan", 0.85, 0.02)]
    [InlineData(nameof(JudicialAidModel), "hardship-keywords", "cat3_victim_hardship_judicial_aid", 0.80, 0.02)]
    public void KeywordSet_HitsMostRelevantRealTexts_AndFewUnrelatedOnes(string modelType, string parameter, string category, double minRelevant, double maxUnrelated)
    {
        var model = BuiltInModels.Assembly.GetTypes().Single(t => t.Name == modelType);
        var keywords = ((KeywordParameter)((SupervisionModel)Activator.CreateInstance(model)!).Parameters.Single(p => p.Name == parameter)).Default;
        var matcher = new Runtime.Text.KeywordMatcher(keywords.Terms);

        double Rate(string cat)
        {
            var texts = Texts.Value.Where(t => t.Category == cat).ToArray();
            Assert.NotEmpty(texts);
            return texts.Count(t => matcher.ContainsAny(Runtime.Text.KeywordMatcher.Fold(t.Text))) / (double)texts.Length;
        }

        var relevant = Rate(category);
        var unrelated = Rate("negatives_random");
        Assert.True(relevant >= minRelevant, $"{modelType} {parameter}: hits {relevant:P1} of real {category} texts; expected ≥ {minRelevant:P0}");
        Assert.True(unrelated <= maxUnrelated, $"{modelType} {parameter}: hits {unrelated:P1} of unrelated texts; expected ≤ {maxUnrelated:P0}");
    }

    private static IReadOnlyList<(string, string)> Load() =>
        Directory.EnumerateFiles(FixtureFiles.LegalTexts, "*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadLines(f).Where(l => l.Length > 0).Select(l => (Path.GetFileNameWithoutExtension(f), JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)))
            .ToArray();
}
