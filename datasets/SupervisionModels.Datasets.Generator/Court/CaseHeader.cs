namespace SupervisionModels.Datasets.Generator.Court;

/// <summary>Everything structured about one court document, from which its rows and its text are made.</summary>
internal sealed class CaseHeader
{
    public required CaseBlock Block { get; init; }

    public required string CaseNo { get; init; }

    public required DateOnly Filing { get; init; }

    public DateOnly Decided { get; set; }

    public string Cause { get; set; } = "";

    public string DocType { get; set; } = "";

    public string Procedure { get; set; } = "";

    public string ClosingMode { get; set; } = "";

    public decimal? Claim { get; set; }

    public decimal? Awarded { get; set; }

    public bool Default { get; set; }

    public bool Admitted { get; set; }

    public decimal? Fee { get; set; }

    public string? OriginalCaseNo { get; set; }

    public List<CaseParty> Parties { get; } = [];

    public string Judge { get; set; } = "";

    public string Clerk { get; set; } = "";

    public IEnumerable<CaseParty> Plaintiffs => Parties.Where(p => p.Role is "原告" or "上诉人" or "再审申请人" or "申请人" or "公诉机关" or "附带民事诉讼原告人");

    public IEnumerable<CaseParty> Defendants => Parties.Where(p => p.Role is "被告" or "被上诉人" or "被申请人" or "被告人");

    public CaseParty Plaintiff => Plaintiffs.First();

    public CaseParty Defendant => Defendants.First();

    public bool IsCivil => Block.CaseType.StartsWith('民');

    /// <summary>The same case a year earlier (number and dates), for appeals of cases decided before the data begin.</summary>
    public CaseHeader PriorYear()
    {
        var year = Block.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var prior = (Block.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var h = new CaseHeader
        {
            Block = Block with { Year = Block.Year - 1 },
            CaseNo = CaseNo.Replace("（" + year + "）", "（" + prior + "）", StringComparison.Ordinal),
            Filing = Filing.AddYears(-1),
            Decided = Decided.AddYears(-1),
            Cause = Cause,
            DocType = DocType,
            Procedure = Procedure,
            ClosingMode = ClosingMode,
            Claim = Claim,
            Awarded = Awarded,
            Default = Default,
            Admitted = Admitted,
            Fee = Fee,
            Judge = Judge,
            Clerk = Clerk,
        };
        h.Parties.AddRange(Parties);
        return h;
    }

    public bool IsMediation => ClosingMode == "调解";

    public bool IsWithdrawal => ClosingMode == "准予撤诉";

    public string Proceeding => Block.CaseType switch
    {
        "民初" => "民事一审",
        "民终" => "民事二审",
        "民再" => "民事再审",
        "民特" => "民事特别程序",
        "刑初" => "刑事一审",
        "刑终" => "刑事二审",
        _ => throw new InvalidOperationException($"No proceeding for case type {Block.CaseType}."),
    };
}
