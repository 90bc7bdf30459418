namespace SupervisionModels.Datasets;

/// <summary>Kinds of venue in <see cref="Venue.VenueType"/>.</summary>
public static class VenueTypes
{
    /// <summary>KTV.</summary>
    public const string Ktv = "KTV";

    /// <summary>酒吧.</summary>
    public const string Bar = "酒吧";

    /// <summary>网吧.</summary>
    public const string InternetCafe = "网吧";

    /// <summary>宾馆.</summary>
    public const string Hotel = "宾馆";

    /// <summary>电竞酒店.</summary>
    public const string EsportsHotel = "电竞酒店";

    /// <summary>民宿.</summary>
    public const string GuestHouse = "民宿";

    /// <summary>网约房.</summary>
    public const string ShortLet = "网约房";

    /// <summary>True for the lodging kinds, which keep check-in records.</summary>
    public static bool IsLodging(string venueType) =>
        venueType is Hotel or EsportsHotel or GuestHouse or ShortLet;
}
