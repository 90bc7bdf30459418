using System.Globalization;
using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.Text;

/// <summary>The facts of background criminal cases, per charge, with their own details.</summary>
internal static class CriminalFacts
{
    public static Action<Composer> For(Charge charge, string accused, string? victim, DateOnly when, string place, Rng rng)
    {
        var time = string.Create(CultureInfo.InvariantCulture, $"{ChineseFormat.Date(when)}{rng.Between(0, 23)}时许");
        var v = victim ?? "被害人";
        var amount = rng.Amount(6_000, 1.0, 1, 500, 400_000);
        var alcohol = rng.Between(82, 260);
        var facts = charge.Name switch
        {
            "危险驾驶罪" => $"{time}，被告人{accused}饮酒后驾驶小型轿车行驶至{place}时，被执勤民警查获。经鉴定，被告人{accused}血液中乙醇含量为{alcohol}毫克/100毫升。",
            "盗窃罪" => $"{time}，被告人{accused}窜至{place}，趁无人之机，{rng.Pick(["撬锁进入室内", "翻越院墙进入院内", "拉开车门"])}，盗窃{rng.Pick(["现金", "手机两部", "电动车一辆", "电缆线", "金项链一条"])}，经鉴定价值人民币{ChineseFormat.Yuan(amount)}。赃物已追回并发还被害人。",
            "故意伤害罪" => $"{time}，被告人{accused}在{place}因{rng.Pick(["琐事", "邻里纠纷", "债务纠纷", "停车问题"])}与{v}发生争执，后持{rng.Pick(["木棍", "砖块", "拳脚"])}殴打{v}，致其受伤。经鉴定，{v}的损伤程度为{rng.Pick(["轻伤二级", "轻伤一级"])}。",
            "诈骗罪" => $"{ChineseFormat.Month(when)}以来，被告人{accused}以{rng.Pick(["帮助办理贷款", "投资理财高额回报", "代办工作", "低价出售货物"])}为由，骗取{v}人民币{ChineseFormat.Yuan(amount)}，所得款项用于个人消费。",
            "帮助信息网络犯罪活动罪" => $"{ChineseFormat.Month(when)}，被告人{accused}明知他人利用信息网络实施犯罪，仍将其办理的银行卡{rng.Between(2, 6)}张出租、出售给他人使用，经查，上述银行卡支付结算金额共计人民币{ChineseFormat.Yuan(amount * 30)}。",
            "交通肇事罪" => $"{time}，被告人{accused}驾驶重型货车沿{place}行驶时，未注意观察路面情况，与{v}驾驶的电动三轮车相撞，致{v}受伤经抢救无效死亡。经交警部门认定，被告人{accused}负事故主要责任。",
            "开设赌场罪" => $"{ChineseFormat.Month(when)}至案发，被告人{accused}在{place}一民房内设置麻将机{rng.Between(2, 8)}台，组织他人赌博并从中抽头渔利，共计获利人民币{ChineseFormat.Yuan(amount)}。",
            "寻衅滋事罪" => $"{time}，被告人{accused}酒后在{place}无故滋事，随意殴打他人，并毁损店内财物，情节恶劣。",
            "掩饰、隐瞒犯罪所得罪" => $"{ChineseFormat.Month(when)}，被告人{accused}明知是他人盗窃所得的{rng.Pick(["电缆", "电动车", "手机", "废旧金属"])}，仍予以收购，收购金额共计人民币{ChineseFormat.Yuan(amount)}。",
            "拒不执行判决、裁定罪" => $"被告人{accused}在本院作出的民事判决生效后，对判决确定的给付义务有能力执行而拒不执行，并将名下车辆转让他人，致使判决无法执行，情节严重。",
            "非法经营罪" => $"{ChineseFormat.Month(when)}至案发，被告人{accused}在未取得烟草专卖零售许可证的情况下，在{place}非法经营卷烟，经营数额共计人民币{ChineseFormat.Yuan(amount * 10)}。",
            "容留他人吸毒罪" => $"{time}，被告人{accused}在其位于{place}的住处，容留他人吸食毒品甲基苯丙胺，被公安机关当场查获。",
            _ => throw new ArgumentOutOfRangeException(nameof(charge), charge.Name, "No facts template for this charge."),
        };
        return c => c.Add(facts);
    }
}
