using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// An electronic freight waybill (电子运单/托运清单): who shipped what, from where to where, on which vehicle and with
/// which driver. Field names follow the national freight-waybill message.
/// </summary>
[Dataset("waybills", Title = "道路货物运输电子运单")]
public sealed record Waybill
{
    /// <summary>The waybill number (托运单号).</summary>
    [RecordKey]
    [Column("waybill_no", Description = "托运单号")]
    public string WaybillNo { get; init; } = "";

    /// <summary>The consignor (发货人), as written.</summary>
    [Column("consignor_name", Description = "发货人")]
    public string ConsignorName { get; init; } = "";

    /// <summary>The consignor's credit code or resident ID number.</summary>
    [Column("consignor_id", Description = "发货人统一社会信用代码/身份证号")]
    public string? ConsignorId { get; init; }

    /// <summary>The consignee (收货人), as written.</summary>
    [Column("consignee_name", Description = "收货人")]
    public string ConsigneeName { get; init; } = "";

    /// <summary>The consignee's credit code or resident ID number.</summary>
    [Column("consignee_id", Description = "收货人统一社会信用代码/身份证号")]
    public string? ConsigneeId { get; init; }

    /// <summary>The loading place.</summary>
    [Column("loading_place", Description = "装货地点")]
    public string LoadingPlace { get; init; } = "";

    /// <summary>The loading place's 6-digit area code.</summary>
    [Column("loading_area_code", Description = "装货地行政区划代码")]
    public string LoadingAreaCode { get; init; } = "";

    /// <summary>The delivery place.</summary>
    [Column("receipt_place", Description = "收货地点")]
    public string ReceiptPlace { get; init; } = "";

    /// <summary>The delivery place's 6-digit area code.</summary>
    [Column("receipt_area_code", Description = "收货地行政区划代码")]
    public string ReceiptAreaCode { get; init; } = "";

    /// <summary>The carrier (承运人), as written.</summary>
    [Column("carrier_name", Description = "承运人")]
    public string CarrierName { get; init; } = "";

    /// <summary>The carrier's credit code or resident ID number.</summary>
    [Column("carrier_id", Description = "承运人统一社会信用代码/身份证号")]
    public string? CarrierId { get; init; }

    /// <summary>The vehicle's plate number.</summary>
    [Column("plate_no", Description = "车辆牌照号")]
    public string PlateNo { get; init; } = "";

    /// <summary>The driver's name.</summary>
    [Column("driver_name", Description = "驾驶员")]
    public string DriverName { get; init; } = "";

    /// <summary>The driver's resident ID number.</summary>
    [Column("driver_id", Description = "驾驶员身份证号")]
    public string? DriverId { get; init; }

    /// <summary>The driver's qualification certificate number, when given.</summary>
    [Column("driver_cert", Description = "从业资格证号")]
    public string? DriverCert { get; init; }

    /// <summary>The goods as declared (货物名称).</summary>
    [Column("goods_name", Description = "货物名称")]
    public string GoodsName { get; init; } = "";

    /// <summary>The UN number for dangerous goods, e.g. UN1070 (nitrous oxide); null for general goods.</summary>
    [Column("un_no", Description = "联合国编号")]
    public string? UnNo { get; init; }

    /// <summary>The dangerous-goods class.division, e.g. 2.2; null for general goods.</summary>
    [Column("hazard_class", Description = "危险货物类别项别")]
    public string? HazardClass { get; init; }

    /// <summary>The gross weight in kilograms.</summary>
    [Column("gross_kg", Description = "毛重（千克）")]
    public decimal GrossKg { get; init; }

    /// <summary>The number of packages.</summary>
    [Column("packages", Description = "总件数")]
    public int Packages { get; init; }

    /// <summary>The shipping date.</summary>
    [Column("ship_date", Description = "发运日期")]
    public DateOnly ShipDate { get; init; }
}
