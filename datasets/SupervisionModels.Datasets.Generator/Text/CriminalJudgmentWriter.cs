using System.Globalization;
using SupervisionModels.Datasets.Generator.Court;
using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.Text;

/// <summary>A charge, its article of the Criminal Law, and how its facts are told.</summary>
internal sealed record Charge(string Name, string Article, double Weight);

/// <summary>Writes criminal first- and second-instance judgments.</summary>
internal static class CriminalJudgmentWriter
{
    public static readonly Charge DangerousDriving = new("危险驾驶罪", "第一百三十三条之一", 25);
    public static readonly Charge Theft = new("盗窃罪", "第二百六十四条", 18);
    public static readonly Charge Assault = new("故意伤害罪", "第二百三十四条", 10);
    public static readonly Charge Fraud = new("诈骗罪", "第二百六十六条", 10);
    public static readonly Charge AidingNetworkCrime = new("帮助信息网络犯罪活动罪", "第二百八十七条之二", 8);
    public static readonly Charge TrafficCasualty = new("交通肇事罪", "第一百三十三条", 5);
    public static readonly Charge Gambling = new("开设赌场罪", "第三百零三条第二款", 4);
    public static readonly Charge Provocation = new("寻衅滋事罪", "第二百九十三条", 5);
    public static readonly Charge Concealment = new("掩饰、隐瞒犯罪所得罪", "第三百一十二条", 4);
    public static readonly Charge RefusingJudgment = new("拒不执行判决、裁定罪", "第三百一十三条", 2);
    public static readonly Charge IllegalBusiness = new("非法经营罪", "第二百二十五条", 3);
    public static readonly Charge HarbouringDrugUse = new("容留他人吸毒罪", "第三百五十四条", 1);

    public static readonly WeightedTable<Charge> Background = new(new[]
    {
        DangerousDriving, Theft, Assault, Fraud, AidingNetworkCrime, TrafficCasualty, Gambling, Provocation, Concealment, RefusingJudgment, IllegalBusiness, HarbouringDrugUse,
    }.Select(c => (c, c.Weight)));

    private static readonly string[] Education = ["小学", "初中", "高中", "中专", "大专"];

