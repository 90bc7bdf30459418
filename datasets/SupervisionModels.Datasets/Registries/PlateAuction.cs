using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// An auction of a plate quota (号牌额度/车牌指标拍卖) on a judicial or public-resource auction platform: whose quota,
/// why it was sold, when, to whom and for how much.
/// </summary>
[Dataset("plate_auctions", Title = "号牌额度拍卖记录")]
public sealed record PlateAuction
{
    /// <summary>The auction's number on the platform.</summary>
    [RecordKey]
    [Column("auction_no", Description = "拍卖编号")]
    public string AuctionNo { get; init; } = "";

    /// <summary>The plate number whose quota was sold.</summary>
    [Column("plate_no", Description = "号牌号码")]
    public string PlateNo { get; init; } = "";

    /// <summary>The quota's holder before the sale, as written here.</summary>
    [Column("quota_owner_name", Description = "额度原所有人")]
    public string QuotaOwnerName { get; init; } = "";

    /// <summary>The holder's resident ID number or credit code.</summary>
    [Column("quota_owner_id", Description = "额度原所有人身份证号/统一社会信用代码")]
    public string? QuotaOwnerId { get; init; }

    /// <summary>Why the quota was sold: 司法拍卖, 破产财产处置, 公车改革处置, 国有资产处置.</summary>
    [Column("source", Description = "拍卖来源")]
    public string Source { get; init; } = "";

    /// <summary>The enforcement case, for judicial auctions (joins <see cref="EnforcementCase.ExecCaseNo"/>).</summary>
    [Column("exec_case_no", Description = "执行案号（司法拍卖）")]
    public string? ExecCaseNo { get; init; }

    /// <summary>Who put the quota up for sale: a court, a bankruptcy administrator or a government office.</summary>
    [Column("consignor", Description = "委托处置单位")]
    public string Consignor { get; init; } = "";

    /// <summary>The auction platform.</summary>
    [Column("platform", Description = "拍卖平台")]
    public string Platform { get; init; } = "";

    /// <summary>The date the auction closed.</summary>
    [Column("auction_date", Description = "拍卖成交日期")]
    public DateOnly AuctionDate { get; init; }

    /// <summary>The starting price, in yuan.</summary>
    [Column("starting_price", Description = "起拍价（元）")]
    public decimal StartingPrice { get; init; }

    /// <summary>The hammer price, in yuan; null when unsold.</summary>
    [Column("deal_price", Description = "成交价（元）")]
    public decimal? DealPrice { get; init; }

    /// <summary>The buyer; null when unsold.</summary>
    [Column("buyer_name", Description = "买受人")]
    public string? BuyerName { get; init; }

    /// <summary>The buyer's resident ID number or credit code.</summary>
    [Column("buyer_id", Description = "买受人身份证号/统一社会信用代码")]
    public string? BuyerId { get; init; }

    /// <summary>The outcome: 成交, 流拍, 撤回.</summary>
    [Column("status", Description = "拍卖结果")]
    public string Status { get; init; } = "";
}
