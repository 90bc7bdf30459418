using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// A road transport business permit (道路运输经营许可证) issued by the transport department: general freight or
/// dangerous goods, and for dangerous goods the permitted classes.
/// </summary>
[Dataset("transport_permits", Title = "道路运输经营许可")]
public sealed record TransportPermit
{
    /// <summary>The permit number, e.g. 鲁交运管许可烟字370681000123号.</summary>
    [RecordKey]
    [Column("permit_no", Description = "道路运输经营许可证号")]
    public string PermitNo { get; init; } = "";

    /// <summary>The carrier's credit code.</summary>
    [Column("carrier_credit_code", Description = "经营者统一社会信用代码")]
    public string CarrierCreditCode { get; init; } = "";

    /// <summary>The carrier's name, as written on the permit.</summary>
    [Column("carrier_name", Description = "经营者名称")]
    public string CarrierName { get; init; } = "";

    /// <summary>The business: 道路普通货物运输 or 道路危险货物运输.</summary>
    [Column("business_type", Description = "经营类别")]
    public string BusinessType { get; init; } = "";

    /// <summary>For dangerous goods, the permitted classes (UN class.division), separated by ;, e.g. 2.2;3; empty for general freight.</summary>
    [Column("permitted_classes", Description = "许可危险货物类别项别（如2.2;3）")]
    public string PermittedClasses { get; init; } = "";

    /// <summary>The first day of validity.</summary>
    [Column("valid_from", Description = "有效期起")]
    public DateOnly ValidFrom { get; init; }

    /// <summary>The last day of validity.</summary>
    [Column("valid_to", Description = "有效期至")]
    public DateOnly ValidTo { get; init; }

    /// <summary>The carrier's address.</summary>
    [Column("address", Description = "经营地址")]
    public string Address { get; init; } = "";
}
