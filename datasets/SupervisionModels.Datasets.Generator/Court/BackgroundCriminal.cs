using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Datasets.Generator.Text;

namespace SupervisionModels.Datasets.Generator.Court;

/// <summary>Background criminal cases: first instance at the basic courts, appeals at the intermediate courts.</summary>
internal sealed class BackgroundCriminal(World world)
{
    private readonly PartyFactory _parties = new(world);

    public (CaseHeader Header, Charge Charge, Action<Composer> Facts, string Sentence) FirstInstance(long slot)
    {
        var (block, n) = world.Layout.Locate(slot);
        var rng = Rng.For(world.Seed, "criminal-header", slot);
        var charge = CriminalJudgmentWriter.Background.Draw(rng);
        var h = new CaseHeader { Block = block, CaseNo = world.Layout.CaseNo(slot), Filing = block.FilingDate(n), Cause = charge.Name, DocType = "刑事判决书", ClosingMode = "判决" };
        h.Procedure = rng.NextDouble() switch { < 0.3 => "速裁程序", < 0.7 => "简易程序", _ => "普通程序" };
        h.Decided = BackgroundCivil.Clamp(h.Filing.AddDays(h.Procedure == "普通程序" ? rng.Between(30, 120) : rng.Between(8, 40)));
        var area = block.Area;
        h.Parties.Add(new CaseParty { Role = "公诉机关", Name = area.ProcuratorateName });
        var accused = world.Persons.RandomBackgroundIn(rng, area, h.Filing, 18, 70);
        if (!world.Persons[accused].IsMale && rng.Chance(0.7))
        {
            accused = world.Persons.RandomBackgroundIn(rng, area, h.Filing, 18, 70);
        }

        int? victim = charge == CriminalJudgmentWriter.Assault || charge == CriminalJudgmentWriter.Fraud || charge == CriminalJudgmentWriter.TrafficCasualty || charge == CriminalJudgmentWriter.Theft
            ? world.Persons.RandomBackgroundIn(rng, area, h.Filing, 16, 85)
            : null;
        if (victim is { } v && (charge == CriminalJudgmentWriter.Assault || charge == CriminalJudgmentWriter.TrafficCasualty) && rng.Chance(0.2))
        {
            h.Parties.Add(_parties.Person("附带民事诉讼原告人", v, rng, h.Filing));
        }

        h.Parties.Add(_parties.Person("被告人", accused, rng, h.Filing, agentRate: 0.45, idRate: 0.99, variantRate: 0.01));
        world.Staff.Assign(h, rng);
        var place = area.County + rng.Pick(area.Townships) + rng.Pick(["某小区", "某饭店门口", "某村", "某超市", "某工地", "某路口"]);
        var when = h.Filing.AddDays(-rng.Between(40, 300));
        var facts = CriminalFacts.For(charge, world.Persons.NameOf(accused), victim is { } vi ? world.Persons.NameOf(vi) : null, when, place, rng);
        return (h, charge, facts, CriminalJudgmentWriter.Sentence(rng, charge));
    }

    public string Text(long slot, CaseHeader h, Charge charge, Action<Composer> facts, string sentence) =>
        CriminalJudgmentWriter.Write(new Composer(Rng.For(world.Seed, "criminal-text", slot)), h, charge, facts, sentence);

