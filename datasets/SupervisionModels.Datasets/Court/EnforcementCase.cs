using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// A civil enforcement case (民事执行案件): who applied, against whom, on which judgment, and how much was recovered.
/// </summary>
[Dataset("enforcement_cases", Title = "执行案件")]
public sealed record EnforcementCase
{
    /// <summary>The enforcement case number, e.g. （2021）鲁0403执1281号.</summary>
    [RecordKey]
    [Column("exec_case_no", Description = "执行案号")]
    public string ExecCaseNo { get; init; } = "";

    /// <summary>The enforcing court's full name.</summary>
    [Column("court", Description = "执行法院")]
    public string Court { get; init; } = "";

    /// <summary>The enforcing court's code, e.g. 鲁0403.</summary>
    [Column("court_code", Description = "法院代字")]
    public string CourtCode { get; init; } = "";

    /// <summary>The case-type code: 执 (first enforcement); 执恢 (resumed enforcement) also occurs in real data.</summary>
    [Column("case_type", Description = "类型代字（执/执恢）")]
    public string CaseType { get; init; } = "";

    /// <summary>The enforcement basis (执行依据): a judgment's case number, or an arbitral award's number; null when not recorded.</summary>
    [Column("basis_case_no", Description = "执行依据文书编号")]
    public string? BasisCaseNo { get; init; }

    /// <summary>The applicant's name (申请执行人), as written in this case.</summary>
    [Column("applicant_name", Description = "申请执行人")]
    public string ApplicantName { get; init; } = "";

    /// <summary>The applicant's resident ID number or credit code; null when not recorded.</summary>
    [Column("applicant_id", Description = "申请执行人身份证号/统一社会信用代码")]
    public string? ApplicantId { get; init; }

    /// <summary>The respondent's name (被执行人), as written in this case.</summary>
    [Column("respondent_name", Description = "被执行人")]
    public string RespondentName { get; init; } = "";

    /// <summary>The respondent's resident ID number or credit code; null when not recorded.</summary>
    [Column("respondent_id", Description = "被执行人身份证号/统一社会信用代码")]
    public string? RespondentId { get; init; }

    /// <summary>The date the enforcement case was filed.</summary>
    [Column("filing_date", Description = "立案日期")]
    public DateOnly FilingDate { get; init; }

    /// <summary>The amount to be enforced, in yuan.</summary>
    [Column("target_amount", Description = "执行标的（元）")]
    public decimal TargetAmount { get; init; }

    /// <summary>The amount actually recovered and paid out, in yuan.</summary>
    [Column("collected_amount", Description = "执行到位金额（元）")]
    public decimal CollectedAmount { get; init; }

    /// <summary>How the case ended: 执行完毕, 终结本次执行, 终结执行, 不予执行; 执行中 while open.</summary>
    [Column("closing_mode", Description = "结案方式")]
    public string ClosingMode { get; init; } = "";

    /// <summary>The date the case was closed; null while open.</summary>
    [Column("closing_date", Description = "结案日期")]
    public DateOnly? ClosingDate { get; init; }
}