    /// <summary>
    /// Writes a first-instance criminal judgment. <paramref name="facts"/> tells what happened (it is written twice: as
    /// charged and as found); <paramref name="mitigation"/> adds the sentencing circumstances.
    /// </summary>
    public static string Write(Composer c, CaseHeader h, Charge charge, Action<Composer> facts, string sentence, string? victimNote = null)
    {
        var accused = h.Defendant;
        var prosecutor = h.Plaintiff.Name;
        JudgmentSkeleton.Head(c, h);
        c.Add("公诉机关").Add(prosecutor).Add('。').Line();
        foreach (var p in h.Parties.Where(p => p.Role == "附带民事诉讼原告人"))
        {
            c.Add("附带民事诉讼原告人").Add(p.Name).Add('，').Add(p.Gender ?? "男").Add('，').Date(p.BirthDate ?? h.Filing.AddYears(-40)).Add("出生，住").Add(p.Address ?? "本县").Add('。').Line();
        }

        c.Add("被告人").Add(accused.Name).Add('，').Add(accused.Gender ?? "男").Add('，').Date(accused.BirthDate ?? h.Filing.AddYears(-35)).Add("出生，汉族，").Add(c.Rng.Pick(Education)).Add("文化，")
            .One("农民", "无业", "个体经营者", "务工人员", "司机").Add("，住").Add(accused.Address ?? "本地").Add('。');
        if (c.Chance(0.2))
        {
            c.Add("曾因").One("盗窃", "赌博", "殴打他人", "酒后驾驶").Add("被行政拘留。");
        }

        var detained = h.Filing.AddDays(-c.Rng.Between(30, 150));
        c.Add("因涉嫌").Add(charge.Name[..^1]).Add("于").Date(detained).One("被刑事拘留，", "被取保候审，", "被公安机关刑事拘留，").Date(detained.AddDays(c.Rng.Between(10, 37))).One("被逮捕。", "被取保候审。", "被监视居住。").Line();
        if (accused.Agent is { } defender)
        {
            c.Add("辩护人").Add(defender).Add('，').Add(accused.AgentFirm ?? "").Add('。').Line();
        }

        var indictmentNo = string.Create(CultureInfo.InvariantCulture, $"{h.Block.Area.CountyShort}检刑诉〔{h.Filing.Year}〕{c.Rng.Between(10, 999)}号");
        c.Add(prosecutor).Add("以").Add(indictmentNo).Add("起诉书指控被告人").Add(accused.Name).Add("犯").Add(charge.Name).Add("，于").Date(h.Filing).Add("向本院提起公诉。本院依法适用")
            .Add(h.Procedure).Add("，").Add(h.Procedure == "普通程序" ? c.Rng.Pick(["组成合议庭，公开开庭审理了本案。", "依法组成合议庭，公开开庭进行了审理。"]) : c.Rng.Pick(["实行独任审判，公开开庭审理了本案。", "由审判员独任审判，公开开庭审理了本案。", "公开开庭审理了本案。"])).Add(prosecutor)
            .Add("指派检察员").Add(Colleague(c)).Add("出庭支持公诉，被告人").Add(accused.Name).Add("到庭参加诉讼。现已审理终结。").Line();
        c.Add("公诉机关指控：");
        facts(c);
        c.Line().Add("公诉机关认为，被告人").Add(accused.Name).Add("的行为已构成").Add(charge.Name).Add("，").One("提请本院依法判处。", "建议判处" + sentence + "。").Line()
            .Add("被告人").Add(accused.Name).One("对指控的事实、罪名及量刑建议没有异议且签字具结，在开庭审理过程中亦无异议。", "对起诉书指控的犯罪事实供认不讳。", "对指控的事实无异议，但辩称其系初犯，请求从轻处罚。").Line();
        c.Add("经审理查明：");
        facts(c);
        c.Line().Add("上述事实，被告人").Add(accused.Name).Add("在开庭审理过程中亦无异议，并有").One("被害人陈述、证人证言、", "书证、证人证言、", "").Add("扣押清单、").One("鉴定意见、", "检验报告、", "").Add("被告人的供述与辩解等证据证实，足以认定。").Line();
        if (victimNote is not null)
        {
            c.Add(victimNote).Line();
        }

        c.Add("本院认为，被告人").Add(accused.Name).Add("的行为已构成").Add(charge.Name).Add("。公诉机关指控的犯罪事实清楚，证据确实、充分，指控的罪名成立。被告人").Add(accused.Name)
            .One("到案后如实供述自己的罪行，系坦白，依法可以从轻处罚。", "自愿认罪认罚，依法可以从宽处理。", "归案后如实供述犯罪事实，认罪态度较好，可酌情从轻处罚。")
            .Add("依照《中华人民共和国刑法》").Add(charge.Article).Add("、第六十七条第三款").Maybe(0.5, "，《中华人民共和国刑事诉讼法》第十五条").Add("之规定，判决如下：").Line()
            .Add("被告人").Add(accused.Name).Add("犯").Add(charge.Name).Add("，判处").Add(sentence).Add('。').Line()
            .Add("（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日。）").Line()
            .Add("如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向").Add(h.Block.Area.IntermediateCourtName).Add("提出上诉。书面上诉的，应当提交上诉状正本一份，副本二份。").Line();
        JudgmentSkeleton.Signature(c, h, h.Procedure == "普通程序");
        return c.Take();
    }

    public static string Sentence(Rng rng, Charge charge)
    {
        if (charge == DangerousDriving)
        {
            return string.Create(CultureInfo.InvariantCulture, $"拘役{rng.Between(1, 5)}个月，并处罚金人民币{rng.Between(2, 20)}000元");
        }

        var months = charge == Assault || charge == Fraud || charge == IllegalBusiness ? rng.Between(6, 48) : rng.Between(4, 30);
        var term = months >= 12 ? string.Create(CultureInfo.InvariantCulture, $"有期徒刑{ChineseFormat.SmallNumber(months / 12)}年{(months % 12 == 0 ? string.Empty : ChineseFormat.SmallNumber(months % 12) + "个月")}") : "有期徒刑" + ChineseFormat.SmallNumber(months) + "个月";
        if (rng.Chance(0.35))
        {
            term += "，缓刑" + ChineseFormat.SmallNumber(rng.Between(1, 3)) + "年";
        }

        return term + (rng.Chance(0.6) ? string.Create(CultureInfo.InvariantCulture, $"，并处罚金人民币{rng.Between(1, 50)}000元") : string.Empty);
    }

    private static string Colleague(Composer c)
    {
        string[] names = ["王晓", "李静", "张敏", "刘洋", "孙磊", "陈娟", "徐涛", "马丽", "高峰", "于洁"];
        return c.Rng.Pick(names);
    }
}
