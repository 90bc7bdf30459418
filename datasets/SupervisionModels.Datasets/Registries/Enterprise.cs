using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// A registered market entity (市场主体登记): companies, sole proprietorships and cooperatives, with their status
/// history dates, so that a model can tell a zombie enterprise (吊销, 注销, abnormal, no staff) at a given date.
/// </summary>
[Dataset("enterprises", Title = "企业登记与信用信息")]
public sealed record Enterprise
{
    /// <summary>The unified social credit code (统一社会信用代码, 18 characters with its check character).</summary>
    [RecordKey]
    [Column("credit_code", Description = "统一社会信用代码")]
    public string CreditCode { get; init; } = "";

    /// <summary>The registered name.</summary>
    [Column("name", Description = "企业名称")]
    public string Name { get; init; } = "";

    /// <summary>The legal form: 有限责任公司, 股份有限公司, 个人独资企业, 个体工商户, 农民专业合作社, 分公司.</summary>
    [Column("enterprise_type", Description = "企业类型")]
    public string EnterpriseType { get; init; } = "";

    /// <summary>The registration status at the data cut-off: 存续, 在业, 吊销, 注销, 迁出 (see <see cref="EnterpriseStatuses"/>).</summary>
    [Column("reg_status", Description = "登记状态")]
    public string RegStatus { get; init; } = "";

    /// <summary>The date the business licence was issued.</summary>
    [Column("established_date", Description = "成立日期")]
    public DateOnly EstablishedDate { get; init; }

    /// <summary>The date the business licence was revoked (吊销), if it was.</summary>
    [Column("revoked_date", Description = "吊销日期")]
    public DateOnly? RevokedDate { get; init; }

    /// <summary>The date the entity was deregistered (注销), if it was.</summary>
    [Column("cancelled_date", Description = "注销日期")]
    public DateOnly? CancelledDate { get; init; }

    /// <summary>The legal representative or operator.</summary>
    [Column("legal_rep", Description = "法定代表人/经营者")]
    public string LegalRep { get; init; } = "";

    /// <summary>The legal representative's resident ID number.</summary>
    [Column("legal_rep_id", Description = "法定代表人身份证号")]
    public string? LegalRepId { get; init; }

    /// <summary>The registered capital in units of ten thousand yuan (万元).</summary>
    [Column("registered_capital", Description = "注册资本（万元）")]
    public decimal RegisteredCapital { get; init; }

    /// <summary>The 6-digit administrative area code of the registration authority.</summary>
    [Column("area_code", Description = "登记机关行政区划代码")]
    public string AreaCode { get; init; } = "";

    /// <summary>The registered address (住所).</summary>
    [Column("address", Description = "住所")]
    public string Address { get; init; } = "";

    /// <summary>The industry (国民经济行业分类, major group name), e.g. 道路货物运输, 货币金融服务.</summary>
    [Column("industry", Description = "所属行业")]
    public string Industry { get; init; } = "";

    /// <summary>The business scope as registered.</summary>
    [Column("business_scope", Description = "经营范围")]
    public string BusinessScope { get; init; } = "";

    /// <summary>The number of staff with social insurance in the latest annual report.</summary>
    [Column("insured_staff", Description = "参保人数")]
    public int InsuredStaff { get; init; }

    /// <summary>How many consecutive years, up to the cut-off, the annual report was not filed.</summary>
    [Column("annual_report_missing_years", Description = "连续未报送年报年数")]
    public int AnnualReportMissingYears { get; init; }

    /// <summary>True when the entity is on the list of abnormal operations (经营异常名录) at the cut-off.</summary>
    [Column("abnormal_list", Description = "是否列入经营异常名录")]
    public bool AbnormalList { get; init; }

    /// <summary>The date the entity was put on the abnormal-operations list.</summary>
    [Column("abnormal_since", Description = "列入经营异常名录日期")]
    public DateOnly? AbnormalSince { get; init; }

    /// <summary>
    /// The name before the latest change of name (曾用名), when the entity was renamed: contracts and judgments of the
    /// old name still use it, so matching a party by name must try it too.
    /// </summary>
    [Column("former_name", Description = "曾用名")]
    public string? FormerName { get; init; }
}
