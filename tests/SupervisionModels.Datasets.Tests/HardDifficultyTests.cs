using System.Text.Json;
using SupervisionModels.Datasets.Generator;
using SupervisionModels.Datasets.Generator.NitrousOxide;
using SupervisionModels.Datasets.Generator.Output;

namespace SupervisionModels.Datasets.Tests;

/// <summary>
/// <c>--difficulty hard</c> (issue 11): the same planted leads as easy, written now and then in slang; near-miss decoys
/// that differ from a lead in one decisive fact, which the decoys file names; and easy left exactly as it was. Only
/// the world is built, in memory, as <see cref="ScenarioSeedTests"/> does.
/// </summary>
public sealed class HardDifficultyTests
{
    private static readonly string[] HardKinds =
        ["其他毒品场所", "其他毒品未成年人", "其他毒品未成年人（否定提及笑气）", "口腔诊所合法使用", "咖啡店自用奶油气", "医院麻醉用气", "持证经销商（非销售违法）"];

    private static readonly string[] SubstanceWords = ["一氧化二氮", "笑气", "氧化亚氮", "N2O", "N₂O", "Ｎ２Ｏ", "气弹", "奶油气", "嗨气"];

    private static readonly string[] OtherDrugWords = ["甲基苯丙胺", "冰毒", "海洛因", "氯胺酮", "K粉", "大麻"];

    [Fact]
    public void Defaults_TinyIsEasy_SmallAndCityAreHard()
    {
        Assert.Equal(Difficulty.Easy, Difficulties.DefaultFor(Scale.Tiny));
        Assert.Equal(Difficulty.Hard, Difficulties.DefaultFor(Scale.Small));
        Assert.Equal(Difficulty.Hard, Difficulties.DefaultFor(Scale.City));
        Assert.Equal(Difficulty.Easy, new GeneratorOptions(Scale.Tiny, 1, "out").ResolvedDifficulty);
        Assert.Equal(Difficulty.Hard, new GeneratorOptions(Scale.Tiny, 1, "out") { Difficulty = Difficulty.Hard }.ResolvedDifficulty);
    }

    [Theory]
    [InlineData(20231)]
    [InlineData(8675309)]
    public void Hard_PlantsTheSameLeadsAsEasy(int seed)
    {
        var easy = WorldBuilder.Build(seed, ScaleProfile.For(Scale.Tiny), Difficulty.Easy);
        var hard = WorldBuilder.Build(seed, ScaleProfile.For(Scale.Tiny), Difficulty.Hard);
        Assert.Equal(Subjects(easy.Truth.Leads, "SM0002"), Subjects(hard.Truth.Leads, "SM0002"));
        // Hard adds SM0001 leads of its own (defendants renamed, found only through the register's former name), and
        // leaves easy's as they were.
        Assert.Equal(Subjects(easy.Truth.Leads, "SM0001"), Subjects(hard.Truth.Leads.Where(l => !l.Tags.Contains("renamed_defendant")), "SM0001"));
        Assert.Contains(hard.Truth.Leads, l => l.Tags.Contains("renamed_defendant"));
    }

