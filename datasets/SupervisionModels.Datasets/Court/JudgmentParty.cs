using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// A party to a court case (当事人): one row per party per case, with its role, identifier and representatives, as the
/// court's case-management system holds them (the published text masks the identifiers; this table does not).
/// </summary>
[Dataset("judgment_parties", Title = "裁判文书当事人")]
public sealed record JudgmentParty
{
    /// <summary>The party's row key: the case number, '#', and the party's position in the case (1-based).</summary>
    [RecordKey]
    [Column("party_key", Description = "当事人记录编号（案号#序号）")]
    public string PartyKey { get; init; } = "";

    /// <summary>The case number of the document (joins <see cref="Judgment.CaseNo"/>).</summary>
    [Column("case_no", Description = "案号")]
    public string CaseNo { get; init; } = "";

    /// <summary>The party's position in the document's party list, from 1.</summary>
    [Column("seq", Description = "当事人序号")]
    public int Seq { get; init; }

    /// <summary>The procedural role: 原告, 被告, 第三人, 上诉人, 被上诉人, 原审原告, 原审被告, 公诉机关, 被告人, 附带民事诉讼原告人.</summary>
    [Column("role", Description = "诉讼地位")]
    public string Role { get; init; } = "";

    /// <summary>The kind of party: 自然人, 法人, 非法人组织.</summary>
    [Column("party_type", Description = "当事人类型（自然人/法人/非法人组织）")]
    public string PartyType { get; init; } = "";

    /// <summary>The name as written in this case (may be a variant of the registered name).</summary>
    [Column("name", Description = "名称或姓名")]
    public string Name { get; init; } = "";

    /// <summary>A natural person's resident ID number; null when not recorded.</summary>
    [Column("id_no", Description = "公民身份号码")]
    public string? IdNo { get; init; }

    /// <summary>An organisation's unified social credit code; null when not recorded.</summary>
    [Column("credit_code", Description = "统一社会信用代码")]
    public string? CreditCode { get; init; }

    /// <summary>A natural person's sex: 男 or 女.</summary>
    [Column("gender", Description = "性别")]
    public string? Gender { get; init; }

    /// <summary>A natural person's birth date.</summary>
    [Column("birth_date", Description = "出生日期")]
    public DateOnly? BirthDate { get; init; }

    /// <summary>The domicile or registered address.</summary>
    [Column("address", Description = "住所地")]
    public string? Address { get; init; }

    /// <summary>An organisation's legal representative (法定代表人) or person in charge.</summary>
    [Column("legal_rep", Description = "法定代表人/负责人")]
    public string? LegalRep { get; init; }

    /// <summary>The agent ad litem (委托诉讼代理人), when there is one.</summary>
    [Column("agent", Description = "委托诉讼代理人")]
    public string? Agent { get; init; }

    /// <summary>The agent's law firm or legal-service office; for a citizen agent, the relationship (e.g. 公民代理（亲属）).</summary>
    [Column("agent_firm", Description = "代理人所在律所/代理关系")]
    public string? AgentFirm { get; init; }
}
