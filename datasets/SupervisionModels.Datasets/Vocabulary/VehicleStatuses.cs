namespace SupervisionModels.Datasets;

/// <summary>Statuses of <see cref="Vehicle.Status"/> and quota statuses of <see cref="Vehicle.QuotaStatus"/>.</summary>
public static class VehicleStatuses
{
    /// <summary>正常.</summary>
    public const string Normal = "正常";

    /// <summary>逾期未检验.</summary>
    public const string InspectionOverdue = "逾期未检验";

    /// <summary>达到报废标准.</summary>
    public const string DueForScrapping = "达到报废标准";

    /// <summary>强制注销.</summary>
    public const string ForciblyDeregistered = "强制注销";

    /// <summary>报废注销.</summary>
    public const string Scrapped = "报废注销";

    /// <summary>转出.</summary>
    public const string TransferredOut = "转出";

    /// <summary>Quota in use on a live vehicle.</summary>
    public const string QuotaInUse = "在用";

    /// <summary>Quota kept after scrapping and still usable: an asset.</summary>
    public const string QuotaAvailable = "可用";

    /// <summary>Quota sold at auction.</summary>
    public const string QuotaAuctioned = "已拍卖";

    /// <summary>Quota reused by its holder for a new vehicle.</summary>
    public const string QuotaUsed = "已使用";

    /// <summary>Quota withdrawn by the authority.</summary>
    public const string QuotaWithdrawn = "已收回";
}
