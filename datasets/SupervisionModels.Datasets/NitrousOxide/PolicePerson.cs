using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// A person recorded in a police incident or case (涉案人员), with role and identity; age is computed at the event.
/// </summary>
[Dataset("police_persons", Title = "警情与案件涉案人员")]
public sealed record PolicePerson
{
    /// <summary>The row key: the case number, '#', and the person's position in the case (1-based).</summary>
    [RecordKey]
    [Column("person_key", Description = "人员记录编号（案件编号#序号）")]
    public string PersonKey { get; init; } = "";

    /// <summary>The case or incident (joins <see cref="PoliceCase.PoliceCaseNo"/>).</summary>
    [Column("police_case_no", Description = "案件（警情）编号")]
    public string PoliceCaseNo { get; init; } = "";

    /// <summary>The role: 犯罪嫌疑人, 违法行为人, 被害人, 证人, 吸食人员, 报警人, 当事人.</summary>
    [Column("role", Description = "人员角色")]
    public string Role { get; init; } = "";

    /// <summary>The name.</summary>
    [Column("name", Description = "姓名")]
    public string Name { get; init; } = "";

    /// <summary>The resident ID number; null when not taken.</summary>
    [Column("id_no", Description = "公民身份号码")]
    public string? IdNo { get; init; }

    /// <summary>男 or 女.</summary>
    [Column("gender", Description = "性别")]
    public string Gender { get; init; } = "";

    /// <summary>Age in whole years on the event date, from the ID number; null without one.</summary>
    [Column("age_at_event", Description = "案发时年龄")]
    public int? AgeAtEvent { get; init; }

    /// <summary>The person's phone number.</summary>
    [Column("phone", Description = "联系电话")]
    public string? Phone { get; init; }

    /// <summary>For minors: the guardian's name, when recorded.</summary>
    [Column("guardian_name", Description = "监护人姓名")]
    public string? GuardianName { get; init; }

    /// <summary>For minors: the guardian's phone, when recorded.</summary>
    [Column("guardian_contact", Description = "监护人联系方式")]
    public string? GuardianContact { get; init; }

    /// <summary>The business the person acted for (a shop or company that sold or shipped), when there is one.</summary>
    [Column("unit_name", Description = "所属经营主体")]
    public string? UnitName { get; init; }

    /// <summary>That business's credit code.</summary>
    [Column("unit_credit_code", Description = "经营主体统一社会信用代码")]
    public string? UnitCreditCode { get; init; }
}
