using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// A police incident or case (公安警情/案件): what happened, where and when, and anything seized.
/// </summary>
[Dataset("police_cases", Title = "公安警情与案件")]
public sealed record PoliceCase
{
    /// <summary>The case or incident number, e.g. A3706815000002023060012 (警情: J + unit + date + serial).</summary>
    [RecordKey]
    [Column("police_case_no", Description = "案件（警情）编号")]
    public string PoliceCaseNo { get; init; } = "";

    /// <summary>What the record is: 警情, 行政案件, 刑事案件.</summary>
    [Column("record_kind", Description = "记录类别（警情/行政案件/刑事案件）")]
    public string RecordKind { get; init; } = "";

    /// <summary>The cause or incident category, e.g. 非法经营, 盗窃, 治安纠纷, 求助.</summary>
    [Column("cause", Description = "案由/警情类别")]
    public string Cause { get; init; } = "";

    /// <summary>The brief account of the facts (简要案情), as the officer wrote it.</summary>
    [Column("summary", Description = "简要案情", IsText = true)]
    public string Summary { get; init; } = "";

    /// <summary>When the incident happened (local time).</summary>
    [Column("event_time", Description = "发案时间")]
    public DateTime EventTime { get; init; }

    /// <summary>The place, as written by the officer.</summary>
    [Column("place", Description = "发案地点")]
    public string Place { get; init; } = "";

    /// <summary>The 6-digit area code of the place.</summary>
    [Column("area_code", Description = "发案地行政区划代码")]
    public string AreaCode { get; init; } = "";

    /// <summary>The venue register id when the place was matched to a venue (joins <see cref="Venue.VenueId"/>); often null.</summary>
    [Column("venue_id", Description = "关联场所编号")]
    public string? VenueId { get; init; }

    /// <summary>The handling police unit.</summary>
    [Column("handling_unit", Description = "办案单位")]
    public string HandlingUnit { get; init; } = "";

    /// <summary>What was seized, if anything.</summary>
    [Column("seized_item", Description = "查获物品")]
    public string? SeizedItem { get; init; }

    /// <summary>The quantity seized.</summary>
    [Column("seized_qty", Description = "查获数量")]
    public decimal? SeizedQty { get; init; }

    /// <summary>The unit of the quantity: 罐, 瓶, 盒, 箱, 升, 千克.</summary>
    [Column("seized_unit", Description = "计量单位")]
    public string? SeizedUnit { get; init; }

    /// <summary>The plate of a vehicle involved (e.g. one stopped with goods aboard).</summary>
    [Column("vehicle_plate", Description = "涉案车辆号牌")]
    public string? VehiclePlate { get; init; }
}
