using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Datasets.Generator.Text;

namespace SupervisionModels.Datasets.Generator.Court;

/// <summary>Generates the background rows of one judgment slot: the document, its parties, and any enforcement.</summary>
internal sealed class BackgroundCourt(World world)
{
    private readonly BackgroundCivil _civil = new(world);
    private readonly BackgroundCriminal _criminal = new(world);
    private readonly EnforcementFactory _enforcement = new(world);
    private readonly PartyFactory _parties = new(world);

    public void Generate(long slot, CourtBundle into)
    {
        var (block, n) = world.Layout.Locate(slot);
        switch (block.CaseType)
        {
            case CaseTypes.CivilFirstInstance:
                var (h, story, spec) = _civil.FirstInstance(slot);
                RowMapper.Add(into, h, _civil.Text(slot, h, story));
                if (!block.Intermediate)
                {
                    _enforcement.MaybeFor(slot, block, n, h, spec, into);
                }

                break;
            case CaseTypes.CivilSecondInstance:
            case CaseTypes.CivilRetrial:
                CivilAppeal(slot, block, n, into);
                break;
            case CaseTypes.CivilSpecial:
                Special(slot, block, n, into);
                break;
            case CaseTypes.CriminalFirstInstance:
                var (ch, charge, facts, sentence) = _criminal.FirstInstance(slot);
                RowMapper.Add(into, ch, _criminal.Text(slot, ch, charge, facts, sentence));
                break;
            case CaseTypes.CriminalSecondInstance:
                _criminal.Appeal(slot, into);
                break;
            default:
                throw new InvalidOperationException($"No background generator for case type {block.CaseType}.");
        }
    }

    private void CivilAppeal(long slot, CaseBlock block, int n, CourtBundle into)
    {
        var rng = Rng.For(world.Seed, "civil-appeal", slot);
        var filing = block.FilingDate(n);
        var areas = Regions.Local.Where(a => a.IntermediateCourtCode == block.CourtCode).ToList();
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var year = block.Year > JudgmentLayout.Years[0] && rng.Chance(0.75) ? block.Year - 1 : block.Year;
            var originalBlock = world.Layout.BlockFor(rng.Pick(areas), false, year, CaseTypes.CivilFirstInstance);
            var originalSlot = originalBlock.Start + rng.Next(originalBlock.Count);
            if (world.Layout.IsReserved(originalSlot))
            {
                continue;
            }

            var (original, story, _) = _civil.FirstInstance(originalSlot);
            if (original.ClosingMode != "判决")
            {
                continue;
            }

            if (original.Decided.AddDays(15) >= filing && block.Year == JudgmentLayout.Years[0])
            {
                // Early appeals of the first data year review judgments of the year before, which the data do not hold.
                original = original.PriorYear();
            }

            if (original.Decided.AddDays(15) >= filing)
            {
                continue;
            }

            var retrial = block.CaseType == CaseTypes.CivilRetrial;
            var upheld = rng.Chance(0.78);
            var h = new CaseHeader
            {
                Block = block,
                CaseNo = world.Layout.CaseNo(slot),
                Filing = filing,
                Cause = original.Cause,
                DocType = "民事判决书",
                Procedure = "第二审程序",
                ClosingMode = upheld ? "维持原判" : "改判",
                OriginalCaseNo = original.CaseNo,
                Claim = original.Claim,
                Awarded = upheld ? original.Awarded : original.Awarded is { } a ? Math.Round(a * 0.8m, 2) : null,
                Fee = original.Claim is { } claim ? CourtFees.Property(claim) : 50m,
            };
            h.Decided = BackgroundCivil.Clamp(filing.AddDays(rng.Between(30, 120)));
            var appellantIsDefendant = rng.Chance(0.6);
            var appellant = appellantIsDefendant ? original.Defendant : original.Plaintiff;
            var appellee = appellantIsDefendant ? original.Plaintiff : original.Defendant;
            h.Parties.Add(appellant with { Role = retrial ? "再审申请人" : "上诉人" });
            h.Parties.Add(appellee with { Role = "被上诉人" });
            world.Staff.Assign(h, rng);
            var text = CivilJudgmentWriter.WriteAppeal(new Composer(Rng.For(world.Seed, "civil-appeal-text", slot)), h, original, story);
            RowMapper.Add(into, h, retrial ? text.Replace("上诉人", "再审申请人", StringComparison.Ordinal).Replace("被再审申请人", "被申请人", StringComparison.Ordinal) : text);
            return;
        }

