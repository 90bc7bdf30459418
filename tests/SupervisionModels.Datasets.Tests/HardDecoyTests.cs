using SupervisionModels.Datasets.Generator;
using SupervisionModels.Datasets.Generator.Output;

namespace SupervisionModels.Datasets.Tests;

/// <summary>
/// SM0001's hard decoys (issue 11): every one names its decisive fact, every kind is planted at every
/// seed, each differs from a lead in the fact it names, and easy data has none of them. Only the world is built, in
/// memory, as <see cref="HardDifficultyTests"/> does.
/// </summary>
public sealed class HardDecoyTests
{
    private static readonly string[] Sm0001HardKinds =
        ["持牌机构原告（全链条）", "实质对抗并经质证", "僵尸企业仅被诉一次", "诚实清收（未处置额度）", "领款人同名不同证", "执恢（同一执行依据）"];

    [Theory]
    [InlineData(20231)]
    [InlineData(1)]
    [InlineData(7920)]
    public void Hard_EveryHardKindOfSm0001IsPlanted_AndNamesItsDecisiveFact(int seed)
    {
        var world = WorldBuilder.Build(seed, ScaleProfile.For(Scale.Tiny), Difficulty.Hard);
        foreach (var (model, kinds) in new[] { ("SM0001", Sm0001HardKinds) })
        {
            var hard = world.Truth.Decoys.Where(d => d.ModelId == model && kinds.Contains(d.DecoyKind)).ToList();
            Assert.Equal(kinds.Order(StringComparer.Ordinal), hard.Select(d => d.DecoyKind!).Distinct().Order(StringComparer.Ordinal));
            Assert.All(hard, d => Assert.Matches(@"^[A-Z][0-9]+: \S", d.DecisiveFact ?? string.Empty));
            Assert.All(hard, d => Assert.NotEmpty(d.Evidence));
        }
    }

    [Fact]
    public void Hard_SameNamePayee_IsPaidUnderThePlaintiffsNameButAnotherIdNumber()
    {
        var world = WorldBuilder.Build(1, ScaleProfile.For(Scale.Tiny), Difficulty.Hard);
        var decoy = world.Truth.Decoys.First(d => d.DecoyKind == "领款人同名不同证");
        var disposals = Court(world).SelectMany(b => b.Disposals).Where(d => decoy.Evidence["asset_disposals"].Contains(d.DisposalNo)).ToList();
        Assert.NotEmpty(disposals);
        Assert.All(disposals, d =>
        {
            Assert.Equal("车牌额度", d.AssetType);
            Assert.Equal(decoy.Name, d.PayeeName);
            Assert.NotEqual(decoy.SubjectKey, "ID:" + d.PayeeId);
        });
        Assert.True(decoy.Evidence["judgments"].Count >= 2, "the plaintiff sues at least twice, as a planted lead does");
    }

    [Fact]
    public void Hard_ResumedEnforcement_IsTwoEnforcementCasesOnOneJudgment()
    {
        var world = WorldBuilder.Build(7920, ScaleProfile.For(Scale.Tiny), Difficulty.Hard);
        var decoy = world.Truth.Decoys.First(d => d.DecoyKind == "执恢（同一执行依据）");
        var judgment = Assert.Single(decoy.Evidence["judgments"]);
        var cases = Court(world).SelectMany(b => b.Enforcement).Where(e => decoy.Evidence["enforcement_cases"].Contains(e.ExecCaseNo)).ToList();
        Assert.Equal(2, cases.Count);
        Assert.All(cases, e => Assert.Equal(judgment, e.BasisCaseNo));
        var resumed = Assert.Single(cases, e => e.CaseType == "执恢");
        Assert.Contains("执恢", resumed.ExecCaseNo, StringComparison.Ordinal);
        Assert.Single(Court(world).SelectMany(b => b.Disposals), d => d.ExecCaseNo == resumed.ExecCaseNo && d.AssetType == "车牌额度");
    }

    private static IEnumerable<Generator.Court.CourtBundle> Court(World world) => world.ReservedCourt.Values;
}
