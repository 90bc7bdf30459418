using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// A registered user of a hazardous chemical (危化品使用登记): bakeries, hospitals, factories and what they use, so
/// that lawful buyers of nitrous oxide can be told from unlawful ones.
/// </summary>
[Dataset("hazchem_users", Title = "危险化学品使用单位登记")]
public sealed record HazardousChemicalUser
{
    /// <summary>The registration's number.</summary>
    [RecordKey]
    [Column("record_id", Description = "登记编号")]
    public string RecordId { get; init; } = "";

    /// <summary>The user's credit code.</summary>
    [Column("credit_code", Description = "统一社会信用代码")]
    public string CreditCode { get; init; } = "";

    /// <summary>The user's name.</summary>
    [Column("name", Description = "单位名称")]
    public string Name { get; init; } = "";

    /// <summary>The industry: 食品制造, 餐饮, 医疗卫生, 电子器件制造, 汽车运动, 化学原料制造.</summary>
    [Column("industry", Description = "行业")]
    public string Industry { get; init; } = "";

    /// <summary>The chemical used, e.g. 一氧化二氮.</summary>
    [Column("chemical", Description = "使用化学品")]
    public string Chemical { get; init; } = "";

    /// <summary>The purpose of use, e.g. 奶油发泡, 医用麻醉, 半导体工艺.</summary>
    [Column("purpose", Description = "用途")]
    public string Purpose { get; init; } = "";

    /// <summary>The declared annual use in kilograms.</summary>
    [Column("annual_use_kg", Description = "年使用量（千克）")]
    public decimal AnnualUseKg { get; init; }

    /// <summary>The supplier's credit code, when declared.</summary>
    [Column("supplier_credit_code", Description = "供货单位统一社会信用代码")]
    public string? SupplierCreditCode { get; init; }

    /// <summary>The address.</summary>
    [Column("address", Description = "地址")]
    public string Address { get; init; } = "";

    /// <summary>The date of registration.</summary>
    [Column("registered_date", Description = "登记日期")]
    public DateOnly RegisteredDate { get; init; }
}
