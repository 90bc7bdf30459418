namespace SupervisionModels.Datasets;

/// <summary>Injury levels of <see cref="ProcuratorateCase.Injury"/>, most severe first.</summary>
public static class InjuryLevels
{
    /// <summary>死亡.</summary>
    public const string Death = "死亡";

    /// <summary>重伤一级.</summary>
    public const string SeriousFirst = "重伤一级";

    /// <summary>重伤二级.</summary>
    public const string SeriousSecond = "重伤二级";

    /// <summary>轻伤一级.</summary>
    public const string MinorFirst = "轻伤一级";

    /// <summary>轻伤二级.</summary>
    public const string MinorSecond = "轻伤二级";

    /// <summary>轻微伤 (below the threshold of the aid rules).</summary>
    public const string Slight = "轻微伤";

    /// <summary>无 (property offences).</summary>
    public const string None = "无";
}
