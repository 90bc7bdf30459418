using SupervisionModels.Datasets.Generator.Text;

namespace SupervisionModels.Datasets.Tests;

[Collection(TinyDataCollection.Name)]
public sealed class LabelledTextTests(TinyData data)
{
    private IReadOnlyList<LabelledText> Examples() => TinyData.Load<LabelledText>(Path.Combine(data.DataDirectory, Generator.GeneratorOptions.LabelledTextFolder)).GetAwaiter().GetResult();

    [Fact]
    public void Examples_CoverEveryModelAndKind_WithBothLabelsAndSplits()
    {
        var examples = Examples();
        foreach (var model in new[] { "SM0001", "SM0002", "SM0003" })
        {
            var own = examples.Where(e => e.ModelId == model).ToList();
            Assert.Equal(240, own.Count);
            Assert.Equal(["innocent_keyword", "keyword_hit", "paraphrase_no_keyword", "unrelated"], own.Select(e => e.Kind).Distinct().Order(StringComparer.Ordinal));
            Assert.Contains(own, e => e.Split == "test");
            Assert.Contains(own, e => e.Split == "train");
        }
    }

    [Fact]
    public void Examples_KindAgreesWithLabelAndKeywords()
    {
        foreach (var e in Examples())
        {
            Assert.Equal(e.Kind is "keyword_hit" or "paraphrase_no_keyword" ? 1 : 0, e.Label);
            Assert.Equal(e.Kind is "keyword_hit" or "innocent_keyword", Keywords.Hits(e.ModelId, e.Text));
        }
    }

    [Fact]
    public void Examples_AreVariedAndNotCopiesOfRunDataTexts()
    {
        var examples = Examples();
        Assert.Equal(examples.Count, examples.Select(e => e.Text).Distinct(StringComparer.Ordinal).Count());
        var run = data.Rows<Judgment>().Select(j => j.FullText).Concat(data.Rows<PoliceCase>().Select(c => c.Summary)).Concat(data.Rows<ProcuratorateCase>().Select(c => c.Summary)).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(examples, e => run.Contains(e.Text));
    }
}
