using SupervisionModels.Facts;

namespace SupervisionModels.Datasets;

/// <summary>
/// A disposal of property in an enforcement case (财产处置与案款发放): what was sold or seized, for how much, and
/// who was paid the proceeds.
/// </summary>
[Dataset("asset_disposals", Title = "执行财产处置与案款发放")]
public sealed record AssetDisposal
{
    /// <summary>The disposal's number in the enforcement system, e.g. CZ-鲁0403-2021-000123.</summary>
    [RecordKey]
    [Column("disposal_no", Description = "财产处置编号")]
    public string DisposalNo { get; init; } = "";

    /// <summary>The enforcement case (joins <see cref="EnforcementCase.ExecCaseNo"/>).</summary>
    [Column("exec_case_no", Description = "执行案号")]
    public string ExecCaseNo { get; init; } = "";

    /// <summary>The kind of asset: 车牌额度, 车辆, 房产, 存款, 股权, 其他 (see <see cref="AssetTypes"/>).</summary>
    [Column("asset_type", Description = "标的类型")]
    public string AssetType { get; init; } = "";

    /// <summary>A short description of the asset.</summary>
    [Column("asset_description", Description = "标的描述")]
    public string AssetDescription { get; init; } = "";

    /// <summary>For vehicles and plate quotas: the plate number (e.g. 鲁D5A123, no separator dot).</summary>
    [Column("plate_no", Description = "号牌号码")]
    public string? PlateNo { get; init; }

    /// <summary>The owner of the disposed asset (normally the respondent), as written here.</summary>
    [Column("owner_name", Description = "财产所有人")]
    public string OwnerName { get; init; } = "";

    /// <summary>The owner's resident ID number or credit code; null when not recorded.</summary>
    [Column("owner_id", Description = "财产所有人身份证号/统一社会信用代码")]
    public string? OwnerId { get; init; }

    /// <summary>How the asset was disposed: 网络司法拍卖, 变卖, 以物抵债, 划扣.</summary>
    [Column("disposal_method", Description = "处置方式")]
    public string DisposalMethod { get; init; } = "";

    /// <summary>The auction platform, for auctions.</summary>
    [Column("platform", Description = "拍卖平台")]
    public string? Platform { get; init; }

    /// <summary>The sale price or the amount seized, in yuan.</summary>
    [Column("deal_price", Description = "成交价/划扣金额（元）")]
    public decimal DealPrice { get; init; }

    /// <summary>The date of the sale or seizure.</summary>
    [Column("deal_date", Description = "成交日期")]
    public DateOnly DealDate { get; init; }

    /// <summary>The buyer, for sales.</summary>
    [Column("buyer_name", Description = "买受人")]
    public string? BuyerName { get; init; }

    /// <summary>The buyer's resident ID number or credit code.</summary>
    [Column("buyer_id", Description = "买受人身份证号/统一社会信用代码")]
    public string? BuyerId { get; init; }

    /// <summary>Who received the proceeds (领款人), as written here.</summary>
    [Column("payee_name", Description = "领款人")]
    public string PayeeName { get; init; } = "";

    /// <summary>The payee's resident ID number or credit code; null when not recorded.</summary>
    [Column("payee_id", Description = "领款人身份证号/统一社会信用代码")]
    public string? PayeeId { get; init; }

    /// <summary>The amount paid out to the payee, in yuan.</summary>
    [Column("payout_amount", Description = "发放案款（元）")]
    public decimal PayoutAmount { get; init; }

    /// <summary>The date the proceeds were paid out.</summary>
    [Column("payout_date", Description = "案款发放日期")]
    public DateOnly PayoutDate { get; init; }
}
