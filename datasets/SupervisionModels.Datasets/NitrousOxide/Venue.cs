using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// An entertainment or lodging venue (娱乐场所/住宿场所) from the culture-and-tourism and police registers: KTVs,
/// bars, internet cafés, hotels, e-sports hotels, guest houses and short-let flats.
/// </summary>
[Dataset("venues", Title = "娱乐及住宿场所")]
public sealed record Venue
{
    /// <summary>The venue's register id, e.g. KTV-370681-0031.</summary>
    [RecordKey]
    [Column("venue_id", Description = "场所编号")]
    public string VenueId { get; init; } = "";

    /// <summary>The venue's trading name.</summary>
    [Column("name", Description = "场所名称")]
    public string Name { get; init; } = "";

    /// <summary>The kind: KTV, 酒吧, 网吧, 宾馆, 电竞酒店, 民宿, 网约房 (see <see cref="VenueTypes"/>).</summary>
    [Column("venue_type", Description = "场所类型")]
    public string VenueType { get; init; } = "";

    /// <summary>The operating entity's credit code.</summary>
    [Column("credit_code", Description = "经营主体统一社会信用代码")]
    public string? CreditCode { get; init; }

    /// <summary>The operating entity's name.</summary>
    [Column("operator_name", Description = "经营主体名称")]
    public string? OperatorName { get; init; }

    /// <summary>The licence number (娱乐经营许可证 or 特种行业许可证).</summary>
    [Column("licence_no", Description = "经营/特种行业许可证号")]
    public string? LicenceNo { get; init; }

    /// <summary>The address.</summary>
    [Column("address", Description = "地址")]
    public string Address { get; init; } = "";

    /// <summary>The 6-digit area code.</summary>
    [Column("area_code", Description = "行政区划代码")]
    public string AreaCode { get; init; } = "";

    /// <summary>True when minors may not be admitted (KTV, bars, internet cafés, e-sports rooms).</summary>
    [Column("minors_banned", Description = "是否禁止未成年人进入")]
    public bool MinorsBanned { get; init; }

    /// <summary>The date the venue opened.</summary>
    [Column("opened_date", Description = "开业日期")]
    public DateOnly OpenedDate { get; init; }
}
