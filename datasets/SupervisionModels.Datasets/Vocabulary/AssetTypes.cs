namespace SupervisionModels.Datasets;

/// <summary>Kinds of disposed asset in <see cref="AssetDisposal.AssetType"/>.</summary>
public static class AssetTypes
{
    /// <summary>车牌额度 (a plate quota, 号牌指标): the asset of the plate-auction fake suits.</summary>
    public const string PlateQuota = "车牌额度";

    /// <summary>车辆.</summary>
    public const string Vehicle = "车辆";

    /// <summary>房产.</summary>
    public const string RealEstate = "房产";

    /// <summary>存款 (bank deposits seized).</summary>
    public const string Deposit = "存款";

    /// <summary>股权.</summary>
    public const string Equity = "股权";

    /// <summary>其他.</summary>
    public const string Other = "其他";
}
