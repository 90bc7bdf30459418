using System.Globalization;

namespace SupervisionModels.Datasets.Generator.Text;

/// <summary>How a case summary speaks of the victim's circumstances.</summary>
internal enum HardshipMention
{
    /// <summary>Not at all.</summary>
    None,

    /// <summary>In the words the screening looks for (家庭困难, 低保, 无力支付…).</summary>
    Keywords,

    /// <summary>The same hardship in other words (靠亲戚接济, 东拼西凑, 揭不开锅).</summary>
    Paraphrase,

    /// <summary>The words, but about the suspect or in another sense (犯罪嫌疑人系低保户, 送往救助站).</summary>
    Innocent,

    /// <summary>
    /// Hardship in the words the screening looks for, caused by the case, and the victim on no register yet (尚未纳入低保):
    /// hard data's text-only victims, whom no register join can find.
    /// </summary>
    Unlisted,
}

/// <summary>The facts a procuratorate case summary is written from.</summary>
internal sealed record CaseFacts(string Charge, DateOnly When, string Place, string Suspect, string Victim, string Injury, decimal Loss, string Paid, string Fault, bool Deceased, string? Relative);

/// <summary>Case summaries (案情摘要) of the procuratorate's case system.</summary>
internal static class ProcuratorateText
{
    public static string Summary(Composer c, CaseFacts f, HardshipMention hardship)
    {
        var time = string.Create(CultureInfo.InvariantCulture, $"{ChineseFormat.Date(f.When)}{c.Rng.Between(6, 23)}时许");
        c.Add(time).Add("，");
        switch (f.Charge)
        {
            case "故意伤害罪":
                c.Add("犯罪嫌疑人").Add(f.Suspect).Add("在").Add(f.Place).Add("因").One("宅基地纠纷", "琐事", "土地承包纠纷", "债务纠纷", "邻里矛盾").Add("与被害人").Add(f.Victim).Add("发生争执，");
                c.Add(f.Fault == "重大" ? "双方相互厮打，" : f.Fault == "一般" ? "被害人先动手推搡，" : "").Add("犯罪嫌疑人").Add(f.Suspect).One("持木棍击打", "持铁锨击打", "用拳脚殴打", "持砖块击打").Add("被害人").One("头部", "腿部", "胸部", "面部").Add("，致其").Add(Wound(c, f)).Add("。");
                break;
            case "交通肇事罪":
                c.Add("犯罪嫌疑人").Add(f.Suspect).Add("驾驶").One("重型货车", "小型轿车", "农用三轮车").Add("行驶至").Add(f.Place).Add("时，与被害人").Add(f.Victim).Add("驾驶的").One("电动自行车", "两轮摩托车", "电动三轮车").Add("相撞，致").Add(f.Victim).Add(Wound(c, f)).Add("。经交警部门认定，犯罪嫌疑人负事故").One("全部责任", "主要责任").Add("。").Maybe(0.4, "犯罪嫌疑人肇事后驾车逃逸。");
                break;
            case "诈骗罪":
                c.Add("犯罪嫌疑人").Add(f.Suspect).Add("以").One("帮助办理养老保险", "高息借款", "购买保健品返利", "代为办理低息贷款").Add("为由，骗取被害人").Add(f.Victim).Add("人民币").Add(ChineseFormat.Yuan(f.Loss)).Add("，").One("赃款已被挥霍。", "赃款去向不明。", "赃款已大部分挥霍。");
                break;
            case "抢劫罪":
                c.Add("犯罪嫌疑人").Add(f.Suspect).Add("在").Add(f.Place).Add("持刀抢劫被害人").Add(f.Victim).Add("现金").Add(ChineseFormat.Yuan(f.Loss)).Add("，并致其").Add(Wound(c, f)).Add("。");
                break;
            case "过失致人死亡罪":
                c.Add("犯罪嫌疑人").Add(f.Suspect).Add("在").Add(f.Place).Add("施工时违规操作，致被害人").Add(f.Victim).Add("坠落受伤，经抢救无效死亡。");
                break;
            case "盗窃罪":
                c.Add("犯罪嫌疑人").Add(f.Suspect).Add("窜至").Add(f.Place).Add("，盗窃被害人").Add(f.Victim).Add("的").One("耕牛一头", "电动三轮车一辆", "现金", "电缆线", "粮食").Add("，价值人民币").Add(ChineseFormat.Yuan(f.Loss)).Add("。");
                break;
            case "寻衅滋事罪":
                c.Add("犯罪嫌疑人").Add(f.Suspect).Add("酒后在").Add(f.Place).Add("无故滋事，随意殴打被害人").Add(f.Victim).Add("，致其").Add(Wound(c, f)).Add("。");
                break;
            default:
                c.Add("犯罪嫌疑人").Add(f.Suspect).Add("醉酒驾驶机动车行驶至").Add(f.Place).Add("时被查获，经检测血液中乙醇含量为").Add(c.Rng.Between(85, 240).ToString(CultureInfo.InvariantCulture)).Add("mg/100ml。");
                break;
        }

        if (f.Deceased && f.Relative is { } relative)
        {
            c.Add("被害人").Add(f.Victim).Add("系家中主要劳动力，其").One("妻子", "母亲", "女儿").Add(relative).Add("为其近亲属。");
        }

        c.Add(f.Paid switch
        {
            "全额赔偿" => c.Rng.Pick(["案发后，犯罪嫌疑人家属代为赔偿被害人全部经济损失，双方达成刑事和解，被害人出具谅解书。", "犯罪嫌疑人已赔偿被害人全部损失并取得谅解。", "肇事车辆投保的保险公司已赔付全部损失。"]),
            "部分赔偿" => c.Rng.Pick(["犯罪嫌疑人仅赔偿被害人部分医疗费，余款至今未付。", "犯罪嫌疑人家属赔偿了部分费用，其余损失因其家中无财产未能赔偿。"]),
            "无赔偿能力" => c.Rng.Pick(["犯罪嫌疑人家庭经济状况差，名下无可供执行的财产，无力赔偿被害人损失。", "犯罪嫌疑人系外地务工人员，名下无财产，附带民事判决无法执行。"]),
            _ => f.Charge is "危险驾驶罪" ? "" : c.Rng.Pick(["截至审查起诉时，犯罪嫌疑人未对被害人作出任何赔偿。", "犯罪嫌疑人及其家属拒绝赔偿被害人的经济损失。", "案发后犯罪嫌疑人至今未赔偿。"]),
        });

        switch (hardship)
        {
            case HardshipMention.Keywords:
                c.Add(c.Rng.Pick([
                    "经了解，被害人家庭困难，系农村低保户，后续治疗费用无力支付。",
                    "被害人受伤后丧失劳动能力，家庭生活困难，至今未获赔偿。",
                    "被害人因伤致贫，其家庭被认定为防返贫监测对象，医疗费无力支付。",
                    "被害人系持证残疾人，家庭生活困难，亟需救助。",
                    "被害人家中老人患病、子女年幼，家庭困难，依靠低保维持生活。",
                ]));
                break;
            case HardshipMention.Unlisted:
                c.Add(c.Rng.Pick([
                    "被害人受伤后丧失劳动能力，家中再无经济来源，生活困难，尚未纳入低保等救助范围。",
                    "被害人因伤致贫，后续治疗费用无力承担，目前未享受任何社会救助。",
                    "经走访，被害人家庭因案陷入困难，医疗费无力支付，尚未纳入任何困难群体名单。",
                    "被害人一家因本案生活困难，欠下医疗费数万元无力支付，尚未申请低保。",
                ]));
                break;
            case HardshipMention.Paraphrase:
                c.Add(c.Rng.Pick([
                    "经走访，被害人家中仅靠几亩薄田维持，受伤后家里没了收入来源，治疗的钱都是向亲戚东拼西凑借来的，至今仍欠医院数万元。",
                    "被害人一家老小靠其一人打零工养活，出事后家里揭不开锅，孩子险些辍学，全靠邻里接济度日。",
                    "被害人受伤后长期卧床，生活不能自理，家中只剩年迈的母亲照顾，日子过得十分艰难，看病的钱都拿不出来。",
                ]));
                break;
            case HardshipMention.Innocent:
                c.Add(c.Rng.Pick([
                    "经查，犯罪嫌疑人系农村低保户，平时生活困难。",
                    "犯罪嫌疑人供述其因生活困难、欠债较多而实施犯罪。",
                    "案发当晚，民警将醉酒的犯罪嫌疑人送往救助站后依法处置。",
                    "犯罪嫌疑人本人系肢体残疾，无固定收入。",
                ]));
                break;
            default:
                break;
        }

        return c.Take();
    }

    private static string Wound(Composer c, CaseFacts f) => f.Injury switch
    {
        "死亡" => "经抢救无效死亡",
        "重伤一级" or "重伤二级" => c.Rng.Pick(["颅骨骨折、硬膜下血肿", "脾脏破裂被切除", "腰椎骨折伴截瘫", "多发肋骨骨折伴血气胸"]) + "，经鉴定为" + f.Injury,
        "轻伤一级" or "轻伤二级" => c.Rng.Pick(["鼻骨骨折", "肋骨骨折", "手指骨折", "头皮裂伤"]) + "，经鉴定为" + f.Injury,
        "轻微伤" => "面部挫伤，经鉴定为轻微伤",
        _ => "受伤",
    };
}
