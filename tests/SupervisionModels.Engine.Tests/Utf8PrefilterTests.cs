using System.Text;
using SupervisionModels.Rules;
using SupervisionModels.Runtime.Text;

namespace SupervisionModels.Engine.Tests;

/// <summary>
/// The UTF-8 pre-filter never drops a text the keyword matcher finds a term in: checked on generated texts built from
/// the terms themselves, their pieces, their full-width and sub/superscript forms, and common judgment characters.
/// </summary>
public sealed class Utf8PrefilterTests
{
    /// <summary>The built-in models' terms on judgment texts, the ASCII ones included (N2O, MDMA, UN1070, K粉).</summary>
    private static readonly string[] ModelTerms =
        ["一氧化二氮", "笑气", "笑笑气", "氧化亚氮", "N2O", "n2o", "气弹", "奶油气", "嗨气", "打气球", "快乐气", "吸气球", "奶油弹", "毒品", "K粉", "MDMA",
         "γ-羟丁酸", "销售", "运输", "箱", "吨", "UN1070", "UN2201", "号牌额度", "以车抵债", "车牌", "借款", "抵债", "司法救助", "生活困难"];

    [Fact]
    public void MayMatch_GeneratedTexts_NeverMissesAMatcherHit()
    {
        var matcher = new KeywordMatcher(new KeywordSet("terms", ModelTerms).Terms);
        var prefilter = Utf8Prefilter.For(matcher);
        var random = new Random(20261203);
        var pieces = Pieces(ModelTerms).ToArray();
        int hitTexts = 0, passedWithoutHit = 0;

        for (var n = 0; n < 20_000; n++)
        {
            var text = Generate(random, pieces);
            var hits = matcher.FindAll(KeywordMatcher.Fold(text));
            var bytes = Encoding.UTF8.GetBytes(text);
            var passes = prefilter.MayMatch(bytes);
            Assert.Equal(passes, prefilter.MayMatch(bytes, vectorized: false));

            if (hits.Count > 0)
            {
                hitTexts++;
                Assert.True(passes, $"the pre-filter drops a text with {matcher.Terms[hits[0].Term]}: {text}");
            }
            else if (passes)
            {
                passedWithoutHit++;
            }
        }

        // Both kinds occur, or the test proves nothing; and the filter must actually filter.
        Assert.InRange(hitTexts, 2_000, 18_000);
        Assert.True(passedWithoutHit < (20_000 - hitTexts) / 2, $"{passedWithoutHit} of {20_000 - hitTexts} texts without a hit pass");
    }

    [Theory]
    [InlineData("查获Ｎ２Ｏ钢瓶", true)]
    [InlineData("查获N₂O钢瓶", true)]
    [InlineData("查获ＭＤＭＡ", true)]
    [InlineData("被告人销售一氧化二氮", true)]
    [InlineData("本院认为，被告人张某某犯盗窃罪", false)]
    [InlineData("", false)]
    public void MayMatch_FoldedForms_Pass(string text, bool expected)
    {
        var matcher = new KeywordMatcher(new KeywordSet("terms", ModelTerms).Terms);

        Assert.Equal(expected, Utf8Prefilter.For(matcher).MayMatch(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(expected, matcher.FindAll(KeywordMatcher.Fold(text)).Count > 0);
    }

    [Fact]
    public void MayMatch_NoTerms_NothingPasses()
    {
        Assert.False(Utf8Prefilter.For(new KeywordMatcher([])).MayMatch("笑气"u8));
    }

    private static IEnumerable<string> Pieces(IEnumerable<string> terms)
    {
        foreach (var term in terms)
        {
            yield return term;
            yield return term[..(term.Length / 2 + 1)];
            yield return term[(term.Length / 2)..];
            yield return WideForm(term);
        }

        foreach (var c in "本院认为被告人某犯罪一二三年月日元氧化气车牌号额度债务，。、（）：0123456789₂²ＡＢＣ·—")
        {
            yield return c.ToString();
        }
    }

    private static string WideForm(string term) => new(term.Select(c => c switch
    {
        >= '0' and <= '9' when c % 2 == 0 => (char)('\u2080' + (c - '0')),
        >= '0' and <= '9' or >= 'A' and <= 'Z' or >= 'a' and <= 'z' => (char)(c + 0xFEE0),
        _ => c,
    }).ToArray());

    private static string Generate(Random random, string[] pieces)
    {
        var builder = new StringBuilder();
        var count = random.Next(0, 40);
        for (var i = 0; i < count; i++)
        {
            // Mostly filler characters, now and then a term or a piece of one.
            builder.Append(random.Next(6) == 0 ? pieces[random.Next(pieces.Length)] : pieces[pieces.Length - 1 - random.Next(40)]);
        }

        return builder.ToString();
    }
}
