namespace SupervisionModels.Datasets;

/// <summary>What an offender has paid, in <see cref="ProcuratorateCase.OffenderPaid"/>.</summary>
public static class CompensationStatuses
{
    /// <summary>全额赔偿.</summary>
    public const string Full = "全额赔偿";

    /// <summary>部分赔偿.</summary>
    public const string Partial = "部分赔偿";

    /// <summary>未赔偿.</summary>
    public const string None = "未赔偿";

    /// <summary>无赔偿能力.</summary>
    public const string Unable = "无赔偿能力";
}
