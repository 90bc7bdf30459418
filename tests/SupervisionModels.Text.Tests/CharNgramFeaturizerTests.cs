using SupervisionModels.Text.Featurization;

namespace SupervisionModels.Text.Tests;

public sealed class CharNgramFeaturizerTests
{
    private static readonly CharNgramFeaturizer Featurizer = new(new TextClassifierOptions());

    private static (int[] Indices, float[] Values) Features(string text, CharNgramFeaturizer? featurizer = null)
    {
        var scratch = new FeatureScratch();
        (featurizer ?? Featurizer).Featurize(text, scratch);
        return scratch.ToArrays();
    }

    /// <summary>The features as one comparable string (arrays inside tuples compare by reference).</summary>
    private static string Vector(string text, CharNgramFeaturizer? featurizer = null)
    {
        var (indices, values) = Features(text, featurizer);
        return string.Join(" ", indices.Zip(values, (i, v) => FormattableString.Invariant($"{i}:{v:R}")));
    }

    [Fact]
    public void Featurize_FullWidthAndUpperCaseLetters_AreTheSameAsFoldedAscii()
    {
        // The keyword matcher folds full-width forms (NFKC); the classifier must see 'ＫＴＶ' and 'ktv' alike.
        Assert.Equal(Vector("在ktv包厢"), Vector("在ＫＴＶ包厢"));
        Assert.Equal(Vector("在ktv包厢"), Vector("在KTV包厢"));
    }

    [Fact]
    public void Featurize_DigitsAndWhiteSpaceRuns_AreFolded()
    {
        Assert.Equal(Vector("2015年借款 30000元"), Vector("２０２１年借款\n\t 12345元  "));
    }

    [Fact]
    public void Featurize_AnyText_GivesAscendingDistinctIndicesAndAUnitVector()
    {
        // Act
        var (indices, values) = Features(RealTexts.All[0].Text);

        // Assert
        Assert.NotEmpty(indices);
        Assert.All(indices.Zip(indices.Skip(1)), pair => Assert.True(pair.First < pair.Second));
        Assert.All(indices, i => Assert.InRange(i, 0, (1 << 18) - 1));
        Assert.Equal(1.0, Math.Sqrt(values.Sum(v => (double)v * v)), 5);
    }

    [Fact]
    public void Featurize_OneAndTwoCharacterGrams_AreCountedOncePerDistinctGram()
    {
        // 笑气笑气: unigrams 笑 气, bigrams 笑气 气笑: four distinct features of equal weight (presence).
        var (indices, values) = Features("笑气笑气");
        Assert.Equal(4, indices.Length);
        Assert.All(values, v => Assert.Equal(0.5f, v, 5));
    }

    [Fact]
    public void Featurize_TextLongerThanMaxChars_ReadsOnlyItsStart()
    {
        // Arrange
        var featurizer = new CharNgramFeaturizer(new TextClassifierOptions { MaxChars = 16 });
        const string head = "原告诉称被告向其借款五万元未还款项";

        // Assert
        Assert.Equal(Vector(head[..16], featurizer), Vector(head + "本院认为事实清楚证据充分", featurizer));
        Assert.NotEqual(Vector(head[..15], featurizer), Vector(head, featurizer));
    }

    [Fact]
    public void Featurize_EmptyOrBlankText_HasNoFeatures()
    {
        Assert.Empty(Features("").Indices);
        Assert.Empty(Features(" \r\n\t").Indices);
    }

    [Fact]
    public void RadixSort_RandomIndices_SortsLikeArraySort()
    {
        // Arrange
        var random = new Random(3);
        foreach (var (length, bits) in new[] { (10, 18), (5000, 18), (5000, 24), (3000, 11) })
        {
            var keys = Enumerable.Range(0, length).Select(_ => random.Next(1 << bits)).ToArray();
            var expected = keys.Order().ToArray();

            // Act
            RadixSort.Sort(keys, new int[length], bits);

            // Assert
            Assert.Equal(expected, keys);
        }
    }
}
