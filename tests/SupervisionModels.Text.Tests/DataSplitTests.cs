using SupervisionModels.Text.Evaluation;

namespace SupervisionModels.Text.Tests;

public sealed class DataSplitTests
{
    private static readonly IReadOnlyList<LabelledText> Examples = Enumerable.Range(0, 3000)
        .Select(i => new LabelledText("SM0001", $"第{i}号案件 借款纠纷", i % 2 == 0, LabelledTextKinds.Real, "test"))
        .ToList();

    [Fact]
    public void Split_HoldsOutAboutTheFractionAsked()
    {
        var (train, heldOut) = DataSplit.Split(Examples, 1.0 / 3, seed: 1);
        Assert.Equal(Examples.Count, train.Count + heldOut.Count);
        Assert.InRange(heldOut.Count, 900, 1100);
    }

    [Fact]
    public void Split_DoesNotDependOnTheOrderOfTheData()
    {
        var forward = DataSplit.Split(Examples, 0.3, seed: 5).HeldOut;
        var backward = DataSplit.Split(Examples.Reverse(), 0.3, seed: 5).HeldOut;
        Assert.Equal(forward.ToHashSet(), backward.ToHashSet());
    }

    [Fact]
    public void Split_CopiesOfOneText_LandOnTheSameSide()
    {
        var copies = Examples.Take(200).SelectMany(e => new[] { e, e with { Label = !e.Label, Kind = LabelledTextKinds.InnocentKeyword } });
        var (train, heldOut) = DataSplit.Split(copies, 0.5, seed: 2);
        Assert.Empty(train.Select(e => e.Text).Intersect(heldOut.Select(e => e.Text)));
    }

    [Fact]
    public void Split_AnotherSeed_GivesAnotherSplit()
    {
        var one = DataSplit.Split(Examples, 0.3, seed: 1).HeldOut.ToHashSet();
        var two = DataSplit.Split(Examples, 0.3, seed: 2).HeldOut.ToHashSet();
        Assert.NotEqual(one, two);
    }
}
