using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// A holder of a disability certificate (残联持证残疾人): category and grade (1 = most severe).
/// </summary>
[Dataset("disabled_persons", Title = "残联持证残疾人")]
public sealed record DisabledPerson
{
    /// <summary>The certificate number: the 18-character ID number + category digit + grade digit.</summary>
    [RecordKey]
    [Column("cert_no", Description = "残疾人证号")]
    public string CertNo { get; init; } = "";

    /// <summary>The holder's resident ID number.</summary>
    [Column("id_no", Description = "公民身份号码")]
    public string IdNo { get; init; } = "";

    /// <summary>The name.</summary>
    [Column("name", Description = "姓名")]
    public string Name { get; init; } = "";

    /// <summary>The category: 1 视力, 2 听力, 3 言语, 4 肢体, 5 智力, 6 精神, 7 多重.</summary>
    [Column("category", Description = "残疾类别代码")]
    public int Category { get; init; }

    /// <summary>The category's name.</summary>
    [Column("category_name", Description = "残疾类别")]
    public string CategoryName { get; init; } = "";

    /// <summary>The grade, 1 (most severe) to 4.</summary>
    [Column("grade", Description = "残疾等级")]
    public int Grade { get; init; }

    /// <summary>有效 or 注销.</summary>
    [Column("status", Description = "证件状态")]
    public string Status { get; init; } = "";

    /// <summary>The date the certificate was issued.</summary>
    [Column("issued_date", Description = "发证日期")]
    public DateOnly IssuedDate { get; init; }

    /// <summary>The township (乡镇/街道).</summary>
    [Column("township", Description = "所属乡镇（街道）")]
    public string Township { get; init; } = "";
}
