using System.Globalization;

namespace SupervisionModels.Datasets.Generator.Text;

/// <summary>The facts a police summary is written from.</summary>
internal sealed record PoliceFacts(DateTime When, string Place, string Subject, string? Other = null, string? Item = null, string? Quantity = null, string? Plate = null);

/// <summary>
/// Brief accounts of facts (简要案情) as officers write them: background incidents of every kind, and the
/// nitrous-oxide incidents in keyword, slang (嗨气, 打气球) and innocent (hospital, bakery, airsoft) forms.
/// </summary>
internal static class PoliceText
{
    private static string Time(Composer c, DateTime t) =>
        string.Create(CultureInfo.InvariantCulture, $"{t.Year}年{t.Month}月{t.Day}日{t.Hour}时{(c.Chance(0.5) ? "许" : t.Minute.ToString(CultureInfo.InvariantCulture) + "分")}");

    public static string Background(Composer c, string cause, PoliceFacts f)
    {
        c.Add(Time(c, f.When)).Add('，');
        switch (cause)
        {
            case "盗窃":
                c.Add("报警人").Add(f.Subject).Add("报称其停放在").Add(f.Place).Add("的").One("电动自行车", "电动三轮车", "摩托车", "手机").Add("被盗，").One("价值约", "损失约").Add(ChineseFormat.Yuan(c.Rng.Between(3, 60) * 100m))
                    .One("。民警到场后调取周边监控，正在进一步侦查。", "。经查，嫌疑人系一名青年男子，案件正在侦办中。", "。已受案调查。");
                break;
            case "纠纷":
                c.Add(f.Place).Add("，").Add(f.Subject).Add("与").Add(f.Other ?? "他人").Add("因").One("停车问题", "邻里琐事", "消费结账", "排队", "债务问题", "噪音").Add("发生口角").One("，未造成人员受伤。", "，双方有推搡行为，无人受伤。", "。")
                    .One("民警到场后进行调解，双方达成和解。", "经民警调解，双方表示互谅互让。", "民警告知双方通过合法途径解决。");
                break;
            case "殴打他人":
                c.Add(f.Subject).Add("在").Add(f.Place).Add("酒后与").Add(f.Other ?? "他人").Add("发生争执，").Add(f.Subject).Add("用拳头殴打").Add(f.Other ?? "对方").One("面部", "头部", "胸部").Add("，致其").One("轻微伤", "鼻部出血", "面部红肿").Add("。经调查，违法事实清楚，依法予以行政处罚。");
                break;
            case "交通事故":
                c.Add("在").Add(f.Place).Add("发生一起").One("两车相撞", "电动车与轿车刮擦", "追尾").Add("交通事故，").One("无人员伤亡，车辆受损。", "一人轻微受伤，已送医。", "双方对事故责任有争议。").Add("交警到场处置。");
                break;
            case "求助":
                c.Add(f.Subject).Add("报警称").One("其年迈的父亲外出未归", "其钥匙锁在车内", "有人员醉倒在路边", "其孩子与家人走散", "家中老人突发疾病").Add("，请求民警帮助。民警到场").One("后协助找到当事人。", "后协助联系家属。", "后拨打120将其送医。");
                break;
            case "诈骗":
                c.Add("被害人").Add(f.Subject).Add("报称，其在网上").One("刷单返利", "购买游戏装备", "办理贷款", "投资理财").Add("时被骗").Add(ChineseFormat.Yuan(c.Rng.Between(5, 800) * 100m)).Add("。已立案侦查。");
                break;
            case "赌博":
                c.Add("民警在").Add(f.Place).Add("查获一起以麻将形式进行的赌博活动，现场查获赌资").Add(ChineseFormat.Yuan(c.Rng.Between(5, 60) * 100m)).Add("，违法人员").Add(f.Subject).Add("等人被依法处理。");
                break;
            case "吸毒":
                c.Add("民警在").Add(f.Place).Add("查获吸毒人员").Add(f.Subject).Add("，经尿检呈甲基苯丙胺阳性，").Add(f.Subject).Add("对吸食毒品的违法事实供认不讳，依法予以行政拘留。");
                break;
            case "噪音扰民":
                c.Add(f.Subject).Add("报警称").Add(f.Place).Add("深夜噪音扰民，民警到场后责令").One("经营者降低音量。", "当事人停止喧哗。");
                break;
            default:
                c.Add(f.Subject).Add("驾驶机动车行驶至").Add(f.Place).Add("时被查获，").One("经呼气酒精检测，结果为", "经血液检测，血液中乙醇含量为").Add(c.Rng.Between(20, 200).ToString(CultureInfo.InvariantCulture)).Add("mg/100ml。");
                break;
        }

        return c.Take();
    }

    /// <summary>How a seized nitrous-oxide item is written in a summary, and in the structured seized-item column.</summary>
    public static (string Text, string Item) Goods(Composer c, bool paraphrase) => paraphrase
        ? c.Rng.Pick([("“快乐气”钢瓶", "金属气瓶"), ("银色小钢瓶（俗称“嗨气”）", "金属小钢瓶"), ("大罐“气”", "金属气罐"), ("打气球用的小钢瓶", "金属小钢瓶")])
        : c.Rng.Pick([("“笑气”钢瓶", "笑气钢瓶"), ("一氧化二氮气瓶", "一氧化二氮气瓶"), ("奶油气弹", "奶油气弹"), ("“笑气”（一氧化二氮）钢瓶", "笑气钢瓶")]);

