using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// A holder of a road transport qualification (道路运输从业人员从业资格证): drivers and escorts, with whether they are
/// qualified for dangerous goods.
/// </summary>
[Dataset("transport_workers", Title = "道路运输从业人员资格")]
public sealed record TransportWorker
{
    /// <summary>The qualification certificate number (issued as the holder's ID number).</summary>
    [RecordKey]
    [Column("cert_no", Description = "从业资格证号")]
    public string CertNo { get; init; } = "";

    /// <summary>The holder's name.</summary>
    [Column("name", Description = "姓名")]
    public string Name { get; init; } = "";

    /// <summary>The holder's resident ID number.</summary>
    [Column("id_no", Description = "公民身份号码")]
    public string IdNo { get; init; } = "";

    /// <summary>The qualification categories, separated by ;: 道路货物运输驾驶员, 道路危险货物运输驾驶员, 道路危险货物运输押运人员.</summary>
    [Column("categories", Description = "从业资格类别")]
    public string Categories { get; init; } = "";

    /// <summary>The employing carrier's credit code, when registered.</summary>
    [Column("employer_credit_code", Description = "所属企业统一社会信用代码")]
    public string? EmployerCreditCode { get; init; }

    /// <summary>The last day the certificate is valid.</summary>
    [Column("valid_to", Description = "有效期至")]
    public DateOnly ValidTo { get; init; }
}
