using System.Globalization;
using SupervisionModels.Datasets.Generator.Text;

namespace SupervisionModels.Datasets.Generator.NitrousOxide;

/// <summary>A street name or odd spelling of nitrous oxide, as a summary writes it and as the seized-item column does.</summary>
/// <param name="Word">The word itself (笑笑气, 嗨气, N₂O…).</param>
/// <param name="Goods">The seized goods in the summary.</param>
/// <param name="Item">The structured seized-item column.</param>
internal sealed record SlangTerm(string Word, string Goods, string Item)
{
    /// <summary>
    /// The names officers actually type: street names, and the chemical formula with a subscript two or in full-width
    /// characters (pasted from a lab report or typed with a Chinese input method), which an ordinal "N2O" misses.
    /// </summary>
    public static readonly IReadOnlyList<SlangTerm> All =
    [
        new("笑笑气", "“笑笑气”钢瓶", "金属气瓶"),
        new("嗨气", "“嗨气”小钢瓶", "金属小钢瓶"),
        new("气弹", "气弹", "气弹"),
        new("奶油气弹", "奶油气弹（大罐装）", "奶油气弹"),
        new("N₂O", "N₂O气瓶", "N₂O气瓶"),
        new("Ｎ２Ｏ", "Ｎ２Ｏ钢瓶", "Ｎ２Ｏ钢瓶"),
    ];
}

/// <summary>A drug other than nitrous oxide, as a summary names it and how it is taken.</summary>
internal sealed record OtherDrug(string Name, string Street, string Taking, string Test, string Paraphernalia);

/// <summary>
/// The hard difficulty's police summaries: inhalation written in slang, ordinary drug cases (which are not the model's
/// business however much they look like its incidents), and lawful users of nitrous oxide in several situations.
/// </summary>
internal static class HardPoliceText
{
    public static readonly IReadOnlyList<OtherDrug> Drugs =
    [
        new("甲基苯丙胺", "冰毒", "用自制吸壶烫吸", "甲基苯丙胺", "吸壶、锡箔纸"),
        new("海洛因", "海洛因", "以锡箔纸烫吸", "吗啡", "锡箔纸、打火机"),
        new("氯胺酮", "K粉", "以鼻吸方式吸食", "氯胺酮", "吸管、银行卡"),
        new("大麻", "大麻烟", "卷烟吸食", "四氢大麻酚", "卷烟纸、烟嘴"),
    ];

    private static string Time(Composer c, DateTime t) =>
        string.Create(CultureInfo.InvariantCulture, $"{t.Year}年{t.Month}月{t.Day}日{t.Hour}时{(c.Chance(0.5) ? "许" : t.Minute.ToString(CultureInfo.InvariantCulture) + "分")}");

    /// <summary>Inhalation by minors (or youths) at a place, the substance named only by <paramref name="slang"/>.</summary>
    public static string SlangUse(Composer c, PoliceFacts f, SlangTerm slang, bool minors)
    {
        c.Add(Time(c, f.When)).Add("，");
        switch (c.Rng.Next(3))
        {
            case 0:
                c.One("接群众报警称，", "接110指令称，").Add(f.Place).Add(minors ? c.Rng.Pick(["有几名未成年人", "有数名学生模样的青少年"]) : "有数名青年").Add("聚集吸食").Add(slang.Word).Add("。民警到场后，现场查获").Add(slang.Goods).Add(f.Quantity ?? "若干").Add("及气球若干。");
                c.Add("经询问，").Add(f.Subject).Add(minors ? "等人均系未成年人，" : "等人").Add("对吸食").Add(slang.Word).Add("的事实供认不讳。");
                break;
            case 1:
                c.Add("民警巡逻至").Add(f.Place).Add("时，发现").Add(f.Subject).Add("等").Add(minors ? "数名未成年人" : "数人").Add("手持气球反复吸入，地面散落").Add(slang.Goods).Add(f.Quantity ?? "数个").Add("。");
                c.Add(f.Subject).Add("称该气体系“").Add(slang.Word).Add("”，吸入后有短暂眩晕、兴奋感。");
                break;
            default:
                c.Add(f.Subject).Add("的家长报警称，其孩子近期多次在").Add(f.Place).Add("与同学吸食").Add(slang.Word).Add("，并在其书包内发现").Add(slang.Goods).Add("。民警到场核实，").Add(f.Subject).Add("承认与他人共同吸入").Add(slang.Word).Add("取乐。");
                break;
        }

        c.Add(minors ? c.Rng.Pick(["民警已通知其监护人到场，并对其进行批评教育。", "已联系监护人领回并责令严加管教，同时通报学校。", "民警对其进行训诫，并责令监护人严加看管。"]) : "民警对其进行了批评教育。");
        if (f.Other is { } seller)
        {
            c.Add("据").Add(f.Subject).Add("交代，").Add(slang.Word).Add(c.Rng.Pick(["系从", "是在网上从", "系通过微信从"])).Add(seller).Add("处购买。");
        }

        return c.Take();
    }

