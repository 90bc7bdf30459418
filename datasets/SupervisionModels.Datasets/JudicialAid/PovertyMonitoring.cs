using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// The rural-revitalisation register of households lifted out of poverty and households monitored against falling
/// back (脱贫户/防返贫监测对象): one row per household member.
/// </summary>
[Dataset("poverty_monitoring", Title = "脱贫户与防返贫监测对象")]
public sealed record PovertyMonitoring
{
    /// <summary>The register's record number.</summary>
    [RecordKey]
    [Column("record_id", Description = "记录编号")]
    public string RecordId { get; init; } = "";

    /// <summary>The household's number.</summary>
    [Column("household_id", Description = "户编号")]
    public string HouseholdId { get; init; } = "";

    /// <summary>The member's resident ID number.</summary>
    [Column("id_no", Description = "公民身份号码")]
    public string IdNo { get; init; } = "";

    /// <summary>The member's name.</summary>
    [Column("name", Description = "姓名")]
    public string Name { get; init; } = "";

    /// <summary>The relation to the head of household.</summary>
    [Column("relation", Description = "与户主关系")]
    public string Relation { get; init; } = "";

    /// <summary>The household's status: 脱贫户, 脱贫不稳定户, 边缘易致贫户, 突发严重困难户.</summary>
    [Column("household_status", Description = "户类型")]
    public string HouseholdStatus { get; init; } = "";

    /// <summary>The main risk: 因病, 因残, 因学, 因意外, 因务工就业不稳, 其他.</summary>
    [Column("risk_type", Description = "主要风险类型")]
    public string RiskType { get; init; } = "";

    /// <summary>The date the household was identified.</summary>
    [Column("identified_date", Description = "识别日期")]
    public DateOnly IdentifiedDate { get; init; }

    /// <summary>True when the risk has been eliminated (风险消除).</summary>
    [Column("risk_eliminated", Description = "风险是否消除")]
    public bool RiskEliminated { get; init; }

    /// <summary>The date the risk was eliminated.</summary>
    [Column("eliminated_date", Description = "风险消除日期")]
    public DateOnly? EliminatedDate { get; init; }

    /// <summary>The township (乡镇/街道).</summary>
    [Column("township", Description = "所属乡镇（街道）")]
    public string Township { get; init; } = "";
}
