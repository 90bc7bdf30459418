namespace SupervisionModels.Models.Tests.MinorsNitrousOxide;

/// <summary>Brief accounts of facts (简要案情) as officers write them, for the stories the tests tell.</summary>
internal static class Summaries
{
    public const string OnlineSale =
        "2023年5月8日16时许，民警接群众举报，张某在未取得危险化学品经营许可的情况下，通过微信朋友圈向他人销售“笑气”钢瓶。当日民警在其租住处将其查获，现场查获“笑气”钢瓶60罐。经查，购买人中有在校学生及未成年人，购买后用于吸食。涉嫌非法经营。";

    public const string LicensedDistributorInspected =
        "2023年5月8日10时许，民警联合应急管理部门对龙口市鑫达气体有限公司仓库开展危险化学品安全检查。该公司持有危险化学品经营许可证（许可范围含一氧化二氮），检查发现其销售台账登记不规范、部分购买单位信息填写不全，依法予以行政处罚并责令限期整改。经核查，其销售的一氧化二氮均销往登记在册的医院、口腔诊所，未发现向个人或未成年人销售的情况。";

    public const string LicensedShopSaleToMinors =
        "2023年5月8日16时许，民警接群众举报，龙口市鑫达气体有限公司门店向多名在校学生销售一氧化二氮气弹，购买人中有未成年人，购买后用于吸食。现场查获一氧化二氮气弹6罐。该公司持有危险化学品经营许可证。";

    public const string ShopSale =
        "2023年5月8日16时许，民警在工作中发现，某商贸公司负责人在其经营的店铺内向他人销售一氧化二氮气瓶，现场查获一氧化二氮气瓶8罐。案件正在进一步办理中。";

    public const string CarStop =
        "2023年6月2日23时许，民警在龙口市港城大道检查站依法检查一辆小型轿车，在后备箱发现“笑气”钢瓶40罐，驾驶人李某无法提供危险货物道路运输相关手续，涉嫌非法运输危险物质。";

    public const string KtvUse =
        "2023年6月10日22时许，民警巡查时发现，龙口市金鼎KTV包间内有几名未成年人吸食“笑气”。民警到场后，现场查获“笑气”钢瓶12罐、气球一包。已通知其监护人到场。";

    public const string HotelUse =
        "2023年6月10日23时许，接群众报警称，龙口市益宏电竞酒店（东莱店）一房间内有未成年人用气球吸食笑气。民警到场后，现场查获“笑气”钢瓶9罐、气球一包。";

    public const string StreetUse =
        "2023年6月10日22时许，接报警称，龙口市东莱街道某公园有人吸食一氧化二氮。民警到场后，现场查获“笑气”钢瓶若干、气球一包，对其进行了批评教育。";

    public const string AdultUse =
        "2023年6月10日22时许，接报警称，龙口市汇德宾馆一房间内有人吸食“笑气”。民警到场后，现场查获“笑气”钢瓶5罐，对二人进行了批评教育。";

    public const string WitnessedUse =
        "2023年6月10日22时许，接报警称，龙口市北马镇某小区楼下有人吸食“笑气”。民警到场后，现场查获“笑气”钢瓶若干。报警人系附近居住的学生，其未参与吸食。";

    /// <summary>A paraphrase: no word of the substance lexicon (not even its slang: 嗨气, 打气球, 快乐气…).</summary>
    public const string SlangUse =
        "2023年6月10日22时许，接报警称，龙口市东莱街道某公园有几名学生模样的青少年将金属小钢瓶中的气体充入气球后吸食。民警到场后，现场查获金属小钢瓶16罐、气球一包，其吸入后出现头晕等症状。";

    /// <summary>Street slang only (嗨气): in the substance lexicon, so found without the classifier.</summary>
    public const string StreetSlangUse =
        "2023年6月10日22时许，接报警称，龙口市东莱街道某公园有几名学生模样的青少年在“嗨气”，并向路人出售。民警到场后，现场查获金属小钢瓶16罐、气球一包。";

    /// <summary>The substance written with a subscript (N₂O): NFKC makes it N2O.</summary>
    public const string SubscriptUse =
        "2023年6月10日22时许，接报警称，龙口市东莱街道某公园有几名未成年人吸食N₂O。民警到场后，现场查获钢瓶若干、气球一包。";

    /// <summary>An ordinary methamphetamine case involving a minor: no word of nitrous oxide.</summary>
    public const string MethamphetamineUse =
        "2023年6月10日22时许，民警在龙口市东莱街道某出租屋内查获吸毒人员王某，经尿检呈甲基苯丙胺阳性，王某对吸食毒品的违法事实供认不讳。";

    public const string Hospital =
        "2023年2月19日11时许，高某报警称，其家属在龙口市口腔医院口腔科接受笑气镇静治疗后出现不适。医院称医用笑气由持证气体公司配送运输，使用符合诊疗规范。";

    public const string BakeryTheft =
        "2022年9月7日21时许，龙口市弘福烘焙坊经营者报警称，店内用于制作奶油的奶油气弹两箱被盗。该店系从持证供应商处正规采购，用于裱花，不对外销售。";

    public const string Airsoft =
        "2021年10月30日14时许，民警在龙口市诸由观镇某玩具店检查时发现，于某在其经营的玩具店内销售水弹枪及配套气弹。经鉴定，涉案玩具枪不属于枪支，责令其下架整改。";

    public const string Balloons =
        "2022年3月19日17时许，马某在龙口市某商场经营的派对用品店销售“网红笑气球”，民警检查发现所谓“笑气球”实为充装氦气的普通气球，不含一氧化二氮。";
}
