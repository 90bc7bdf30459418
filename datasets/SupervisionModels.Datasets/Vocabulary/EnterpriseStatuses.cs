namespace SupervisionModels.Datasets;

/// <summary>Registration statuses of <see cref="Enterprise.RegStatus"/>.</summary>
public static class EnterpriseStatuses
{
    /// <summary>存续 (in existence).</summary>
    public const string Existing = "存续";

    /// <summary>在业 (operating).</summary>
    public const string Operating = "在业";

    /// <summary>吊销 (licence revoked, not deregistered): the typical zombie.</summary>
    public const string Revoked = "吊销";

    /// <summary>注销 (deregistered).</summary>
    public const string Cancelled = "注销";

    /// <summary>迁出 (moved to another registration authority).</summary>
    public const string MovedOut = "迁出";
}
