using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// The women's federation register of women in hardship (妇联困难妇女台账).
/// </summary>
[Dataset("women_federation_aid", Title = "妇联困难妇女台账")]
public sealed record WomenFederationAid
{
    /// <summary>The register's record number.</summary>
    [RecordKey]
    [Column("record_id", Description = "台账编号")]
    public string RecordId { get; init; } = "";

    /// <summary>The woman's resident ID number.</summary>
    [Column("id_no", Description = "公民身份号码")]
    public string IdNo { get; init; } = "";

    /// <summary>The name.</summary>
    [Column("name", Description = "姓名")]
    public string Name { get; init; } = "";

    /// <summary>The hardship: 单亲困难母亲, 家暴受害, 重病, 残疾, 留守妇女, 高龄无人赡养.</summary>
    [Column("hardship_type", Description = "困难类型")]
    public string HardshipType { get; init; } = "";

    /// <summary>The date she was registered.</summary>
    [Column("registered_date", Description = "登记日期")]
    public DateOnly RegisteredDate { get; init; }

    /// <summary>在册 or 已退出.</summary>
    [Column("status", Description = "状态")]
    public string Status { get; init; } = "";

    /// <summary>The date she left the register, if she did.</summary>
    [Column("exit_date", Description = "退出日期")]
    public DateOnly? ExitDate { get; init; }

    /// <summary>The township (乡镇/街道).</summary>
    [Column("township", Description = "所属乡镇（街道）")]
    public string Township { get; init; } = "";
}
