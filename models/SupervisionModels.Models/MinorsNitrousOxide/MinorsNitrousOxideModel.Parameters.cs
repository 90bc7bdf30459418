using SupervisionModels.Rules;
using SupervisionModels.Models;

namespace SupervisionModels.BuiltIn.MinorsNitrousOxide;

/// <summary>The parameters of SM0002, with their defaults; a settings file overrides any of them by name.</summary>
public sealed partial class MinorsNitrousOxideModel
{
    // The substance must be nitrous oxide, named or in its street names: a text naming another drug is not a lead of
    // this model (real harbouring-drug-use judgments about methamphetamine or heroin passed the screen before these
    // lists were split). The matcher folds Ｎ２Ｏ and N₂O to N2O (NFKC); lower-case n2o is listed, as the match is ordinal.
    private static readonly KeywordParameter SubstanceTerms = new(
        "substance-terms", "物质词：简要案情须命中其一（文章关键词“一氧化二氮”“笑气”及其别称、俗称）",
        "一氧化二氮", "笑气", "笑笑气", "氧化亚氮", "N2O", "n2o", "气弹", "奶油气", "嗨气", "打气球", "快乐气", "吸气球", "奶油弹");

    private static readonly KeywordParameter OtherDrugTerms = new(
        "other-drug-terms", "其他毒品词：简要案情命中其一且未命中物质词的（甲基苯丙胺、海洛因、氯胺酮等毒品案件），不纳入筛查，分类器也不得将其纳入",
        "毒品", "吸毒", "甲基苯丙胺", "冰毒", "海洛因", "氯胺酮", "K粉", "大麻", "可卡因", "摇头丸", "MDMA", "麻古", "吗啡", "美沙酮", "鸦片", "罂粟", "芬太尼", "曲马多", "γ-羟丁酸", "卡西酮", "合成大麻素");

    private static readonly KeywordParameter ActionTerms = new(
        "action-terms", "行为词：简要案情须同时命中其一（文章关键词“销售”“运输”“吸食”“非法经营”及同义表述）",
        "销售", "运输", "吸食", "非法经营", "出售", "兜售", "贩卖", "运送", "承运", "吸入");

    private static readonly KeywordParameter ExcludeTerms = new(
        "exclude-terms", "排除词：简要案情载明医用、烘焙自用、玩具枪气弹、氦气球等正当或无关用途的，不纳入筛查",
        "医用", "口腔科", "麻醉", "镇静", "诊疗", "不对外销售", "玩具枪", "水弹枪", "软弹枪", "仿真枪", "不属于枪支", "氦气", "不含一氧化二氮");

    private static readonly KeywordParameter SaleTerms = new(
        "sale-terms", "销售行为词：筛查案件命中其一即视为销售案件", "销售", "出售", "兜售", "贩卖", "售卖", "非法经营");

    private static readonly KeywordParameter TransportTerms = new(
        "transport-terms", "运输行为词：筛查案件命中其一或载有涉案车辆号牌即视为运输案件", "运输", "承运", "运送", "捎带", "托运");

    private static readonly KeywordParameter MinorTerms = new(
        "minor-terms", "销售对象为未成年人的表述", "未成年", "学生", "青少年", "中学生");

    private static readonly KeywordParameter ChannelTerms = new(
        "channel-terms", "网络、寄递等销售渠道的表述", "网络", "微信", "朋友圈", "快递", "网店", "线上", "外卖", "寄递");

    private static readonly KeywordParameter BulkUnits = new(
        "bulk-units", "以该等单位计量的查获数量视为数量较大", "箱", "升", "千克", "公斤", "吨");

    private static readonly Parameter<int> BulkQuantity = new("bulk-quantity", 10, "查获数量达到该值（罐、瓶等）视为数量较大", min: 1);

    private static readonly KeywordParameter OffenderRoles = new(
        "offender-roles", "销售、运输案件中作为行为人的人员角色", "犯罪嫌疑人", "违法行为人");

    private static readonly KeywordParameter UserRoles = new(
        "user-roles", "吸食“笑气”的人员角色（不含被害人、证人、报警人）", "吸食人员", "违法行为人");

    private static readonly KeywordParameter GoodsTerms = new(
        "goods-terms", "电子运单货物名称命中其一即为一氧化二氮货物", "一氧化二氮", "笑气", "氧化亚氮", "N2O", "n2o", "奶油气", "气弹", "奶油弹");

    private static readonly KeywordParameter UnNumbers = new(
        "un-numbers", "一氧化二氮的联合国编号", "UN1070", "UN2201");

    private static readonly KeywordParameter LicenceTerms = new(
        "licence-terms", "危化品经营许可范围中表示一氧化二氮的品名", "一氧化二氮", "氧化亚氮");

    private static readonly Parameter<string> HazardClass = new("hazard-class", "2.2", "一氧化二氮的危险货物类别项别（道路运输许可、道路运输证须含该项或其类）");

    private static readonly KeywordParameter DangerousBusiness = new(
        "dangerous-business", "道路运输经营许可中表示危险货物运输的经营类别", "危险货物");

    private static readonly KeywordParameter DangerousVehicleClasses = new(
        "dangerous-vehicle-classes", "道路运输证中表示危险货物运输车辆的车辆类别", "危险货物运输车", "危险品运输车");

    private static readonly KeywordParameter DangerousDriverCategories = new(
        "dangerous-driver-categories", "从业资格类别中表示危险货物运输驾驶员资格的表述", "危险货物运输驾驶员");

    private static readonly KeywordParameter PrivateUses = new(
        "private-uses", "机动车登记使用性质中表示私家车的取值", "非营运");

