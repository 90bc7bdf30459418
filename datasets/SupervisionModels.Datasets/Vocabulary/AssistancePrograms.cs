namespace SupervisionModels.Datasets;

/// <summary>Programmes of <see cref="SocialAssistance.Program"/>.</summary>
public static class AssistancePrograms
{
    /// <summary>城市低保.</summary>
    public const string UrbanSubsistence = "城市低保";

    /// <summary>农村低保.</summary>
    public const string RuralSubsistence = "农村低保";

    /// <summary>特困供养（集中）.</summary>
    public const string DestituteCentralised = "特困供养（集中）";

    /// <summary>特困供养（分散）.</summary>
    public const string DestituteDispersed = "特困供养（分散）";
}
