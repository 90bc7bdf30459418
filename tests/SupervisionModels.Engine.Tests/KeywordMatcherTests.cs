using SupervisionModels.Rules;
using SupervisionModels.Runtime.Text;

namespace SupervisionModels.Engine.Tests;

public sealed class KeywordMatcherTests
{
    private static string[] Words(KeywordMatcher m, string text) => m.FindAll(text).Select(h => m.Terms[h.Term]).ToArray();

    [Fact]
    public void FindAll_ReportsEveryOccurrenceInTextOrder_IncludingOverlaps()
    {
        var m = new KeywordMatcher(["车牌", "车牌额度", "额度", "借款纠纷"]);
        var text = "借款纠纷一案：被告以车牌额度抵债，另有车牌一副。";

        var hits = m.FindAll(text);

        Assert.Equal(["借款纠纷", "车牌额度", "车牌", "额度", "车牌"], hits.Select(h => m.Terms[h.Term]));
        Assert.Equal([0, 10, 10, 12, 19], hits.Select(h => h.Position));
    }

    [Fact]
    public void FindAll_TermsAtTheEdgesOfTheText_AreFound()
    {
        var m = new KeywordMatcher(["笑气", "气弹"]);
        Assert.Equal(["笑气", "气弹"], Words(m, "笑气与奶油气弹"));
        Assert.Empty(Words(m, "笑"));
        Assert.Empty(Words(m, string.Empty));
    }

    [Fact]
    public void Fold_FullWidthLettersAndDigits_BecomeAscii_KeepingPositions()
    {
        var m = new KeywordMatcher(new KeywordSet("n2o", ["Ｎ２Ｏ", "UN1070"]).Terms);
        var text = KeywordMatcher.Fold("查获Ｎ２Ｏ钢瓶（ＵＮ１０７０）");

        Assert.True(m.NeedsFolding);
        Assert.Equal("查获N2O钢瓶（UN1070）", text);
        Assert.Equal(["N2O", "UN1070"], Words(m, text));
    }

    [Fact]
    public void Fold_TextWithoutFullWidthLettersOrDigits_IsNotCopied()
    {
        const string text = "（2021）鲁0403民初1号";
        Assert.Same(text, KeywordMatcher.Fold(text));
        Assert.False(new KeywordMatcher(["车牌额度"]).NeedsFolding);
    }

    [Fact]
    public void FindAll_AgreesWithNaiveSearch_OnGeneratedText()
    {
        string[] terms = ["二手车买卖", "车牌额度", "借款纠纷", "合同纠纷", "号牌指标", "报废车", "以车抵债", "笑气", "低保", "司法救助", "车"];
        var m = new KeywordMatcher(terms);
        var rng = new Random(7);
        const string alphabet = "二手车买卖牌额度借款纠纷合同号指标报废以抵债笑气低保司法救助的了是在原告被";
        for (var n = 0; n < 200; n++)
        {
            var text = new string(Enumerable.Range(0, rng.Next(0, 120)).Select(_ => alphabet[rng.Next(alphabet.Length)]).ToArray());
            var expected = Enumerable.Range(0, text.Length)
                .SelectMany(i => terms.Where(t => string.CompareOrdinal(text, i, t, 0, t.Length) == 0 && i + t.Length <= text.Length).Select(t => (i, t)))
                .OrderBy(x => x.i).ThenByDescending(x => x.t.Length)
                .Select(x => (x.i, x.t))
                .ToArray();

            var actual = m.FindAll(text, maxHits: 10_000).Select(h => (h.Position, m.Terms[h.Term])).ToArray();
            Assert.Equal(expected, actual);
        }
    }
}

public sealed class ExcerptTests
{
    [Fact]
    public void Excerpt_ShowsEachDistinctWordInItsContext_JoinedByEllipsis()
    {
        var m = new KeywordMatcher(["合同纠纷", "号牌额度"]);
        var text = "原告张三与被告某公司合同纠纷一案。" + new string('甲', 200) + "双方约定以被告名下号牌额度抵偿借款。" + new string('乙', 200);

        var excerpt = TextMatch.MakeExcerpt(text, m.FindAll(text));

        Assert.StartsWith("原告张三与被告某公司【合同纠纷】一案。", excerpt, StringComparison.Ordinal);
        Assert.Contains("…", excerpt, StringComparison.Ordinal);
        Assert.Contains("双方约定以被告名下【号牌额度】抵偿借款。", excerpt, StringComparison.Ordinal);
        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        Assert.True(excerpt.Length < 140, excerpt);
    }

    [Fact]
    public void Excerpt_NearbyWords_ShareOneWindow()
    {
        var m = new KeywordMatcher(["号牌额度", "以车抵债"]);
        const string text = "约定以号牌额度以车抵债。";
        Assert.Equal("约定以【号牌额度】【以车抵债】。", TextMatch.MakeExcerpt(text, m.FindAll(text)));
    }
}
