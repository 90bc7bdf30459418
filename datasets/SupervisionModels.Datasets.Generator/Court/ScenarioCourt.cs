using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Datasets.Generator.Text;

namespace SupervisionModels.Datasets.Generator.Court;

/// <summary>A scenario's court case: where it sits and what it wrote.</summary>
internal sealed record ScenarioCase(long Slot, CaseHeader Header, CourtBundle Bundle, string Text)
{
    public string CaseNo => Header.CaseNo;
}

/// <summary>How a scenario wants its case closed.</summary>
internal sealed record CaseShape(string ClosingMode, bool Default = false, bool Admitted = false, string Procedure = "简易程序", int MinDays = 10, int MaxDays = 60);

/// <summary>
/// Builds scenario court cases on reserved slots, with the same header, fee, staff and text machinery as the
/// background, and their enforcement and disposals.
/// </summary>
internal sealed class ScenarioCourt(World world)
{
    private static readonly string[] Platforms = ["人民法院诉讼资产网", "淘宝网司法拍卖平台", "京东网司法拍卖平台", "公拍网"];

    public PartyFactory Parties { get; } = new(world);

    public ScenarioCase FirstInstance(Rng rng, Area area, DateOnly desired, string cause, IEnumerable<CaseParty> parties, CaseShape shape, Func<CaseHeader, CivilStory> story)
    {
        var slot = world.Layout.Reserve(area, false, CaseTypes.CivilFirstInstance, desired);
        var (block, n) = world.Layout.Locate(slot);
        var h = new CaseHeader { Block = block, CaseNo = world.Layout.CaseNo(slot), Filing = block.FilingDate(n), Cause = cause };
        h.Parties.AddRange(parties);
        h.ClosingMode = shape.ClosingMode;
        h.DocType = shape.ClosingMode switch { "准予撤诉" => "民事裁定书", "调解" => "民事调解书", _ => "民事判决书" };
        h.Procedure = shape.Procedure;
        h.Default = shape.Default;
        h.Admitted = shape.Admitted;
        var s = story(h);
        h.Decided = BackgroundCivil.Clamp(h.Filing.AddDays(rng.Between(shape.MinDays, shape.MaxDays)));
        if (h.Fee is null)
        {
            var full = CourtFees.Property(h.Claim ?? 0m);
            h.Fee = h.Procedure != "普通程序" || h.ClosingMode != "判决" ? CourtFees.Halved(full) : full;
        }

        world.Staff.Assign(h, rng);
        var text = CivilJudgmentWriter.Write(new Composer(new Rng(rng.NextULong())), h, s);
        var bundle = new CourtBundle();
        RowMapper.Add(bundle, h, text);
        world.ReservedCourt[slot] = bundle;
        return new ScenarioCase(slot, h, bundle, text);
    }

    /// <summary>
    /// The intermediate court's second-instance judgment (民终) on <paramref name="original"/>, upheld, filed a month or
    /// two after it, with the same cause and facts, the appellant and appellee in their 二审 roles; returns its header.
    /// </summary>
    public CaseHeader Appeal(Rng rng, ScenarioCase original, CivilStory story, bool appellantIsDefendant)
    {
        var o = original.Header;
        var seat = world.Layout.IntermediateSeatOf(o.Block.Area);
        var slot = world.Layout.Reserve(seat, true, CaseTypes.CivilSecondInstance, o.Decided.AddDays(rng.Between(20, 45)));
        var (block, n) = world.Layout.Locate(slot);
        var filing = block.FilingDate(n) is var f && f > o.Decided.AddDays(15) ? f : o.Decided.AddDays(16);
        var h = new CaseHeader
        {
            Block = block,
            CaseNo = world.Layout.CaseNo(slot),
            Filing = filing,
            Cause = o.Cause,
            DocType = "民事判决书",
            Procedure = "第二审程序",
            ClosingMode = "维持原判",
            OriginalCaseNo = o.CaseNo,
            Claim = o.Claim,
            Awarded = o.Awarded,
            Fee = o.Claim is { } claim ? CourtFees.Property(claim) : 50m,
        };
        h.Decided = BackgroundCivil.Clamp(filing.AddDays(rng.Between(30, 75)));
        var appellant = appellantIsDefendant ? o.Defendant : o.Plaintiff;
        var appellee = appellantIsDefendant ? o.Plaintiff : o.Defendant;
        h.Parties.Add(appellant with { Role = "上诉人" });
        h.Parties.Add(appellee with { Role = "被上诉人" });
        world.Staff.Assign(h, rng);
        var text = CivilJudgmentWriter.WriteAppeal(new Composer(new Rng(rng.NextULong())), h, o, story);
        var bundle = new CourtBundle();
        RowMapper.Add(bundle, h, text);
        world.ReservedCourt[slot] = bundle;
        return h;
    }