    private static readonly Parameter<int> AgeLimit = new("age-limit", 18, "案发时未满该年龄为未成年人（按身份证号出生日期与案发日期计算）");
    private static readonly Parameter<int> YoungAge = new("young-age", 14, "案发时未满该年龄的未成年人加重");
    private static readonly Parameter<int> MinVenueEvents = new("min-venue-events", 2, "场所内涉笑气警情达到该起数为“多次发生”", min: 1);
    private static readonly Parameter<int> MinRepeatEvents = new("min-repeat-events", 2, "同一未成年人涉笑气警情达到该起数为“多次吸食”", min: 1);
    private static readonly Parameter<int> CheckinWindowHours = new("checkin-window-hours", 24, "入住时间在警情发生前该小时数以内视为案发当晚入住");
    private static readonly Parameter<int> MinUnguardedCheckins = new("min-unguarded-checkins", 1, "场所入住登记中未登记监护人信息的未成年人达到该人次", min: 1);
    private static readonly Parameter<double> MinScore = new("min-score", 30, "成为线索的最低分值");
    private static readonly Parameter<bool> UseClassifier = new("use-classifier", true, "是否用文本分类器辅助关键词（补充未用关键词的俗称、隐语警情，降低语境不符命中的权重）");
    private static readonly Parameter<double> ClassifierAccept = new("classifier-accept", 0.9, "无关键词时分类器概率达到该值即纳入筛查");
    private static readonly Parameter<double> ClassifierDemote = new("classifier-demote", 0.2, "命中关键词但分类器概率低于该值时降权");

    /// <inheritdoc/>
    public override IReadOnlyList<ModelParameter> Parameters { get; } =
    [
        SubstanceTerms, OtherDrugTerms, ActionTerms, ExcludeTerms, SaleTerms, TransportTerms, MinorTerms, ChannelTerms, BulkUnits, BulkQuantity,
        OffenderRoles, UserRoles, GoodsTerms, UnNumbers, LicenceTerms, HazardClass, DangerousBusiness, DangerousVehicleClasses,
        DangerousDriverCategories, PrivateUses, AgeLimit, YoungAge, MinVenueEvents, MinRepeatEvents, CheckinWindowHours,
        MinUnguardedCheckins, MinScore, UseClassifier, ClassifierAccept, ClassifierDemote,
    ];

    /// <summary>This run's parameter values, resolved once and handed to each group of rules.</summary>
    private sealed record Settings(
        KeywordSet Substance,
        KeywordSet OtherDrugs,
        KeywordSet Action,
        KeywordSet Exclude,
        KeywordSet Goods,
        string[] SaleTerms,
        string[] TransportTerms,
        string[] MinorTerms,
        string[] ChannelTerms,
        string[] BulkUnits,
        int BulkQuantity,
        string[] OffenderRoles,
        string[] UserRoles,
        string[] GoodsTerms,
        string[] UnNumbers,
        string[] LicenceTerms,
        string HazardClass,
        string[] DangerousBusiness,
        string[] DangerousVehicleClasses,
        string[] DangerousDriverCategories,
        string[] PrivateUses,
        int AgeLimit,
        int YoungAge,
        int MinVenueEvents,
        int MinRepeatEvents,
        int CheckinWindowHours,
        int MinUnguardedCheckins,
        TextOptions Text)
    {
        public static Settings From(IModelContext context)
        {
            string[] Terms(KeywordParameter p) => [.. context.GetValue(p).Terms];
            return new Settings(
                context.GetValue(MinorsNitrousOxideModel.SubstanceTerms),
                context.GetValue(MinorsNitrousOxideModel.OtherDrugTerms),
                context.GetValue(MinorsNitrousOxideModel.ActionTerms),
                context.GetValue(MinorsNitrousOxideModel.ExcludeTerms),
                context.GetValue(MinorsNitrousOxideModel.GoodsTerms),
                Terms(MinorsNitrousOxideModel.SaleTerms),
                Terms(MinorsNitrousOxideModel.TransportTerms),
                Terms(MinorsNitrousOxideModel.MinorTerms),
                Terms(MinorsNitrousOxideModel.ChannelTerms),
                Terms(MinorsNitrousOxideModel.BulkUnits),
                context.GetValue(MinorsNitrousOxideModel.BulkQuantity),
                Terms(MinorsNitrousOxideModel.OffenderRoles),
                Terms(MinorsNitrousOxideModel.UserRoles),
                Terms(MinorsNitrousOxideModel.GoodsTerms),
                Terms(MinorsNitrousOxideModel.UnNumbers),
                Terms(MinorsNitrousOxideModel.LicenceTerms),
                context.GetValue(MinorsNitrousOxideModel.HazardClass),
                Terms(MinorsNitrousOxideModel.DangerousBusiness),
                Terms(MinorsNitrousOxideModel.DangerousVehicleClasses),
                Terms(MinorsNitrousOxideModel.DangerousDriverCategories),
                Terms(MinorsNitrousOxideModel.PrivateUses),
                context.GetValue(MinorsNitrousOxideModel.AgeLimit),
                context.GetValue(MinorsNitrousOxideModel.YoungAge),
                context.GetValue(MinorsNitrousOxideModel.MinVenueEvents),
                context.GetValue(MinorsNitrousOxideModel.MinRepeatEvents),
                context.GetValue(MinorsNitrousOxideModel.CheckinWindowHours),
                context.GetValue(MinorsNitrousOxideModel.MinUnguardedCheckins),
                new TextOptions(ClassifierName)
                {
                    Enabled = context.GetValue(MinorsNitrousOxideModel.UseClassifier),
                    AcceptAbove = context.GetValue(MinorsNitrousOxideModel.ClassifierAccept),
                    DemoteBelow = context.GetValue(MinorsNitrousOxideModel.ClassifierDemote),
                });
        }
    }
}
