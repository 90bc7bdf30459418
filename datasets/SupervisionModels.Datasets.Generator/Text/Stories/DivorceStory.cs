using SupervisionModels.Datasets.Generator.Court;
using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.Text.Stories;

/// <summary>离婚纠纷: marriage, children, property; granted, refused or settled.</summary>
internal sealed class DivorceStory : CivilStory
{
    private readonly DateOnly _married;
    private readonly string _child;
    private readonly bool _granted;

    public DivorceStory(CaseHeader h, Rng rng)
    {
        _married = h.Filing.AddDays(-rng.Between(700, 9000));
        _child = rng.Pick(["婚后育有一子", "婚后育有一女", "婚后育有一子一女", "婚后未生育子女"]);
        _granted = rng.Chance(0.6);
        h.Claim = null;
        h.Awarded = null;
        h.Fee = rng.Pick([150m, 200m, 300m]);
    }

    public override void Claims(Composer c, CaseHeader h)
    {
        c.Add("原告").Add(h.Plaintiff.ShortName).Add("向本院提出诉讼请求：1.判令原、被告离婚；2.").Add(_child.Contains("未生育", StringComparison.Ordinal) ? "依法分割夫妻共同财产" : "婚生子女由原告抚养，被告支付抚养费")
            .Add("；3.诉讼费由被告负担。事实和理由：原、被告经人介绍相识，于").Date(_married).Add("登记结婚，").Add(_child).Add("。婚后双方因").One("性格不合", "家庭琐事", "被告长期在外务工不顾家", "经济问题").Add("经常发生争吵，")
            .One("夫妻感情确已破裂。", "自" + ChineseFormat.Month(h.Filing.AddDays(-400)) + "起分居至今，夫妻感情已经破裂。").Line();
    }

    protected override string ContestedDefence(Composer c) => c.Rng.Pick(["双方感情尚未破裂，不同意离婚。", "同意离婚，但要求抚养子女。", "同意离婚，但原告主张的财产分割方案不合理。"]);

    public override void Findings(Composer c, CaseHeader h)
    {
        c.Add("经审理查明：原、被告于").Date(_married).Add("登记结婚，").Add(_child).Add("。").One("婚后双方感情一般。", "婚后初期感情尚可，后因琐事产生矛盾。").Line();
    }

    public override void Reasoning(Composer c, CaseHeader h)
    {
        c.Add("本院认为，").Add(_granted ? "夫妻感情确已破裂，调解无效的，应当准予离婚。原、被告长期分居，感情确已破裂，原告要求离婚，本院予以准许。" : "原、被告婚姻基础较好，虽因琐事产生矛盾，但夫妻感情尚未完全破裂，双方应珍惜婚姻，互谅互让。原告要求离婚的理由不足，本院不予支持。").Line();
        Basis(c, h, Laws.Divorce(h.Decided));
    }

    public override void Orders(Composer c, CaseHeader h)
    {
        c.Add(_granted ? "准予原告" + h.Plaintiff.ShortName + "与被告" + h.Defendant.ShortName + "离婚。" : "不准原告" + h.Plaintiff.ShortName + "与被告" + h.Defendant.ShortName + "离婚。").Line();
    }

    public override void Agreement(Composer c, CaseHeader h)
    {
        c.Add("一、原告").Add(h.Plaintiff.ShortName).Add("与被告").Add(h.Defendant.ShortName).Add("自愿离婚；").Line().Add("二、").Add(_child.Contains("未生育", StringComparison.Ordinal) ? "双方无共同财产争议" : "婚生子女随原告生活，被告每月支付抚养费800元").Add("。").Line();
    }
}