        // No suitable first-instance judgment (only in the tiniest layouts): an appeal of a ruling on jurisdiction.
        Special(slot, block, n, into);
    }

    private void Special(long slot, CaseBlock block, int n, CourtBundle into)
    {
        var rng = Rng.For(world.Seed, "civil-special", slot);
        var filing = block.FilingDate(n);
        var kind = rng.NextDouble() switch { < 0.6 => "申请司法确认调解协议", < 0.85 => "申请实现担保物权", _ => "申请宣告公民失踪" };
        var h = new CaseHeader { Block = block, CaseNo = world.Layout.CaseNo(slot), Filing = filing, Cause = kind, DocType = "民事裁定书", Procedure = "特别程序", ClosingMode = "裁定" };
        h.Decided = BackgroundCivil.Clamp(filing.AddDays(rng.Between(3, 30)));
        var applicant = world.Persons.RandomBackgroundIn(rng, block.Area, filing);
        h.Parties.Add(_parties.Person("申请人", applicant, rng, filing));
        if (kind != "申请宣告公民失踪")
        {
            h.Parties.Add(rng.Chance(0.7)
                ? _parties.Person("被申请人", world.Persons.RandomBackgroundIn(rng, block.Area, filing), rng, filing)
                : _parties.Organization("被申请人", world.Enterprises.RandomBackground(rng, filing), rng, filing));
        }

        h.Fee = kind == "申请实现担保物权" ? 100m : null;
        world.Staff.Assign(h, rng);
        var c = new Composer(Rng.For(world.Seed, "civil-special-text", slot));
        JudgmentSkeleton.Head(c, h);
        JudgmentSkeleton.Parties(c, h);
        var a = h.Plaintiff.ShortName;
        switch (kind)
        {
            case "申请司法确认调解协议":
                var amount = rng.Amount(20_000, 0.8, 100, 1_000, 500_000);
                c.Add("申请人").Add(a).Add("与被申请人").Add(h.Defendant.ShortName).Add("于").Date(filing).Add("向本院申请司法确认调解协议。本院受理后，依法进行了审查。").Line()
                    .Add("申请人因").One("邻里纠纷", "劳务费", "赔偿款", "借款").Add("发生纠纷，经").Add(block.Area.County).Add("人民调解委员会主持调解，于").Date(filing.AddDays(-rng.Between(1, 10)))
                    .Add("达成如下调解协议：被申请人于协议签订后三十日内给付申请人").Add(ChineseFormat.Yuan(amount)).Add("。").Line()
                    .Add("本院经审查认为，申请人达成的调解协议，符合司法确认调解协议的法定条件。依照《中华人民共和国民事诉讼法》相关规定，裁定如下：").Line()
                    .Add("申请人").Add(a).Add("与被申请人").Add(h.Defendant.ShortName).Add("于人民调解委员会主持下达成的调解协议有效。当事人应当按照调解协议的约定自觉履行义务。一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请执行。").Line();
                break;
            case "申请实现担保物权":
                c.Add("申请人").Add(a).Add("与被申请人").Add(h.Defendant.ShortName).Add("申请实现担保物权一案，本院于").Date(filing).Add("立案后进行了审查。申请人称，被申请人以其所有的").One("房产", "车辆", "设备").Add("为其借款提供抵押担保，并办理了抵押登记，现借款到期未还。").Line()
                    .Add("本院经审查认为，申请人的申请符合法律规定。裁定如下：准许拍卖、变卖被申请人").Add(h.Defendant.ShortName).Add("名下的抵押财产，申请人").Add(a).Add("对变价款在担保债权范围内优先受偿。").Line();
                break;
            default:
                c.Add("申请人").Add(a).Add("申请宣告公民失踪一案，本院于").Date(filing).Add("立案后，依法适用特别程序进行了审理。申请人称，其亲属自").Date(filing.AddYears(-3)).Add("离家外出后下落不明。本院于立案后发出寻找失踪人公告，公告期间届满，下落不明人仍无音讯。").Line()
                    .Add("本院认为，公民下落不明满二年的，利害关系人可以向人民法院申请宣告其为失踪人。判决如下：宣告该公民为失踪人。").Line();
                break;
        }

        JudgmentSkeleton.Signature(c, h, false);
        RowMapper.Add(into, h, c.Take());
    }
}
