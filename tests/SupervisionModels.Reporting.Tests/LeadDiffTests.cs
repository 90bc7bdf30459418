using SupervisionModels.Reporting.Diff;

namespace SupervisionModels.Reporting.Tests;

public sealed class LeadDiffTests
{
    [Fact]
    public void Compare_ById_ListsNewUnchangedAndGone()
    {
        var old = new[] { TestLeads.Plaintiff, TestLeads.Minor };
        var moved = TestLeads.Minor with { Score = 50, Rank = 1 };
        var current = new[] { moved, TestLeads.Seller };

        var diff = LeadDiff.Compare(old, current);

        Assert.Equal(["SM0002-CCCCCCCCCC"], diff.New.Select(l => l.LeadId));
        var pair = Assert.Single(diff.Unchanged);
        Assert.Equal("SM0002-BBBBBBBBBB", pair.New.LeadId);
        Assert.True(pair.Moved);
        Assert.Equal(40, pair.Old.Score);
        Assert.Equal(["SM0001-AAAAAAAAAA"], diff.Gone.Select(l => l.LeadId));
    }

    [Fact]
    public void Compare_SameRun_AllUnchanged_NoneMoved()
    {
        var diff = LeadDiff.Compare(TestLeads.All, TestLeads.All);

        Assert.Empty(diff.New);
        Assert.Empty(diff.Gone);
        Assert.Equal(3, diff.Unchanged.Count);
        Assert.DoesNotContain(diff.Unchanged, p => p.Moved);
    }
}
