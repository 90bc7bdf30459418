using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// National judicial aid already granted (国家司法救助) by a procuratorate or a court: aid is given once per case and
/// person, so a grant rules out a new lead for the same case.
/// </summary>
[Dataset("judicial_aid_grants", Title = "已发放国家司法救助")]
public sealed record JudicialAidGrant
{
    /// <summary>The aid decision's number, e.g. 单检救〔2022〕12号.</summary>
    [RecordKey]
    [Column("aid_no", Description = "救助决定书编号")]
    public string AidNo { get; init; } = "";

    /// <summary>The procuratorate case, when granted by a procuratorate (joins <see cref="ProcuratorateCase.CaseId"/>).</summary>
    [Column("case_id", Description = "部门受案号")]
    public string? CaseId { get; init; }

    /// <summary>The court case, when granted by a court.</summary>
    [Column("court_case_no", Description = "法院案号")]
    public string? CourtCaseNo { get; init; }

    /// <summary>The granting body.</summary>
    [Column("granting_body", Description = "救助机关")]
    public string GrantingBody { get; init; } = "";

    /// <summary>The recipient's name.</summary>
    [Column("recipient_name", Description = "救助对象")]
    public string RecipientName { get; init; } = "";

    /// <summary>The recipient's resident ID number.</summary>
    [Column("recipient_id", Description = "救助对象身份证号")]
    public string RecipientId { get; init; } = "";

    /// <summary>The amount granted, in yuan.</summary>
    [Column("amount", Description = "救助金额（元）")]
    public decimal Amount { get; init; }

    /// <summary>The date of the decision.</summary>
    [Column("granted_date", Description = "决定日期")]
    public DateOnly GrantedDate { get; init; }
}
