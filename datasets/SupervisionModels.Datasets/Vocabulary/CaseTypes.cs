namespace SupervisionModels.Datasets;

/// <summary>Case-type codes (类型代字) of case numbers under 法〔2015〕137号, as used in <see cref="Judgment.CaseType"/>.</summary>
public static class CaseTypes
{
    /// <summary>民事一审.</summary>
    public const string CivilFirstInstance = "民初";

    /// <summary>民事二审.</summary>
    public const string CivilSecondInstance = "民终";

    /// <summary>民事再审.</summary>
    public const string CivilRetrial = "民再";

    /// <summary>民事特别程序 (e.g. 确认调解协议).</summary>
    public const string CivilSpecial = "民特";

    /// <summary>刑事一审.</summary>
    public const string CriminalFirstInstance = "刑初";

    /// <summary>刑事二审.</summary>
    public const string CriminalSecondInstance = "刑终";

    /// <summary>首次执行.</summary>
    public const string Enforcement = "执";

    /// <summary>恢复执行.</summary>
    public const string ResumedEnforcement = "执恢";
}
