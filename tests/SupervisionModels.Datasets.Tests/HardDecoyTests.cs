using SupervisionModels.Datasets.Generator;
using SupervisionModels.Datasets.Generator.Output;

namespace SupervisionModels.Datasets.Tests;

/// <summary>
/// SM0001's and SM0003's hard decoys (issue 11): every one names its decisive fact, every kind is planted at every
/// seed, each differs from a lead in the fact it names, and easy data has none of them. Only the world is built, in
/// memory, as <see cref="HardDifficultyTests"/> does.
/// </summary>
public sealed class HardDecoyTests
{
    private static readonly string[] Sm0001HardKinds =
        ["持牌机构原告（全链条）", "实质对抗并经质证", "僵尸企业仅被诉一次", "诚实清收（未处置额度）", "领款人同名不同证", "执恢（同一执行依据）", "一审及其二审（同一纠纷）"];

    private static readonly string[] Sm0003HardKinds =
        ["持证残疾人为犯罪嫌疑人", "已获全额赔偿（未和解）", "已获法院司法救助", "另户亲属在名单", "死亡被害人无近亲属", "名单在案发前失效"];

    [Theory]
    [InlineData(20231)]
    [InlineData(1)]
    [InlineData(7920)]
    public void Hard_EveryHardKindOfSm0001AndSm0003IsPlanted_AndNamesItsDecisiveFact(int seed)
    {
        var world = WorldBuilder.Build(seed, ScaleProfile.For(Scale.Tiny), Difficulty.Hard);
        foreach (var (model, kinds) in new[] { ("SM0001", Sm0001HardKinds), ("SM0003", Sm0003HardKinds) })
        {
            var hard = world.Truth.Decoys.Where(d => d.ModelId == model && kinds.Contains(d.DecoyKind)).ToList();
            Assert.Equal(kinds.Order(StringComparer.Ordinal), hard.Select(d => d.DecoyKind!).Distinct().Order(StringComparer.Ordinal));
            Assert.All(hard, d => Assert.Matches(@"^[A-Z][0-9]+: \S", d.DecisiveFact ?? string.Empty));
            Assert.All(hard, d => Assert.NotEmpty(d.Evidence));
        }
    }

    [Theory]
    [InlineData(20231)]
    [InlineData(8675309)]
    public void Hard_PlantsEasysLeadsOfEveryModel_AndAddsOnlyTextOnlyAndIdentityVariantVictims_AndRenamedDefendantPlaintiffs(int seed)
    {
        var easy = WorldBuilder.Build(seed, ScaleProfile.For(Scale.Tiny), Difficulty.Easy);
        var hard = WorldBuilder.Build(seed, ScaleProfile.For(Scale.Tiny), Difficulty.Hard);
        var added = hard.Truth.Leads.ExceptBy(easy.Truth.Leads.Select(Key), Key).ToList();
        Assert.Equal(easy.Truth.Leads.Select(Key), hard.Truth.Leads.Select(Key).Where(k => easy.Truth.Leads.Select(Key).Contains(k)));
        Assert.NotEmpty(added);
        Assert.All(added, l => Assert.True(l.ModelId == "SM0003"
            ? l.Tags.SequenceEqual(["text_only"]) || l.Tags[0].StartsWith("identity:", StringComparison.Ordinal)
            : l.ModelId == "SM0001" && l.Tags.SequenceEqual(["renamed_defendant", "identity:renamed", "resolvable"]), l.ModelId + " " + string.Join(",", l.Tags)));
        Assert.Contains(added, l => l.ModelId == "SM0001");
        Assert.DoesNotContain(easy.Truth.Decoys, d => Sm0001HardKinds.Contains(d.DecoyKind) || Sm0003HardKinds.Contains(d.DecoyKind));

        static string Key(TruthEntry e) => e.ModelId + " " + e.SubjectKey + " " + e.Role;
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

    [Theory]
    [InlineData(20231)]
    [InlineData(1)]
    public void Hard_TextOnlyVictims_AreOnNoRegister_AndTheirSummarySaysHardship(int seed)
    {
        var world = WorldBuilder.Build(seed, ScaleProfile.For(Scale.Tiny), Difficulty.Hard);
        var listed = ListedIds(world);
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var slot = 0L; slot < world.Procuratorate.Count; slot++)
        {
            if (world.Procuratorate.TryGet(slot, out var bundles))
            {
                foreach (var b in bundles)
                {
                    summaries[b.Case.CaseId] = b.Case.Summary;
                }
            }
        }

        var textOnly = world.Truth.Leads.Where(l => l.Tags.Contains("text_only")).ToList();
        Assert.NotEmpty(textOnly);
        Assert.All(textOnly, l =>
        {
            Assert.DoesNotContain(l.SubjectKey["ID:".Length..], listed);
            Assert.True(Generator.Text.Keywords.HitsHardship(summaries[l.Evidence["procuratorate_cases"].Single()]), "the summary names the hardship");
        });

        // The relative in another household is listed; the victim is not.
        var relative = world.Truth.Decoys.First(d => d.DecoyKind == "另户亲属在名单");
        Assert.DoesNotContain(relative.SubjectKey["ID:".Length..], listed);
        Assert.NotEmpty(relative.Evidence["social_assistance"]);
    }

