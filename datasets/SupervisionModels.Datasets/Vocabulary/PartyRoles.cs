namespace SupervisionModels.Datasets;

/// <summary>Procedural roles of <see cref="JudgmentParty.Role"/>.</summary>
public static class PartyRoles
{
    /// <summary>原告.</summary>
    public const string Plaintiff = "原告";

    /// <summary>被告.</summary>
    public const string Defendant = "被告";

    /// <summary>第三人.</summary>
    public const string ThirdParty = "第三人";

    /// <summary>上诉人.</summary>
    public const string Appellant = "上诉人";

    /// <summary>被上诉人.</summary>
    public const string Appellee = "被上诉人";

    /// <summary>公诉机关.</summary>
    public const string Prosecutor = "公诉机关";

    /// <summary>被告人.</summary>
    public const string Accused = "被告人";

    /// <summary>附带民事诉讼原告人.</summary>
    public const string CivilClaimant = "附带民事诉讼原告人";
}
