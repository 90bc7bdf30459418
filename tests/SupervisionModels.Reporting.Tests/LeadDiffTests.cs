using SupervisionModels.Leads;
using SupervisionModels.Reporting.Diff;

namespace SupervisionModels.Reporting.Tests;

public sealed class LeadDiffTests
{
    [Fact]
    public void Compare_ById_ListsNewChangedAndGone()
    {
        var old = new[] { TestLeads.Plaintiff, TestLeads.Minor };
        var moved = TestLeads.Minor with { Score = 50, Rank = 1 };
        var current = new[] { moved, TestLeads.Seller };

        var diff = LeadDiff.Compare(old, current);

        Assert.Equal(["SM0002-CCCCCCCCCC"], diff.New.Select(l => l.LeadId));
        var pair = Assert.Single(diff.Changed);
        Assert.Equal("SM0002-BBBBBBBBBB", pair.New.LeadId);
        Assert.True(pair.Moved);
        Assert.Equal(40, pair.Old.Score);
        Assert.Empty(diff.Unchanged);
        Assert.Equal(["SM0001-AAAAAAAAAA"], diff.Gone.Select(l => l.LeadId));
    }

    [Fact]
    public void Compare_SameRun_AllUnchanged_NoneChanged()
    {
        var diff = LeadDiff.Compare(TestLeads.All, TestLeads.All);

        Assert.Empty(diff.New);
        Assert.Empty(diff.Gone);
        Assert.Empty(diff.Changed);
        Assert.Equal(3, diff.Unchanged.Count);
    }

    [Fact]
    public void Compare_SameScoreAndRank_NewEvidenceOrRule_IsAChange()
    {
        var moreEvidence = TestLeads.Plaintiff with { Evidence = [.. TestLeads.Plaintiff.Evidence, new Evidence("R2", "judgments", "（2022）鲁0403民初9号")] };
        var otherRule = TestLeads.Seller with { Rules = [new LeadRule("S4", "无危化品经营许可", 15, 1)] };

        var diff = LeadDiff.Compare(TestLeads.All, [TestLeads.Minor, moreEvidence, otherRule]);

        Assert.Equal(["SM0001-AAAAAAAAAA", "SM0002-CCCCCCCCCC"], diff.Changed.Select(p => p.New.LeadId));
        var evidence = diff.Changed[0];
        Assert.False(evidence.Moved);
        Assert.Equal((1, 0), (evidence.EvidenceAdded, evidence.EvidenceRemoved));
        Assert.Equal(["S4"], diff.Changed[1].RulesAdded);
        Assert.Equal(["S1"], diff.Changed[1].RulesRemoved);
        Assert.Equal("SM0002-BBBBBBBBBB", Assert.Single(diff.Unchanged).New.LeadId);
    }
}