    [Theory]
    [InlineData(20231)]
    [InlineData(1)]
    public void Hard_RenamedDefendants_AreNamedByTheirFormerNameWithoutCode_AndTheRegisterKeepsTheFormerName(int seed)
    {
        var world = WorldBuilder.Build(seed, ScaleProfile.For(Scale.Tiny), Difficulty.Hard);
        var lead = Assert.Single(world.Truth.Leads, l => l.Tags.Contains("renamed_defendant"));
        var judgments = Court(world).SelectMany(b => b.Judgments).Where(j => lead.Evidence["judgments"].Contains(j.CaseNo)).ToList();
        Assert.Equal(2, judgments.Count);
        var companies = world.Enterprises.All.Where(e => lead.Evidence["enterprises"].Contains(e.CreditCode)).ToList();
        Assert.Equal(2, companies.Count);
        foreach (var j in judgments)
        {
            var defendant = Assert.Single(Court(world).SelectMany(b => b.Parties), p => p.CaseNo == j.CaseNo && p.Role == "被告");
            Assert.Null(defendant.CreditCode);
            var company = Assert.Single(companies, e => e.FormerName == defendant.Name);
            Assert.NotEqual(company.Name, defendant.Name);
            Assert.True(company.IsZombieAt(j.FilingDate), $"{company.Name} is a zombie when {j.CaseNo} is filed");
            Assert.True(j.JudgmentDate.DayNumber - j.FilingDate.DayNumber > 45, "not quick: R6 does not fire");
            Assert.True(j.DefaultJudgment);
        }

        Assert.DoesNotContain(world.Enterprises.All, e => e.Name == companies[0].FormerName || e.Name == companies[1].FormerName);
    }

    [Fact]
    public void Hard_AppealedOnce_IsOneFirstInstanceJudgmentAndItsUpheldAppeal()
    {
        var world = WorldBuilder.Build(20231, ScaleProfile.For(Scale.Tiny), Difficulty.Hard);
        var decoy = world.Truth.Decoys.Single(d => d.DecoyKind == "一审及其二审（同一纠纷）");
        var judgments = Court(world).SelectMany(b => b.Judgments).Where(j => decoy.Evidence["judgments"].Contains(j.CaseNo)).ToList();
        var first = Assert.Single(judgments, j => j.CaseType == "民初");
        var appeal = Assert.Single(judgments, j => j.CaseType == "民终");
        Assert.Equal(first.CaseNo, appeal.OriginalCaseNo);
        Assert.Contains("民终", appeal.CaseNo, StringComparison.Ordinal);
        Assert.True(appeal.FilingDate > first.JudgmentDate);
        Assert.Equal(first.Cause, appeal.Cause);
        var parties = Court(world).SelectMany(b => b.Parties).Where(p => p.CaseNo == appeal.CaseNo).ToList();
        Assert.Equal(["上诉人", "被上诉人"], parties.Select(p => p.Role));
        Assert.Equal("ID:" + parties[1].IdNo, decoy.SubjectKey);
        Assert.Single(Court(world).SelectMany(b => b.Disposals), d => decoy.Evidence["asset_disposals"].Contains(d.DisposalNo) && d.AssetType == "车牌额度");
    }

