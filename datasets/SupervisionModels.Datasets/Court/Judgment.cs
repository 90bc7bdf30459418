using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// A published court document (裁判文书): civil and criminal judgments, mediation papers and rulings of the region's
/// courts, one row per document, with its structured header and the full text.
/// </summary>
[Dataset("judgments", Title = "裁判文书（民事、刑事判决书、调解书、裁定书）")]
public sealed record Judgment
{
    /// <summary>The case number, e.g. （2021）鲁0403民初1234号; unique.</summary>
    [RecordKey]
    [Column("case_no", Description = "案号")]
    public string CaseNo { get; init; } = "";

    /// <summary>The court's full name.</summary>
    [Column("court", Description = "审理法院")]
    public string Court { get; init; } = "";

    /// <summary>The court's code in case numbers (province abbreviation + region digits), e.g. 鲁0403.</summary>
    [Column("court_code", Description = "法院代字")]
    public string CourtCode { get; init; } = "";

    /// <summary>The case-type code of the case number: 民初, 民终, 民再, 民特, 刑初, 刑终 (see <see cref="CaseTypes"/>).</summary>
    [Column("case_type", Description = "类型代字")]
    public string CaseType { get; init; } = "";

    /// <summary>The level and kind of proceeding: 民事一审, 民事二审, 民事再审, 民事特别程序, 刑事一审, 刑事二审.</summary>
    [Column("proceeding", Description = "审判程序（民事一审/二审/再审…）")]
    public string Proceeding { get; init; } = "";

    /// <summary>The document type: 民事判决书, 民事调解书, 民事裁定书, 刑事判决书, 刑事裁定书, 刑事附带民事判决书.</summary>
    [Column("doc_type", Description = "文书类型")]
    public string DocType { get; init; } = "";

    /// <summary>The trial procedure: 普通程序, 简易程序, 小额诉讼程序, 特别程序 (criminal: 普通程序/简易程序/速裁程序).</summary>
    [Column("trial_procedure", Description = "审理程序（普通/简易/小额诉讼）")]
    public string TrialProcedure { get; init; } = "";

    /// <summary>The cause of action (民事案件案由) or the charge (罪名), e.g. 民间借贷纠纷, 故意伤害罪.</summary>
    [Column("cause", Description = "案由")]
    public string Cause { get; init; } = "";

    /// <summary>The date the case was filed (立案).</summary>
    [Column("filing_date", Description = "立案日期")]
    public DateOnly FilingDate { get; init; }

    /// <summary>The date of the judgment, mediation or ruling.</summary>
    [Column("judgment_date", Description = "裁判日期")]
    public DateOnly JudgmentDate { get; init; }

    /// <summary>How the case was closed: 判决, 调解, 准予撤诉, 驳回起诉, 维持原判, 改判, 发回重审.</summary>
    [Column("closing_mode", Description = "结案方式")]
    public string ClosingMode { get; init; } = "";

    /// <summary>The plaintiffs (appellants; for criminal cases the prosecuting procuratorate), joined by 、.</summary>
    [Column("plaintiff_names", Description = "原告（上诉人/公诉机关）名称，多名以“、”分隔")]
    public string PlaintiffNames { get; init; } = "";

    /// <summary>The defendants (appellees; for criminal cases the accused), joined by 、.</summary>
    [Column("defendant_names", Description = "被告（被上诉人/被告人）名称，多名以“、”分隔")]
    public string DefendantNames { get; init; } = "";

    /// <summary>The amount claimed, in yuan; null for non-monetary and criminal cases.</summary>
    [Column("claim_amount", Description = "诉讼请求金额（元）")]
    public decimal? ClaimAmount { get; init; }

    /// <summary>The amount awarded or agreed in mediation, in yuan; null when nothing was awarded.</summary>
    [Column("awarded_amount", Description = "判决/调解金额（元）")]
    public decimal? AwardedAmount { get; init; }

    /// <summary>True when a defendant did not appear and the case was decided in absence (缺席判决).</summary>
    [Column("default_judgment", Description = "是否缺席判决")]
    public bool DefaultJudgment { get; init; }

    /// <summary>True when the text records that the defendant admitted the plaintiff's facts (被告自认).</summary>
    [Column("defendant_admitted", Description = "被告是否自认原告主张的事实")]
    public bool DefendantAdmitted { get; init; }

    /// <summary>The court fee charged, in yuan (halved in summary procedure and mediation); null for criminal cases.</summary>
    [Column("fee", Description = "案件受理费（元）")]
    public decimal? Fee { get; init; }

    /// <summary>For appeals and retrials: the case number of the judgment under review.</summary>
    [Column("original_case_no", Description = "原审案号（二审、再审）")]
    public string? OriginalCaseNo { get; init; }

    /// <summary>The full text of the document.</summary>
    [Column("full_text", Description = "文书全文", IsText = true)]
    public string FullText { get; init; } = "";
}
