using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// A commercial freight vehicle with its road transport certificate (道路运输证): which carrier runs it, and whether it
/// may carry dangerous goods and of which classes.
/// </summary>
[Dataset("transport_vehicles", Title = "营运货车与道路运输证")]
public sealed record TransportVehicle
{
    /// <summary>The plate number (joins <see cref="Vehicle.PlateNo"/> and <see cref="Waybill.PlateNo"/>).</summary>
    [RecordKey]
    [Column("plate_no", Description = "号牌号码")]
    public string PlateNo { get; init; } = "";

    /// <summary>The road transport certificate number.</summary>
    [Column("road_transport_cert", Description = "道路运输证号")]
    public string RoadTransportCert { get; init; } = "";

    /// <summary>The carrier's credit code.</summary>
    [Column("carrier_credit_code", Description = "所属经营者统一社会信用代码")]
    public string CarrierCreditCode { get; init; } = "";

    /// <summary>The carrier's name.</summary>
    [Column("carrier_name", Description = "所属经营者名称")]
    public string CarrierName { get; init; } = "";

    /// <summary>The vehicle class: 危险货物运输车 or 普通货运车.</summary>
    [Column("vehicle_class", Description = "车辆类别")]
    public string VehicleClass { get; init; } = "";

    /// <summary>For dangerous-goods vehicles, the permitted classes, e.g. 2.2;3; empty otherwise.</summary>
    [Column("permitted_classes", Description = "准运危险货物类别项别")]
    public string PermittedClasses { get; init; } = "";

    /// <summary>The last day the certificate is valid.</summary>
    [Column("cert_valid_to", Description = "道路运输证有效期至")]
    public DateOnly CertValidTo { get; init; }
}