    [Theory]
    [InlineData(20231)]
    [InlineData(7920)]
    public void Hard_IdentityVariants_SayWhetherTheyAreResolvable_AndTheRecordDiffersFromTheRegisterAsTheTagSays(int seed)
    {
        var world = WorldBuilder.Build(seed, ScaleProfile.For(Scale.Tiny), Difficulty.Hard);
        var people = new Dictionary<string, (string? IdNo, string Name)>(StringComparer.Ordinal);
        for (var slot = 0L; slot < world.Procuratorate.Count; slot++)
        {
            if (world.Procuratorate.TryGet(slot, out var bundles))
            {
                foreach (var p in bundles.SelectMany(b => b.Persons))
                {
                    people[p.PersonKey] = (p.IdNo, p.Name);
                }
            }
        }

        var register = new Dictionary<string, (string IdNo, string Name)>(StringComparer.Ordinal);
        for (var slot = 0L; slot < world.Welfare.Assistance.Count; slot++)
        {
            if (world.Welfare.Assistance.TryGetInserted(slot, out var rows))
            {
                foreach (var r in rows)
                {
                    register[r.RecordId] = (r.IdNo, r.Name);
                }
            }
        }

        var variants = world.Truth.Leads.Where(l => l.ModelId == "SM0003" && l.Tags.Any(t => t.StartsWith("identity:", StringComparison.Ordinal))).ToList();
        Assert.Equal(["identity:homophone", "identity:id15", "identity:permit", "identity:traditional"], variants.Select(v => v.Tags[0]).Distinct().Order(StringComparer.Ordinal));
        foreach (var v in variants)
        {
            var recorded = people[v.Evidence["case_persons"].Single()];
            var listed = register[v.Evidence["social_assistance"].Single()];
            switch (v.Tags[0])
            {
                case "identity:id15":
                    Assert.Equal(15, recorded.IdNo!.Length);
                    Assert.Equal(listed.IdNo, Entities.ResidentId.Upgrade(recorded.IdNo));
                    Assert.Equal("resolvable", v.Tags[1]);
                    break;
                case "identity:permit":
                    Assert.Matches("^[HM][0-9]{8}$", recorded.IdNo!);
                    Assert.Equal((listed.IdNo, listed.Name), (recorded.IdNo, recorded.Name));
                    Assert.Equal("resolvable", v.Tags[1]);
                    break;
                default:
                    Assert.Null(recorded.IdNo);
                    Assert.NotEqual(listed.Name, recorded.Name);
                    Assert.Equal(listed.Name.Length, recorded.Name.Length);
                    Assert.Equal("unresolvable", v.Tags[1]);
                    break;
            }
        }
    }

    private static IEnumerable<Generator.Court.CourtBundle> Court(World world) => world.ReservedCourt.Values;

    /// <summary>The ID numbers on any register row the scenarios inserted (background people's rows are streamed and never a scenario's subject).</summary>
    private static HashSet<string> ListedIds(World world)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var slot = 0L; slot < world.Welfare.Assistance.Count; slot++)
        {
            if (world.Welfare.Assistance.TryGetInserted(slot, out var a))
            {
                ids.UnionWith(a.Select(r => r.IdNo));
            }

            if (world.Welfare.Disabled.TryGetInserted(slot, out var d))
            {
                ids.UnionWith(d.Select(r => r.IdNo));
            }

            if (world.Welfare.Monitoring.TryGetInserted(slot, out var m))
            {
                ids.UnionWith(m.Select(r => r.IdNo));
            }

            if (world.Welfare.Women.TryGetInserted(slot, out var w))
            {
                ids.UnionWith(w.Select(r => r.IdNo));
            }
        }

        return ids;
    }
}
