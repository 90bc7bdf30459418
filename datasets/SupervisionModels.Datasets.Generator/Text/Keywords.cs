namespace SupervisionModels.Datasets.Generator.Text;

/// <summary>
/// The keyword sets of the three seed models (domain.md §1.3, §2.3): paraphrased planted texts are checked to contain
/// none of them, and labelled examples are classified by them (keyword_hit versus paraphrase_no_keyword).
/// </summary>
public static class Keywords
{
    /// <summary>SM0001: the article's four words plus the synonyms of §1.3 step 1.</summary>
    public static readonly IReadOnlyList<string> PlateAuction =
        ["二手车买卖", "车牌额度", "借款纠纷", "合同纠纷", "号牌额度", "牌照额度", "号牌指标", "车牌指标", "报废车", "车辆转让", "以车抵债"];

    /// <summary>SM0002: the substance terms (a text is a hit with one of these and one action term).</summary>
    public static readonly IReadOnlyList<string> NitrousOxideSubstance = ["一氧化二氮", "笑气", "氧化亚氮", "N2O", "气弹", "奶油气"];

    /// <summary>SM0002: the action terms.</summary>
    public static readonly IReadOnlyList<string> NitrousOxideAction = ["销售", "运输", "吸食", "非法经营"];

    /// <summary>SM0003: hardship words in procuratorate case summaries.</summary>
    public static readonly IReadOnlyList<string> Hardship =
        ["生活困难", "家庭困难", "无力支付", "低保", "残疾", "因伤致贫", "无赔偿能力", "未获赔偿", "特困", "救助"];

    public static bool HitsPlateAuction(string text) => PlateAuction.Any(k => text.Contains(k, StringComparison.Ordinal));

    public static bool HitsNitrousOxide(string text) =>
        NitrousOxideSubstance.Any(k => text.Contains(k, StringComparison.Ordinal)) && NitrousOxideAction.Any(k => text.Contains(k, StringComparison.Ordinal));

    public static bool MentionsNitrousOxide(string text) => NitrousOxideSubstance.Any(k => text.Contains(k, StringComparison.Ordinal));

    public static bool HitsHardship(string text) => Hardship.Any(k => text.Contains(k, StringComparison.Ordinal));

    /// <summary>The keyword test of a model, by id.</summary>
    public static bool Hits(string modelId, string text) => modelId switch
    {
        "SM0001" => HitsPlateAuction(text),
        "SM0002" => HitsNitrousOxide(text),
        "SM0003" => HitsHardship(text),
        _ => throw new ArgumentOutOfRangeException(nameof(modelId), modelId, "Unknown model id."),
    };
}