    /// <summary>A seller caught selling nitrous oxide (an individual online seller or a shop), with or without keywords.</summary>
    public static string Sale(Composer c, PoliceFacts f, bool paraphrase, bool toMinors)
    {
        c.Add(Time(c, f.When)).Add('，');
        var goods = f.Item ?? (paraphrase ? "银色小钢瓶" : "“笑气”钢瓶");
        c.One("民警接群众举报，", "民警在工作中发现，", "经前期侦查，").Add(f.Subject).Add("在未取得危险化学品经营许可的情况下，").One("通过微信朋友圈", "通过网络平台", "在其经营的店铺内", "以快递方式").Add("向他人")
            .Add(paraphrase ? "兜售" : "销售").Add(goods).Add("。当日民警在").Add(f.Place).Add("将其查获，现场查获").Add(goods).Add(f.Quantity ?? "若干").Add("。");
        if (toMinors)
        {
            c.Add("经查，购买人中有在校学生及未成年人，").Add(paraphrase ? "购买后用于“打气球”吸入取乐。" : "购买后用于吸食。");
        }

        c.One("现已依法立案侦查。", "案件正在进一步办理中。", "涉案物品已依法扣押。").Add(paraphrase ? "" : "涉嫌非法经营。");
        return c.Take();
    }

    /// <summary>A vehicle stopped with nitrous-oxide cylinders aboard.</summary>
    public static string Transport(Composer c, PoliceFacts f, bool paraphrase)
    {
        c.Add(Time(c, f.When)).Add("，民警在").Add(f.Place).Add("依法检查一辆").Add(f.Plate is null ? "小型轿车" : "号牌为" + f.Plate + "的车辆").Add("，驾驶人").Add(f.Subject).Add("。");
        c.Add("民警在车内").One("后备箱", "货厢", "后排座位").Add("发现大量").Add(f.Item ?? (paraphrase ? "银色金属小钢瓶" : "“笑气”钢瓶")).Add(f.Quantity ?? "").Add("，").Add(f.Subject)
            .One("无法提供危险货物道路运输相关手续。", "称受他人雇佣运输，未取得危险货物运输资质。", "称系帮朋友捎带，对货物来源不能作出合理说明。")
            .Add(paraphrase ? "涉案物品已扣押，" : "涉嫌非法运输危险物质，").Add("案件正在进一步调查中。");
        return c.Take();
    }

    /// <summary>Use at a venue (a KTV room, a bar, a hotel room, an internet café) or in the street, by youths or minors.</summary>
    public static string Use(Composer c, PoliceFacts f, bool paraphrase, bool minors)
    {
        c.Add(Time(c, f.When)).Add("，").One("接群众报警称，", "民警巡查时发现，", "接报警称，").Add(f.Place).Add(minors ? c.Rng.Pick(["有几名未成年人", "有数名学生模样的青少年", "有未成年人"]) : "有人")
            .Add(paraphrase ? c.Rng.Pick(["在“嗨气”", "用气球“打气球”", "吸“快乐气球”", "对着气球吸气取乐"]) : c.Rng.Pick(["吸食“笑气”", "吸食一氧化二氮", "用气球吸食笑气"])).Add("。民警到场后，");
        c.Add("现场查获").Add(paraphrase ? "金属小钢瓶" : "“笑气”钢瓶").Add(f.Quantity ?? "若干").Add("、气球一包。经查，").Add(f.Subject).Add(minors ? "等人系未成年人，" : "等人").Add(paraphrase ? "吸入后出现头晕等症状。" : "对吸食笑气的事实供认不讳。")
            .Add(minors ? c.Rng.Pick(["民警已通知其监护人到场，并对其进行批评教育。", "已联系监护人领回并责令严加管教。"]) : "民警对其进行了批评教育。");
        if (f.Other is { } seller)
        {
            c.Add("据其交代，").Add(paraphrase ? "气瓶" : "笑气").Add("系从").Add(seller).Add("处购买。");
        }

        return c.Take();
    }

    /// <summary>Innocent uses of the keywords: a hospital, a bakery, an airsoft toy, party balloons.</summary>
    public static string Innocent(Composer c, PoliceFacts f, string kind)
    {
        c.Add(Time(c, f.When)).Add('，');
        switch (kind)
        {
            case "hospital":
                c.Add(f.Subject).Add("报警称，其家属在").Add(f.Place).Add("口腔科接受").One("笑气镇静治疗", "笑气（氧化亚氮）吸入镇静下的拔牙手术", "舒适化诊疗（吸入笑气镇静）").Add("后出现不适，与医院发生纠纷。民警到场了解，医院称医用笑气由持证气体公司配送运输，使用符合诊疗规范。已引导双方通过医疗纠纷调解委员会解决。");
                break;
            case "bakery":
                c.Add(f.Place).Add("经营者").Add(f.Subject).Add("报警称，店内用于制作奶油的").One("奶油气弹", "食品级奶油气弹（一氧化二氮）", "奶油发泡气弹").Add("两箱被盗。该店系从持证供应商处正规采购，用于裱花奶油打发，不对外销售。民警已调取监控，正在侦查。");
                break;
            case "airsoft":
                c.Add("民警在").Add(f.Place).Add("检查时发现，").Add(f.Subject).Add("在其经营的玩具店内销售").One("水弹枪及配套气弹", "仿真玩具枪用气弹", "软弹枪气弹罐").Add("。经鉴定，涉案玩具枪不属于枪支，民警责令其下架整改。");
                break;
            default:
                c.Add(f.Subject).Add("在").Add(f.Place).Add("经营的派对用品店销售“网红笑气球”，民警检查发现所谓“笑气球”实为充装氦气的普通气球，不含一氧化二氮，已责令其规范商品名称，避免误导。");
                break;
        }

        return c.Take();
    }
}