    [Theory]
    [InlineData(20231)]
    [InlineData(1)]
    [InlineData(7920)]
    public void Easy_HasNoHardDecoysAndNoDecisiveFacts(int seed)
    {
        var world = WorldBuilder.Build(seed, ScaleProfile.For(Scale.Tiny), Difficulty.Easy);
        Assert.All(world.Truth.Decoys, d => Assert.Null(d.DecisiveFact));
        Assert.DoesNotContain(world.Truth.Decoys, d => HardKinds.Contains(d.DecoyKind));
        Assert.DoesNotContain(world.Truth.Leads, l => l.Tags.Contains("slang"));
        Assert.DoesNotContain("decisiveFact", JsonSerializer.Serialize(world.Truth.Decoys[0], TruthLog.Json), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(20231)]
    [InlineData(1)]
    [InlineData(7920)]
    [InlineData(15839)]
    public void Hard_EverySm0002DecoyNamesItsDecisiveFact_AndEveryHardKindIsPlanted(int seed)
    {
        var world = WorldBuilder.Build(seed, ScaleProfile.For(Scale.Tiny), Difficulty.Hard);
        var decoys = world.Truth.Decoys.Where(d => d.ModelId == "SM0002").ToList();
        Assert.All(decoys, d => Assert.Matches(@"^[A-Za-z0-9-]+: \S", d.DecisiveFact ?? string.Empty));
        foreach (var kind in HardKinds)
        {
            Assert.Contains(decoys, d => d.DecoyKind == kind);
        }

        var line = JsonSerializer.Serialize(decoys.First(d => d.DecoyKind == "其他毒品场所"), TruthLog.Json);
        Assert.Contains("\"decisiveFact\":\"D25: 其他毒品（", line, StringComparison.Ordinal);
        Assert.Contains("\"decoyKind\":\"其他毒品场所\"", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(20231)]
    [InlineData(1)]
    [InlineData(7920)]
    public void Hard_DrugDecoysNameAnotherDrugAndNoNitrousOxide_ButTheNegatedOneMentionsItOnlyToDenyIt(int seed)
    {
        var world = WorldBuilder.Build(seed, ScaleProfile.For(Scale.Tiny), Difficulty.Hard);
        var summaries = Summaries(world);
        foreach (var decoy in world.Truth.Decoys.Where(d => d.DecoyKind is "其他毒品场所" or "其他毒品未成年人"))
        {
            Assert.All(decoy.Evidence["police_cases"], no =>
            {
                Assert.Contains(OtherDrugWords, w => summaries[no].Contains(w, StringComparison.Ordinal));
                Assert.DoesNotContain(SubstanceWords, w => summaries[no].Contains(w, StringComparison.Ordinal));
            });
        }

        var negated = world.Truth.Decoys.Single(d => d.DecoyKind == "其他毒品未成年人（否定提及笑气）");
        Assert.Contains(negated.Evidence["police_cases"], no => summaries[no].Contains("笑气", StringComparison.Ordinal) && summaries[no].Contains('未'));
    }

    [Fact]
    public void Hard_SlangLeadsNameTheSubstanceOnlyInSlang()
    {
        // Across a few seeds (slang is drawn for about three texts in ten), some planted leads are written in slang.
        var slangLeads = 0;
        foreach (var seed in new[] { 20231, 1, 7920, 15839, 8675309 })
        {
            var world = WorldBuilder.Build(seed, ScaleProfile.For(Scale.Tiny), Difficulty.Hard);
            var summaries = Summaries(world);
            foreach (var lead in world.Truth.Leads.Where(l => l.ModelId == "SM0002" && l.Tags.Contains("slang")))
            {
                slangLeads++;
                Assert.Contains(lead.Evidence["police_cases"], no => SlangTerm.All.Any(s => summaries[no].Contains(s.Word, StringComparison.Ordinal)));
            }
        }

        Assert.InRange(slangLeads, 1, int.MaxValue);
    }

    [Fact]
    public void Hard_SameSeedTwice_SameTruthAndDecoys()
    {
        static string Json(World w) => JsonSerializer.Serialize(w.Truth.Leads, TruthLog.Json) + JsonSerializer.Serialize(w.Truth.Decoys, TruthLog.Json);
        var first = WorldBuilder.Build(4242, ScaleProfile.For(Scale.Tiny), Difficulty.Hard);
        var second = WorldBuilder.Build(4242, ScaleProfile.For(Scale.Tiny), Difficulty.Hard);
        Assert.Equal(Json(first), Json(second));
        Assert.Equal(Summaries(first).OrderBy(kv => kv.Key, StringComparer.Ordinal), Summaries(second).OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }

    private static string[] Subjects(IEnumerable<TruthEntry> entries, string model) =>
        entries.Where(e => e.ModelId == model).Select(e => e.SubjectKey + " " + e.Role).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The scenarios' police summaries by case number.</summary>
    private static Dictionary<string, string> Summaries(World world)
    {
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var slot = 0L; slot < world.Police.Count; slot++)
        {
            if (world.Police.TryGet(slot, out var bundles))
            {
                foreach (var b in bundles)
                {
                    summaries[b.Case.PoliceCaseNo] = b.Case.Summary;
                }
            }
        }

        return summaries;
    }
}