    /// <summary>A drug case that looks like an inhalation incident: the same places, minors, night, "吸食" — but another drug.</summary>
    /// <param name="negatedMention">The officer records that no 笑气 was found: a mention of the substance that is not one.</param>
    public static string DrugUse(Composer c, PoliceFacts f, OtherDrug drug, bool minors, bool negatedMention)
    {
        c.Add(Time(c, f.When)).Add("，");
        switch (c.Rng.Next(3))
        {
            case 0:
                c.One("民警接群众举报，", "民警根据线索，", "接报警称，").Add(f.Place).Add("有人聚众吸毒。民警到场后，当场查获").Add(f.Subject).Add("等").Add(minors ? "人（其中有未成年人）" : "人").Add("，现场查获").Add(drug.Street).Add(c.Rng.Between(1, 9).ToString(CultureInfo.InvariantCulture)).Add("克及").Add(drug.Paraphernalia).Add("等吸毒工具。");
                break;
            case 1:
                c.Add("民警在").Add(f.Place).Add("开展清查行动时，发现").Add(f.Subject).Add("等人").Add(drug.Taking).Add(drug.Street).Add("，").Add("现场查获").Add(drug.Paraphernalia).Add("。");
                break;
            default:
                c.Add("民警对").Add(f.Place).Add("进行检查，发现").Add(f.Subject).Add("神情异常，经现场尿液检测，").Add(drug.Test).Add("呈阳性。").Add(f.Subject).Add("供述其").Add(drug.Taking).Add(drug.Name).Add("。");
                break;
        }

        if (negatedMention)
        {
            c.One("现场未发现“笑气”钢瓶等其他违禁物品。", "经询问，其否认吸食笑气，现场亦未查获笑气钢瓶。", "现场未查获笑气、气球等物品。");
        }

        c.Add(f.Subject).Add("对吸食").Add(drug.Name).Add("的违法事实供认不讳。");
        c.Add(minors
            ? c.Rng.Pick(["因其系未成年人，依法不执行行政拘留，已通知监护人到场并责令社区戒毒。", "鉴于其系未成年人，已通知其监护人，依法责令接受社区戒毒，并移交专门学校评估。", "已通知监护人，依法给予处罚并责令接受戒毒治疗。"])
            : c.Rng.Pick(["依法予以行政拘留十日。", "依法予以行政拘留，并责令社区戒毒。", "已依法处理。"]));
        return c.Take();
    }

    /// <summary>A lawful user of nitrous oxide in a police record: a dental clinic, a café, a hospital; the use is stated, and is lawful.</summary>
    public static string LawfulUser(Composer c, PoliceFacts f, string kind)
    {
        c.Add(Time(c, f.When)).Add("，");
        switch (kind)
        {
            case "dental":
                c.Add(f.Subject).Add("报警称，其").One("孩子", "母亲", "丈夫").Add("在").Add(f.Place).Add(c.Rng.Pick(["接受笑气镇静下拔牙后", "在氧化亚氮吸入镇静下补牙后", "做舒适化口腔治疗（吸入笑气镇静）后"]))
                    .Add(c.Rng.Pick(["出现恶心、头晕，认为诊所操作不当，双方发生争执。", "对收费有异议，与诊所发生纠纷。"])).Add("民警到场了解，该诊所系依法登记的口腔诊疗机构，医用氧化亚氮由持证企业供应，使用、储存台账齐全。已告知双方通过医疗纠纷调解途径解决。");
                break;
            case "cafe":
                switch (c.Rng.Next(2))
                {
                    case 0:
                        c.Add(f.Place).Add("负责人").Add(f.Subject).Add("报警称，店内后厨存放的").One("奶油气弹", "食品级奶油气弹", "奶油发泡用气弹").Add("一箱被盗。经查，该店系咖啡、甜品店，气弹用于制作奶盖、打发奶油，系从持证供应商处采购，不对外销售。正在调查中。");
                        break;
                    default:
                        c.Add("民警联合市场监管部门对").Add(f.Place).Add("开展检查，该店使用食品级一氧化二氮（奶油气）打发奶油，已办理危险化学品使用登记，采购票据齐全，仅限店内自用、不对外销售，未发现违规。");
                        break;
                }

                break;
            default:
                c.Add("民警在").Add(f.Place).Add("处置一起").One("患者家属与医生的纠纷", "医患纠纷").Add("。经了解，患者在麻醉科接受吸入麻醉（医用氧化亚氮）后").One("苏醒较慢", "出现不适").Add("，家属情绪激动。医院医用气体由持证企业配送，使用符合诊疗规范。经民警调解，双方同意通过医调委解决。");
                break;
        }

        return c.Take();
    }

    /// <summary>
    /// A licensed distributor punished for something other than selling: storage, labels, the ledger's form. The summary
    /// says it sells nitrous oxide — to registered buyers, under its licence.
    /// </summary>
    public static string LicensedDistributorInspected(Composer c, PoliceFacts f)
    {
        c.Add(Time(c, f.When)).Add("，民警联合应急管理部门对").Add(f.Place).Add("开展危险化学品安全检查。").Add(f.Subject).Add("持有危险化学品经营许可证（许可范围含一氧化二氮），");
        c.One("检查发现其仓库内气瓶未按规定设置安全警示标志，", "检查发现其危化品储存场所安全管理制度落实不到位，", "检查发现其销售台账登记不规范、部分购买单位信息填写不全，");
        c.Add("依法予以行政处罚并责令限期整改。经核查，其销售的一氧化二氮").One("均销往登记在册的医院、口腔诊所", "流向为登记的烘焙、餐饮企业及医疗机构", "均为向持有使用登记的单位销售").Add("，未发现向个人或未成年人销售的情况。");
        return c.Take();
    }
}