    /// <summary>A criminal appeal: the accused of a first-instance case appeals; usually dismissed.</summary>
    public void Appeal(long slot, CourtBundle into)
    {
        var (block, n) = world.Layout.Locate(slot);
        var rng = Rng.For(world.Seed, "criminal-appeal", slot);
        var filing = block.FilingDate(n);
        var original = FindOriginal(block, filing, rng);
        var h = new CaseHeader { Block = block, CaseNo = world.Layout.CaseNo(slot), Filing = filing, Cause = original?.Cause ?? "故意伤害罪" };
        var upheld = rng.Chance(0.88);
        h.ClosingMode = upheld ? "维持原判" : "改判";
        h.DocType = upheld ? "刑事裁定书" : "刑事判决书";
        h.Procedure = "第二审程序";
        h.Decided = BackgroundCivil.Clamp(filing.AddDays(rng.Between(20, 90)));
        h.OriginalCaseNo = original?.CaseNo;
        var area = block.Area;
        h.Parties.Add(new CaseParty { Role = "公诉机关", Name = "原公诉机关" + (original?.Plaintiff.Name ?? area.ProcuratorateName) });
        var accused = original?.Defendant ?? _parties.Person("被告人", world.Persons.RandomBackgroundIn(rng, area, filing), rng, filing);
        h.Parties.Add(accused with { Role = "上诉人", Agent = rng.Chance(0.6) ? world.Persons.NameOf(world.Persons.RandomBackground(rng, filing, 28, 60)) : null, AgentFirm = rng.Pick(world.Enterprises.LawFirms).Name + "律师" });
        world.Staff.Assign(h, rng);

        var c = new Composer(Rng.For(world.Seed, "criminal-appeal-text", slot));
        var name = accused.Name;
        JudgmentSkeleton.Head(c, h);
        c.Add("原公诉机关").Add(original?.Plaintiff.Name ?? area.ProcuratorateName).Add('。').Line()
            .Add("上诉人（原审被告人）").Add(name).Add('，').Add(accused.Gender ?? "男").Add('，').Date(accused.BirthDate ?? filing.AddYears(-35)).Add("出生，汉族，住").Add(accused.Address ?? area.FullName).Add('。').Line()
            .Add(original?.Block.CourtName ?? area.CourtName).Add("审理").Add(original?.Plaintiff.Name ?? area.ProcuratorateName).Add("指控原审被告人").Add(name).Add("犯").Add(h.Cause).Add("一案，于")
            .Date(original?.Decided ?? filing.AddDays(-30)).Add("作出").Add(original?.CaseNo ?? string.Empty).Add("刑事判决。原审被告人").Add(name).Add("不服，提出上诉。本院依法组成合议庭，")
            .One("经过阅卷，讯问上诉人，听取辩护人的意见，认为事实清楚，决定不开庭审理。", "公开开庭审理了本案。").Add("现已审理终结。").Line()
            .Add("上诉人").Add(name).Add("上诉提出：").One("原判量刑过重，请求二审从轻处罚。", "其系初犯、偶犯，认罪悔罪，请求适用缓刑。", "原判认定事实不清，请求发回重审。").Line()
            .Add("经审理查明的事实与原判认定的事实一致。").Line()
            .Add("本院认为，").Add(upheld ? "原判认定事实清楚，证据确实、充分，定罪准确，量刑适当，审判程序合法。上诉人的上诉理由不能成立，不予采纳。依照《中华人民共和国刑事诉讼法》第二百三十六条第一款第（一）项之规定，裁定如下：" : "原判认定事实清楚，但量刑偏重，本院予以纠正。依照《中华人民共和国刑事诉讼法》第二百三十六条第一款第（二）项之规定，判决如下：").Line()
            .Add(upheld ? "驳回上诉，维持原判。" : "上诉人" + name + "犯" + h.Cause + "，改判" + CriminalJudgmentWriter.Sentence(rng, CriminalJudgmentWriter.Theft) + "。").Line()
            .Add(upheld ? "本裁定为终审裁定。" : "本判决为终审判决。").Line();
        JudgmentSkeleton.Signature(c, h, true);
        RowMapper.Add(into, h, c.Take());
    }

    private CaseHeader? FindOriginal(CaseBlock appealBlock, DateOnly filing, Rng rng)
    {
        var areas = Regions.Local.Where(a => a.IntermediateCourtCode == appealBlock.CourtCode).ToList();
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var year = appealBlock.Year > JudgmentLayout.Years[0] && rng.Chance(0.7) ? appealBlock.Year - 1 : appealBlock.Year;
            var block = world.Layout.BlockFor(rng.Pick(areas), false, year, CaseTypes.CriminalFirstInstance);
            var slot = block.Start + rng.Next(block.Count);
            if (world.Layout.IsReserved(slot))
            {
                continue;
            }

            var (h, _, _, _) = FirstInstance(slot);
            if (h.Decided.AddDays(10) >= filing && appealBlock.Year == JudgmentLayout.Years[0])
            {
                h = h.PriorYear();
            }

            if (h.Decided.AddDays(10) < filing)
            {
                return h;
            }
        }

        return null;
    }
}
