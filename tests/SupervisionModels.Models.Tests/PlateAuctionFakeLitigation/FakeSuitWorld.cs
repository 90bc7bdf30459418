using SupervisionModels.Datasets;
using SupervisionModels.Entities;

namespace SupervisionModels.Models.Tests.PlateAuctionFakeLitigation;

/// <summary>
/// A tiny court world written in the test: judgments, their parties, companies, enforcement and disposals. Each
/// method adds one real-looking record chain, so a test reads as the story it checks.
/// </summary>
internal sealed class FakeSuitWorld
{
    private int _next = 1;

    public List<Judgment> Judgments { get; } = [];
    public List<JudgmentParty> Parties { get; } = [];
    public List<Enterprise> Enterprises { get; } = [];
    public List<EnforcementCase> Enforcement { get; } = [];
    public List<AssetDisposal> Disposals { get; } = [];

    public static string PersonId(string body17) => body17 + ResidentId.CheckCharacter(body17);

    public static string CompanyCode(string body17) => body17 + CreditCode.CheckCharacter(body17);

    public static readonly string Zhang = PersonId("37040319800101123");
    public static readonly string Li = PersonId("37040319850202234");
    public static readonly string OtherZhang = PersonId("37040619800101127");

    public Enterprise Company(string code, string name, string status = EnterpriseStatuses.Revoked, DateOnly? revoked = null, int insured = 0, int missingYears = 3, string? formerName = null)
    {
        var e = new Enterprise
        {
            CreditCode = code,
            Name = name,
            FormerName = formerName,
            RegStatus = status,
            RevokedDate = status == EnterpriseStatuses.Revoked ? revoked ?? new DateOnly(2019, 5, 1) : null,
            InsuredStaff = insured,
            AnnualReportMissingYears = missingYears,
            EstablishedDate = new DateOnly(2009, 3, 1),
        };
        Enterprises.Add(e);
        return e;
    }

    /// <summary>A first-instance suit; returns its case number.</summary>
    public string Suit(
        (string? Id, string Name, DateOnly? Birth) plaintiff,
        (string? Code, string Name) defendant,
        string text,
        string cause = "民间借贷纠纷",
        string closing = "调解",
        int days = 20,
        DateOnly? filed = null,
        string agent = "刘某某",
        bool defendantIsPerson = false,
        bool absentDefendant = false)
    {
        var n = _next++;
        var caseNo = $"（2021）鲁0403民初{1000 + n}号";
        var filing = filed ?? new DateOnly(2021, 3, 1).AddDays(n * 30);
        Judgments.Add(new Judgment
        {
            CaseNo = caseNo,
            Court = "山东省枣庄市薛城区人民法院",
            CourtCode = "鲁0403",
            CaseType = CaseTypes.CivilFirstInstance,
            Cause = cause,
            FilingDate = filing,
            JudgmentDate = filing.AddDays(days),
            ClosingMode = closing,
            DefaultJudgment = absentDefendant,
            PlaintiffNames = plaintiff.Name,
            DefendantNames = defendant.Name,
            AwardedAmount = 180_000,
            FullText = text,
        });
        Parties.Add(new JudgmentParty
        {
            PartyKey = caseNo + "#1", CaseNo = caseNo, Seq = 1, Role = PartyRoles.Plaintiff, PartyType = "自然人",
            Name = plaintiff.Name, IdNo = plaintiff.Id, BirthDate = plaintiff.Birth, Agent = agent,
        });
        Parties.Add(new JudgmentParty
        {
            PartyKey = caseNo + "#2", CaseNo = caseNo, Seq = 2, Role = PartyRoles.Defendant, PartyType = defendantIsPerson ? "自然人" : "法人",
            Name = defendant.Name, CreditCode = defendantIsPerson ? null : defendant.Code, IdNo = defendantIsPerson ? defendant.Code : null,
        });
        return caseNo;
    }