    /// <summary>Adds an enforcement case on a scenario judgment, filed on <paramref name="filing"/>.</summary>
    public EnforcementCase Enforce(ScenarioCase basis, Rng rng, DateOnly filing, string mode, decimal collected, DateOnly? closed, bool citeBasis = true)
    {
        // Nothing happens after the cut-off: a case that would close later is still open.
        filing = BackgroundCivil.Clamp(filing);
        if (closed > World.Cutoff)
        {
            (mode, closed) = ("执行中", null);
        }

        var (block, n) = world.Layout.Locate(basis.Slot);
        var h = basis.Header;
        var e = new EnforcementCase
        {
            ExecCaseNo = ExecNumbers.ForJudgment(block, n, filing.Year),
            Court = block.CourtName,
            CourtCode = block.CourtCode,
            CaseType = CaseTypes.Enforcement,
            BasisCaseNo = citeBasis ? h.CaseNo : null,
            ApplicantName = Rename(h.Plaintiff, rng),
            ApplicantId = h.Plaintiff.IsPerson ? world.Persons.IdOf(h.Plaintiff.PersonIndex!.Value) : h.Plaintiff.Enterprise!.CreditCode,
            RespondentName = Rename(h.Defendant, rng),
            RespondentId = h.Defendant.IsPerson ? world.Persons.IdOf(h.Defendant.PersonIndex!.Value) : h.Defendant.Enterprise!.CreditCode,
            FilingDate = filing,
            TargetAmount = h.Awarded ?? h.Claim ?? 0m,
            CollectedAmount = collected,
            ClosingMode = mode,
            ClosingDate = closed,
        };
        basis.Bundle.Enforcement.Add(e);
        return e;
    }

    /// <summary>An enforcement case on another title (a labour arbitration award), emitted after <paramref name="nearSlot"/>.</summary>
    public EnforcementCase EnforceAward(long nearSlot, Rng rng, Area area, string awardNo, CaseParty applicant, CaseParty respondent, DateOnly filing, decimal target, decimal collected, string mode, DateOnly? closed)
    {
        var e = new EnforcementCase
        {
            ExecCaseNo = world.NextOtherTitleExecNo(area, filing.Year),
            Court = area.CourtName,
            CourtCode = area.CourtCode,
            CaseType = CaseTypes.Enforcement,
            BasisCaseNo = awardNo,
            ApplicantName = Rename(applicant, rng),
            ApplicantId = applicant.Identifier,
            RespondentName = Rename(respondent, rng),
            RespondentId = respondent.Enterprise?.CreditCode ?? respondent.Identifier,
            FilingDate = filing,
            TargetAmount = target,
            CollectedAmount = collected,
            ClosingMode = mode,
            ClosingDate = closed,
        };
        world.ExtraAfter(nearSlot).Enforcement.Add(e);
        return e;
    }

    /// <summary>A disposal in <paramref name="exec"/>: the asset, sale and payout; added to the bundle that holds the case.</summary>
    public AssetDisposal Dispose(CourtBundle into, EnforcementCase exec, int k, Rng rng, string assetType, string description, string? plate,
        CaseParty owner, decimal dealPrice, DateOnly dealDate, string? buyerName, string? buyerId, CaseParty payee, decimal payout, DateOnly payoutDate)
    {
        var auction = assetType is AssetTypes.PlateQuota or AssetTypes.Vehicle or AssetTypes.RealEstate;
        payoutDate = BackgroundCivil.Clamp(payoutDate);
        dealDate = dealDate > payoutDate ? payoutDate : dealDate;
        var d = new AssetDisposal
        {
            DisposalNo = ExecNumbers.Disposal(exec.ExecCaseNo, k),
            ExecCaseNo = exec.ExecCaseNo,
            AssetType = assetType,
            AssetDescription = description,
            PlateNo = plate,
            OwnerName = Rename(owner, rng),
            OwnerId = owner.Enterprise?.CreditCode ?? (owner.PersonIndex is { } o ? world.Persons.IdOf(o) : null),
            DisposalMethod = auction ? "网络司法拍卖" : "划扣",
            Platform = auction ? rng.Pick(Platforms) : null,
            DealPrice = dealPrice,
            DealDate = dealDate,
            BuyerName = auction ? buyerName : null,
            BuyerId = auction ? buyerId : null,
            PayeeName = Rename(payee, rng),
            PayeeId = payee.Enterprise?.CreditCode ?? (payee.PersonIndex is { } p ? world.Persons.IdOf(p) : null),
            PayoutAmount = payout,
            PayoutDate = payoutDate,
        };
        into.Disposals.Add(d);
        return d;
    }

    public static string Platform(Rng rng) => rng.Pick(Platforms);

    private string Rename(CaseParty party, Rng rng) => party switch
    {
        { Enterprise: { } e } => world.Variants.Organization(e, rng, true, PartyFactory.OrganizationVariantRate),
        { PersonIndex: { } i } => world.Variants.Person(i, rng, true, PartyFactory.PersonVariantRate),
        _ => party.Name,
    };
}
