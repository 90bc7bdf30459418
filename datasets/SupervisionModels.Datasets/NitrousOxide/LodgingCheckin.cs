using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// A hotel check-in (旅馆业治安管理系统入住登记): one row per registered guest per stay, with whether the guardian
/// checks of the 五必须 rules were recorded for minors.
/// </summary>
[Dataset("lodging_checkins", Title = "住宿入住登记")]
public sealed record LodgingCheckin
{
    /// <summary>The check-in record's number.</summary>
    [RecordKey]
    [Column("checkin_id", Description = "入住登记编号")]
    public string CheckinId { get; init; } = "";

    /// <summary>The venue (joins <see cref="Venue.VenueId"/>).</summary>
    [Column("venue_id", Description = "场所编号")]
    public string VenueId { get; init; } = "";

    /// <summary>The venue's name, as the lodging system has it.</summary>
    [Column("venue_name", Description = "场所名称")]
    public string VenueName { get; init; } = "";

    /// <summary>The guest's name.</summary>
    [Column("guest_name", Description = "旅客姓名")]
    public string GuestName { get; init; } = "";

    /// <summary>The guest's resident ID number.</summary>
    [Column("guest_id_no", Description = "旅客身份证号")]
    public string GuestIdNo { get; init; } = "";

    /// <summary>The check-in time (local).</summary>
    [Column("checkin_time", Description = "入住时间")]
    public DateTime CheckinTime { get; init; }

    /// <summary>The check-out time; null when not recorded.</summary>
    [Column("checkout_time", Description = "退房时间")]
    public DateTime? CheckoutTime { get; init; }

    /// <summary>The room number.</summary>
    [Column("room_no", Description = "房间号")]
    public string RoomNo { get; init; } = "";

    /// <summary>The ID numbers of the other guests registered to the room, separated by ;.</summary>
    [Column("co_guest_id_nos", Description = "同住人身份证号（以;分隔）")]
    public string? CoGuestIdNos { get; init; }

    /// <summary>For minors: true when the guardian's contact and the co-guests' relationship were asked and recorded.</summary>
    [Column("guardian_contact_recorded", Description = "是否登记监护人联系方式")]
    public bool GuardianContactRecorded { get; init; }

    /// <summary>The guardian's name, when recorded.</summary>
    [Column("guardian_name", Description = "监护人姓名")]
    public string? GuardianName { get; init; }

    /// <summary>The guardian's phone, when recorded.</summary>
    [Column("guardian_phone", Description = "监护人电话")]
    public string? GuardianPhone { get; init; }
}
