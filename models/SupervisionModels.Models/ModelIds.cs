namespace SupervisionModels.BuiltIn;

/// <summary>
/// The ids of the built-in models, in one place. An id is never reused or renumbered; a test checks that each has a
/// help page at models/docs/{id}.md.
/// </summary>
public static class ModelIds
{
    /// <summary>虚假诉讼·套取车牌额度拍卖款 (plate-auction fake litigation).</summary>
    public const string PlateAuctionFakeLitigation = "SM0001";

    /// <summary>未成年人“笑气”滥用 (minors' nitrous-oxide misuse).</summary>
    public const string MinorsNitrousOxide = "SM0002";

    /// <summary>司法救助线索筛查 (judicial-aid screening).</summary>
    public const string JudicialAid = "SM0003";
}
