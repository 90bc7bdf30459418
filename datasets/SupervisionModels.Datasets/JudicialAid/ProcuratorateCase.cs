using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// A criminal case in the procuratorate's case system (检察业务应用系统): charge, harm done, and what the victims have
/// been paid so far.
/// </summary>
[Dataset("procuratorate_cases", Title = "检察机关刑事案件")]
public sealed record ProcuratorateCase
{
    /// <summary>The department case number (部门受案号), e.g. 单检刑诉受〔2022〕37172200012号.</summary>
    [RecordKey]
    [Column("case_id", Description = "部门受案号")]
    public string CaseId { get; init; } = "";

    /// <summary>The procuratorate.</summary>
    [Column("unit", Description = "承办检察院")]
    public string Unit { get; init; } = "";

    /// <summary>The stage: 审查逮捕, 审查起诉, 审判监督, 刑事申诉.</summary>
    [Column("stage", Description = "办案环节")]
    public string Stage { get; init; } = "";

    /// <summary>The charge, e.g. 故意伤害罪, 交通肇事罪, 诈骗罪.</summary>
    [Column("charge", Description = "罪名")]
    public string Charge { get; init; } = "";

    /// <summary>The worst injury to a victim: 死亡, 重伤一级, 重伤二级, 轻伤一级, 轻伤二级, 轻微伤, 无 (see <see cref="InjuryLevels"/>).</summary>
    [Column("injury", Description = "被害人伤情")]
    public string Injury { get; init; } = "";

    /// <summary>The victims' property loss, in yuan.</summary>
    [Column("property_loss", Description = "财产损失（元）")]
    public decimal PropertyLoss { get; init; }

    /// <summary>The date the procuratorate accepted the case.</summary>
    [Column("accepted_date", Description = "受理日期")]
    public DateOnly AcceptedDate { get; init; }

    /// <summary>What the offender has paid: 全额赔偿, 部分赔偿, 未赔偿, 无赔偿能力 (see <see cref="CompensationStatuses"/>).</summary>
    [Column("offender_paid", Description = "加害人赔偿情况")]
    public string OffenderPaid { get; init; } = "";

    /// <summary>The incidental civil award's enforcement: 执行完毕, 终结本次执行, 执行中, 未申请, 无附带民事.</summary>
    [Column("civil_exec_status", Description = "附带民事赔偿执行情况")]
    public string CivilExecStatus { get; init; } = "";

    /// <summary>The victim's fault as assessed: 无, 一般, 重大 (互殴 and provocation are 重大).</summary>
    [Column("victim_fault", Description = "被害人过错")]
    public string VictimFault { get; init; } = "";

    /// <summary>True when the parties reached a criminal reconciliation (刑事和解).</summary>
    [Column("reconciled", Description = "是否刑事和解")]
    public bool Reconciled { get; init; }

    /// <summary>The court case number once prosecuted (joins <see cref="Judgment.CaseNo"/>).</summary>
    [Column("court_case_no", Description = "法院案号")]
    public string? CourtCaseNo { get; init; }

    /// <summary>The case summary (案情摘要) written by the prosecutor.</summary>
    [Column("summary", Description = "案情摘要", IsText = true)]
    public string Summary { get; init; } = "";
}
