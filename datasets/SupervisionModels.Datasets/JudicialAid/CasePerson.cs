using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// A person in a procuratorate criminal case (被害人及近亲属、犯罪嫌疑人): victims and their close relatives with the
/// compensation each received, suspects, witnesses and informants.
/// </summary>
[Dataset("case_persons", Title = "检察案件当事人（被害人、近亲属、犯罪嫌疑人）")]
public sealed record CasePerson
{
    /// <summary>The row key: the case id, '#', and the person's position in the case (1-based).</summary>
    [RecordKey]
    [Column("person_key", Description = "人员记录编号（受案号#序号）")]
    public string PersonKey { get; init; } = "";

    /// <summary>The case (joins <see cref="ProcuratorateCase.CaseId"/>).</summary>
    [Column("case_id", Description = "部门受案号")]
    public string CaseId { get; init; } = "";

    /// <summary>The role: 被害人, 近亲属, 犯罪嫌疑人, 被告人, 证人, 举报人.</summary>
    [Column("role", Description = "人员角色")]
    public string Role { get; init; } = "";

    /// <summary>The name.</summary>
    [Column("name", Description = "姓名")]
    public string Name { get; init; } = "";

    /// <summary>The resident ID number; null when not recorded.</summary>
    [Column("id_no", Description = "公民身份号码")]
    public string? IdNo { get; init; }

    /// <summary>男 or 女.</summary>
    [Column("gender", Description = "性别")]
    public string Gender { get; init; } = "";

    /// <summary>The birth date.</summary>
    [Column("birth_date", Description = "出生日期")]
    public DateOnly? BirthDate { get; init; }

    /// <summary>For close relatives: the relationship to the victim (配偶, 子女, 父母); 本人 for the victim.</summary>
    [Column("relation_to_victim", Description = "与被害人关系")]
    public string? RelationToVictim { get; init; }

    /// <summary>True for a victim who died of the offence.</summary>
    [Column("deceased", Description = "是否死亡")]
    public bool Deceased { get; init; }

    /// <summary>The address.</summary>
    [Column("address", Description = "住址")]
    public string Address { get; init; } = "";

    /// <summary>The township (乡镇/街道).</summary>
    [Column("township", Description = "所属乡镇（街道）")]
    public string Township { get; init; } = "";

    /// <summary>For victims and relatives: compensation received so far from the offender or insurance, in yuan.</summary>
    [Column("compensation_received", Description = "已获赔偿（元）")]
    public decimal? CompensationReceived { get; init; }
}
