using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// A hazardous-chemical trading licence (危险化学品经营许可证) issued by the emergency-management department: who may
/// trade which chemicals, how, and until when.
/// </summary>
[Dataset("hazchem_permits", Title = "危险化学品经营许可证")]
public sealed record HazardousChemicalPermit
{
    /// <summary>The licence number, e.g. 鲁烟危化经字〔2021〕000123号.</summary>
    [RecordKey]
    [Column("licence_no", Description = "许可证编号")]
    public string LicenceNo { get; init; } = "";

    /// <summary>The licensee's credit code.</summary>
    [Column("credit_code", Description = "统一社会信用代码")]
    public string CreditCode { get; init; } = "";

    /// <summary>The licensee's name, as written on the licence.</summary>
    [Column("enterprise_name", Description = "企业名称")]
    public string EnterpriseName { get; init; } = "";

    /// <summary>The licensed chemicals (许可范围), separated by 、, e.g. 氧[压缩的或液化的]、一氧化二氮[压缩的或液化的].</summary>
    [Column("scope", Description = "许可范围（品名）")]
    public string Scope { get; init; } = "";

    /// <summary>The mode: 带储存经营 or 不带储存经营.</summary>
    [Column("mode", Description = "经营方式")]
    public string Mode { get; init; } = "";

    /// <summary>The first day of validity.</summary>
    [Column("valid_from", Description = "有效期起")]
    public DateOnly ValidFrom { get; init; }

    /// <summary>The last day of validity.</summary>
    [Column("valid_to", Description = "有效期至")]
    public DateOnly ValidTo { get; init; }

    /// <summary>The licence's status at the cut-off: 有效, 已过期, 注销, 吊销.</summary>
    [Column("status", Description = "许可状态")]
    public string Status { get; init; } = "";

    /// <summary>The business address.</summary>
    [Column("address", Description = "经营场所地址")]
    public string Address { get; init; } = "";

    /// <summary>The issuing authority.</summary>
    [Column("issuing_authority", Description = "发证机关")]
    public string IssuingAuthority { get; init; } = "";
}