    /// <summary>
    /// The intermediate court's 二审 judgment on <paramref name="caseNo"/>, upheld: the same cause and text, the parties as
    /// 上诉人 (the defendant, who appealed) and 被上诉人; returns its case number (民终).
    /// </summary>
    public string Appeal(string caseNo)
    {
        var original = Judgments.Single(j => j.CaseNo == caseNo);
        var appealNo = $"（2021）鲁04民终{200 + _next++}号";
        Judgments.Add(original with
        {
            CaseNo = appealNo,
            Court = "山东省枣庄市中级人民法院",
            CourtCode = "鲁04",
            CaseType = CaseTypes.CivilSecondInstance,
            Proceeding = "民事二审",
            FilingDate = original.JudgmentDate.AddDays(20),
            JudgmentDate = original.JudgmentDate.AddDays(70),
            ClosingMode = "维持原判",
            OriginalCaseNo = caseNo,
            FullText = "上诉人因与被上诉人民间借贷纠纷一案，不服一审判决，提起上诉。" + original.FullText + "驳回上诉，维持原判。",
        });
        var plaintiff = Parties.Single(p => p.CaseNo == caseNo && p.Role == PartyRoles.Plaintiff);
        var defendant = Parties.Single(p => p.CaseNo == caseNo && p.Role == PartyRoles.Defendant);
        Parties.Add(defendant with { PartyKey = appealNo + "#1", CaseNo = appealNo, Seq = 1, Role = "上诉人" });
        Parties.Add(plaintiff with { PartyKey = appealNo + "#2", CaseNo = appealNo, Seq = 2, Role = "被上诉人" });
        return appealNo;
    }

    /// <summary>Enforcement of <paramref name="caseNo"/> applied for by <paramref name="applicant"/>; returns the execution case number.</summary>
    public string Enforce(string caseNo, (string? Id, string Name) applicant, (string? Code, string Name) respondent, bool citeBasis = true)
    {
        var judgment = Judgments.Single(j => j.CaseNo == caseNo);
        var execNo = $"（2021）鲁0403执{500 + _next++}号";
        Enforcement.Add(new EnforcementCase
        {
            ExecCaseNo = execNo,
            Court = judgment.Court,
            CourtCode = "鲁0403",
            CaseType = CaseTypes.Enforcement,
            BasisCaseNo = citeBasis ? caseNo : null,
            ApplicantName = applicant.Name,
            ApplicantId = applicant.Id,
            RespondentName = respondent.Name,
            RespondentId = respondent.Code,
            FilingDate = judgment.JudgmentDate.AddDays(10),
            TargetAmount = 180_000,
            CollectedAmount = 88_000,
            ClosingMode = "执行完毕",
        });
        return execNo;
    }

    /// <summary>The auction of a plate quota in <paramref name="execNo"/>, its proceeds paid to <paramref name="payee"/>.</summary>
    public void AuctionPlate(string execNo, (string? Id, string Name) payee, decimal payout, string assetType = AssetTypes.PlateQuota)
    {
        Disposals.Add(new AssetDisposal
        {
            DisposalNo = execNo + "-1",
            ExecCaseNo = execNo,
            AssetType = assetType,
            AssetDescription = "被执行人名下报废车辆号牌额度（鲁D·A1234）",
            PlateNo = "鲁D·A1234",
            OwnerName = "某公司",
            DisposalMethod = "网络司法拍卖",
            DealPrice = payout,
            DealDate = new DateOnly(2021, 9, 1),
            PayeeName = payee.Name,
            PayeeId = payee.Id,
            PayoutAmount = payout,
            PayoutDate = new DateOnly(2021, 9, 20),
        });
    }

    public Testing.ModelTest<TModel> Into<TModel>(Testing.ModelTest<TModel> test) where TModel : SupervisionModel, new() =>
        test.With(Judgments).With(Parties).With(Enterprises).With(Enforcement).With(Disposals);
}
