using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// The civil-affairs assistance registers (民政低保、特困供养): one row per household member per spell.
/// </summary>
[Dataset("social_assistance", Title = "民政低保与特困人员")]
public sealed record SocialAssistance
{
    /// <summary>The register's record number.</summary>
    [RecordKey]
    [Column("record_id", Description = "记录编号")]
    public string RecordId { get; init; } = "";

    /// <summary>The household's number; members of one household share it.</summary>
    [Column("household_id", Description = "家庭编号")]
    public string HouseholdId { get; init; } = "";

    /// <summary>The member's resident ID number.</summary>
    [Column("id_no", Description = "公民身份号码")]
    public string IdNo { get; init; } = "";

    /// <summary>The member's name.</summary>
    [Column("name", Description = "姓名")]
    public string Name { get; init; } = "";

    /// <summary>The relation to the head of household: 户主, 配偶, 子女, 父母, 孙子女, 其他.</summary>
    [Column("relation", Description = "与户主关系")]
    public string Relation { get; init; } = "";

    /// <summary>The programme: 城市低保, 农村低保, 特困供养（集中）, 特困供养（分散） (see <see cref="AssistancePrograms"/>).</summary>
    [Column("program", Description = "救助类别")]
    public string Program { get; init; } = "";

    /// <summary>The first month of the spell (first day).</summary>
    [Column("start_date", Description = "开始日期")]
    public DateOnly StartDate { get; init; }

    /// <summary>The last day of the spell; null while it lasts.</summary>
    [Column("end_date", Description = "停止日期")]
    public DateOnly? EndDate { get; init; }

    /// <summary>The household's monthly benefit, in yuan.</summary>
    [Column("monthly_benefit", Description = "月保障金额（元）")]
    public decimal MonthlyBenefit { get; init; }

    /// <summary>The township (乡镇/街道).</summary>
    [Column("township", Description = "所属乡镇（街道）")]
    public string Township { get; init; } = "";
}
