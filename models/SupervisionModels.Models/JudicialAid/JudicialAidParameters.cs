using System.Globalization;
using SupervisionModels.Rules;
using SupervisionModels.Models;

namespace SupervisionModels.BuiltIn.JudicialAid;

/// <summary>SM0003's parameters with their defaults; a settings file overrides them by name.</summary>
public static class JudicialAidParameters
{
    /// <summary>The screening window in years before the reference date.</summary>
    public static readonly Parameter<int> WindowYears = new("window-years", 5, "筛查基准日前多少年内受理的案件（0 为不限）");

    /// <summary>The reference date; empty means the latest acceptance date in the data.</summary>
    public static readonly Parameter<string> AsOfDate = new("as-of-date", "", "筛查基准日（yyyy-MM-dd；留空取案件数据中最晚的受理日期）");

    /// <summary>Cases accepted within this many months of the reference date score as recent.</summary>
    public static readonly Parameter<int> RecentMonths = new("recent-months", 12, "基准日前多少个月内受理的案件加分（近期案件）");

    /// <summary>The property loss from which a loss counts as major (情形四).</summary>
    public static readonly Parameter<decimal> MajorLoss = new("major-loss", 20_000m, "重大财产损失的起点（元）");

    /// <summary>The least severe disability grade that counts as hardship (grade 4 alone does not).</summary>
    public static readonly Parameter<int> MaxDisabilityGrade = new("max-disability-grade", 3, "计入困难群体的残疾等级上限（1 级最重；默认四级残疾不单独计入）");

    /// <summary>Grades up to this one score as severe disability.</summary>
    public static readonly Parameter<int> SevereDisabilityGrade = new("severe-disability-grade", 2, "重度残疾加分的等级上限");

    /// <summary>The minimum score of a lead.</summary>
    public static readonly Parameter<double> MinScore = new("min-score", 20, "成为线索的最低分值（救助情形 + 至少一类困难群体即达 20 分）");

    /// <summary>The province's average monthly wage of the previous year, the basis of the suggested amount.</summary>
    public static readonly Parameter<decimal> MonthlyWage = new("monthly-wage", 8_000m, "本省上一年度职工月平均工资（元），建议救助金额的计算基数；默认值为示例，使用时应按统计部门公布数设置");

    /// <summary>Months of wages suggested for the relatives of a victim who died.</summary>
    public static readonly Parameter<int> MonthsDeath = new("months-death", 36, "被害人死亡：建议救助月数");

    /// <summary>Months of wages suggested for serious injury.</summary>
    public static readonly Parameter<int> MonthsSerious = new("months-serious", 24, "被害人重伤：建议救助月数");

    /// <summary>Months of wages suggested for injury needing treatment.</summary>
    public static readonly Parameter<int> MonthsMinorInjury = new("months-minor-injury", 6, "被害人轻伤：建议救助月数");

    /// <summary>Months of wages suggested for a major property loss (never more than the loss).</summary>
    public static readonly Parameter<int> MonthsProperty = new("months-property", 12, "重大财产损失：建议救助月数（不超过损失数额）");

    /// <summary>The cap in months (细则: normally 36).</summary>
    public static readonly Parameter<int> MaxMonths = new("max-months", 36, "建议救助金额上限（月数，细则一般不超过 36 个月）");

    /// <summary>Words of a case summary that speak of the victim's hardship.</summary>
    public static readonly KeywordParameter HardshipKeywords = new(
        "hardship-keywords", "案情摘要中反映被害人生活困难的关键词",
        "生活困难", "家庭困难", "无力支付", "无力承担", "因伤致贫", "因案致贫", "因病致贫", "丧失劳动能力", "无经济来源", "低保", "特困",
        "残疾", "亟需救助", "生活无着",
        // Measured on real victim texts (../shared/legal-texts): 伤残 and 贫困 raise the hits from 48 % to 85 % of them, none of unrelated cases.
        "伤残", "贫困");

    /// <summary>Words of a case summary that say the parties fought each other.</summary>
    public static readonly KeywordParameter MutualFightKeywords = new(
        "mutual-fight-keywords", "案情摘要中表明双方互殴（被害人有重大过错）的关键词",
        "互殴", "相互厮打", "互相厮打", "相互殴打", "互相殴打", "相互斗殴", "双方厮打");

    /// <summary>
    /// Words of a summary saying the victim is on no register yet (尚未纳入低保): with a hardship word about the victim,
    /// the summary alone puts the victim in a hardship category, for hardship the registers have not caught up with.
    /// </summary>
    public static readonly KeywordParameter UnlistedWords = new(
        "unlisted-words", "案情摘要载明被害人尚未纳入救助名单的表述：与关于被害人的困难关键词同时出现时，无名单记录的被害人凭摘要计入困难群体（须走访核实）",
        "尚未纳入", "未纳入低保", "未纳入任何", "未享受任何", "尚未申请低保", "未获任何救助");

    /// <summary>Whether the text classifier assists the hardship keywords.</summary>
    public static readonly Parameter<bool> UseClassifier = new("use-classifier", true, "是否用文本分类器辅助困难情形关键词（补充换一种说法的困难描述、对语境不符的命中降权）");

    /// <summary>
    /// The classifier probability from which a summary without keywords is taken. This and the demotion threshold were
    /// chosen by `supervise classifier train` on the real development texts (README, Measured quality).
    /// </summary>
    public static readonly Parameter<double> ClassifierAccept = new("classifier-accept", 0.81, "无关键词时分类器概率达到该值即视为反映生活困难");

    /// <summary>The classifier probability below which a keyword hit is demoted.</summary>
    public static readonly Parameter<double> ClassifierDemote = new("classifier-demote", 0.22, "命中关键词但分类器概率低于该值时降权（如困难的是犯罪嫌疑人）");

    /// <summary>Role words that make the hardship words after them the victim's.</summary>
    public static readonly KeywordParameter VictimWords = new(
        "victim-words", "被害方称谓：困难关键词之前最近的称谓属此类（或无称谓）时，困难情形归于被害人",
        "被害人", "受害人", "近亲属", "死者");

    /// <summary>Role words that make the hardship words after them the offender's (犯罪嫌疑人系低保户), which is no ground for aid.</summary>
    public static readonly KeywordParameter OffenderWords = new(
        "offender-words", "加害方称谓：困难关键词之前最近的称谓属此类时，困难情形属犯罪嫌疑人、被告人本人，不据以认定被害人困难",
        "犯罪嫌疑人", "嫌疑人", "被告人", "被不起诉人", "罪犯");

    /// <summary>Every parameter, in the order the help page lists them.</summary>
    public static IReadOnlyList<ModelParameter> All { get; } =
    [
        WindowYears, AsOfDate, RecentMonths, MajorLoss, MaxDisabilityGrade, SevereDisabilityGrade, MinScore,
        MonthlyWage, MonthsDeath, MonthsSerious, MonthsMinorInjury, MonthsProperty, MaxMonths,
        HardshipKeywords, UnlistedWords, VictimWords, OffenderWords, MutualFightKeywords, UseClassifier, ClassifierAccept, ClassifierDemote,
    ];

    /// <summary>The reference date set by <see cref="AsOfDate"/>, or null to take it from the data.</summary>
    /// <exception cref="ArgumentException">The value is neither empty nor a yyyy-MM-dd date.</exception>
    public static DateOnly? ParseAsOf(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ArgumentException($"Parameter '{AsOfDate.Name}' must be empty or a date as yyyy-MM-dd; found '{value}'.", nameof(value));
    }
}
