using SupervisionModels.Datasets.Generator.Court;
using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.Text.Stories;

/// <summary>机动车交通事故责任纠纷 and 生命权、身体权、健康权纠纷: an injured victim against the driver and the insurer.</summary>
internal sealed class TrafficStory : CivilStory
{
    private readonly bool _traffic;
    private readonly DateOnly _accident;
    private readonly string _place;
    private readonly string _injury;
    private readonly decimal _medical;
    private readonly decimal _total;
    private readonly int _hospitalDays;
    private readonly string _liability;

    public TrafficStory(CaseHeader h, Rng rng, bool traffic)
    {
        _traffic = traffic;
        _accident = h.Filing.AddDays(-rng.Between(90, 700));
        _place = rng.Pick(["国道104线", "省道345线", "人民路与建设路交叉口", "村内道路", "县道", "光明路中段", "高速公路出口附近"]);
        _injury = rng.Pick(["左胫腓骨骨折", "多处软组织挫伤", "右桡骨远端骨折", "颅脑损伤", "肋骨骨折", "腰椎压缩性骨折"]);
        _medical = rng.Amount(20_000, 0.9, 0.01m, 800, 500_000);
        _total = Math.Round(_medical * (decimal)(1.4 + rng.NextDouble()), 2);
        _hospitalDays = rng.Between(3, 60);
        _liability = rng.Pick(["全部责任", "主要责任", "同等责任"]);
        h.Claim = _total;
        h.Awarded = h.IsWithdrawal ? null : Math.Round(_total * (decimal)(0.6 + (rng.NextDouble() * 0.35)), 2);
    }

    public override void Claims(Composer c, CaseHeader h)
    {
        c.Add("原告").Add(h.Plaintiff.ShortName).Add("向本院提出诉讼请求：判令被告赔偿原告医疗费、误工费、护理费、住院伙食补助费、营养费、交通费等各项损失共计").Add(ChineseFormat.Yuan(_total)).Add("。事实和理由：").Date(_accident).Add("，");
        if (_traffic)
        {
            c.Add("被告").Add(h.Defendant.ShortName).Add("驾驶小型轿车沿").Add(_place).Add("行驶时，与原告驾驶的电动自行车相撞，致原告受伤、车辆损坏。经交警部门认定，被告负事故").Add(_liability).Add("。");
        }
        else
        {
            c.Add("原告与被告").Add(h.Defendant.ShortName).Add("因琐事发生争执，被告对原告进行殴打，致原告受伤。");
        }

        c.Add("原告受伤后被送往医院治疗，诊断为").Add(_injury).Add("，住院").Add(_hospitalDays.ToString(System.Globalization.CultureInfo.InvariantCulture)).Add("天，花去医疗费").Add(ChineseFormat.Yuan(_medical)).Add("。").Line();
    }

    protected override string ContestedDefence(Composer c) => c.Rng.Pick([
        "对事故发生及责任认定无异议，但原告主张的误工费、护理费过高，应按照实际发生计算。",
        "被告车辆在保险公司投保了交强险及商业三者险，应由保险公司在保险限额内先行赔付。",
        "原告自身亦有过错，应减轻被告的赔偿责任。",
    ]);

    public override void Findings(Composer c, CaseHeader h)
    {
        Evidence(c, h, _traffic ? ["道路交通事故认定书", "病历、诊断证明及医疗费票据", "误工证明", "保险单"] : ["派出所出具的情况说明", "病历及医疗费票据", "证人证言"]);
        c.Add("经审理查明：").Date(_accident).Add("，").Add(_traffic ? "双方发生交通事故" : "双方发生争执并发生肢体冲突").Add("，原告受伤住院").Add(_hospitalDays.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Add("天，经诊断为").Add(_injury).Add("。原告的合理损失经本院核定为").Add(ChineseFormat.Yuan(h.Awarded ?? _total)).Add('。').Line();
    }

    public override void Reasoning(Composer c, CaseHeader h)
    {
        c.Add("本院认为，行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。");
        if (_traffic)
        {
            c.Add("本次事故经交警部门认定，被告负事故").Add(_liability).Add("，该认定程序合法，本院予以采信。肇事车辆投保了交强险，应由保险公司在交强险责任限额内先行赔偿，不足部分按照责任比例承担。");
        }
        else
        {
            c.Add("被告殴打原告致其受伤，应当对原告的合理损失承担赔偿责任。");
        }

        c.Line();
        Basis(c, h, Laws.Tort(h.Decided));
    }

    public override void Orders(Composer c, CaseHeader h)
    {
        c.Add("一、被告").Add(h.Defendant.ShortName).Add("于本判决生效之日起十日内赔偿原告").Add(h.Plaintiff.ShortName).Add("各项损失").Add(ChineseFormat.Yuan(h.Awarded ?? 0m)).Add("；").Line()
            .Add("二、驳回原告的其他诉讼请求。").Line();
        DelayClause(c, h);
    }
}
