using SupervisionModels.Datasets.Generator.Court;
using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.Text.Stories;

/// <summary>民间借贷纠纷 (and 借款合同纠纷 between private parties): a loan evidenced by an IOU and a transfer.</summary>
internal sealed class PrivateLoanStory : CivilStory
{
    private readonly decimal _principal;
    private readonly decimal _repaid;
    private readonly DateOnly _loanDate;
    private readonly string _means;
    private readonly string _rate;
    private readonly string _iou;
    private readonly string _purpose;
    private readonly bool _guarantor;

    public PrivateLoanStory(CaseHeader h, Rng rng)
    {
        _principal = rng.Amount(50_000, 0.9, 1000, 5_000, 2_000_000);
        _repaid = rng.Chance(0.25) ? Math.Round(_principal * (decimal)(0.1 + (rng.NextDouble() * 0.4)) / 1000) * 1000 : 0;
        _loanDate = h.Filing.AddDays(-rng.Between(120, 1500));
        _means = rng.Pick(["通过银行转账方式", "通过微信转账方式", "以现金方式", "通过支付宝转账", "通过手机银行转账"]);
        _rate = rng.Pick(["月利率1%", "月息1分", "年利率6%", "年利率12%", "未约定利息", "月利率1.5%"]);
        _iou = rng.Pick(["借条", "欠条", "借款合同", "借据"]);
        _purpose = rng.Pick(["资金周转", "经营需要", "购买车辆", "装修房屋", "偿还他人欠款", "承包土地", "孩子上学"]);
        _guarantor = rng.Chance(0.15);
        h.Claim = _principal - _repaid;
        h.Awarded = h.IsWithdrawal ? null : h.IsMediation ? Math.Round(h.Claim.Value * (decimal)(0.8 + (rng.NextDouble() * 0.2)) / 100) * 100 : h.Claim;
    }

    public override void Claims(Composer c, CaseHeader h)
    {
        var p = h.Plaintiff.ShortName;
        var d = h.Defendant.ShortName;
        c.Add("原告").Add(p).One("向本院提出诉讼请求：", "诉称，请求判令：", "起诉请求：", "向本院起诉，请求：").Add("1.被告").Add(d).Add("偿还借款本金").Yuan(h.Claim ?? 0m)
            .One("及利息", "并支付自起诉之日起至实际清偿之日止的利息", "及逾期利息").Add("；2.本案诉讼费用由被告负担。")
            .One("事实和理由：", "事实与理由：", "主要事实和理由：").Date(_loanDate).Add("，被告").Add(d).Add("因").Add(_purpose).Add("向原告借款").Yuan(_principal).Add("，原告").Add(_means).Add("将款项交付被告，被告向原告出具")
            .Add(_iou).One("一份", "一张").Add("，约定").Add(_rate).Add("，借款期限").One("一年", "六个月", "三个月", "两年").Add('。');
        if (_repaid > 0)
        {
            c.Add("此后被告陆续偿还").Yuan(_repaid).Add("，余款");
        }
        else
        {
            c.Add("借款到期后，");
        }

        c.One("经原告多次催要，被告至今未还。", "原告多次催要未果。", "被告以各种理由推脱，拒不偿还。", "其间原告通过电话、微信多次催收，被告均以手头紧张为由拖延。");
        if (c.Chance(0.3))
        {
            c.Add("被告曾于").Date(h.Filing.AddDays(-c.Rng.Between(30, 200))).One("出具还款承诺书", "在微信中承诺", "当面承诺").Add("分期归还，但均未兑现。");
        }

        c.One("为维护原告合法权益，特诉至法院。", "故原告诉至法院，望判如所请。", "为此，原告依法提起诉讼。").Line();
    }

    public override void Findings(Composer c, CaseHeader h)
    {
        Evidence(c, h, [_iou + "一份，证明借款事实及约定", (_means.Contains("现金", StringComparison.Ordinal) ? "证人证言" : "转账凭证") + "，证明原告已交付借款", "催款的微信聊天记录截图"]);
        c.Add("经审理查明：").Date(_loanDate).Add("，被告").Add(h.Defendant.ShortName).Add("向原告").Add(h.Plaintiff.ShortName).Add("借款").Yuan(_principal).Add("，并出具").Add(_iou).Add("一份，载明：“今借到").Add(h.Plaintiff.ShortName)
            .Add("现金").Add(ChineseFormat.Capital(_principal)).Add("（￥").Add(ChineseFormat.Yuan(_principal)).Add("）”。");
        if (_guarantor)
        {
            c.Add("借条担保人处有案外人签名。");
        }

        if (_repaid > 0)
        {
            c.Add("被告已偿还").Yuan(_repaid).Add('。');
        }

        c.Add("截至起诉之日，被告尚欠原告借款本金").Yuan(h.Claim ?? 0m).Add("未还。").Line();
    }

    public override void Reasoning(Composer c, CaseHeader h)
    {
        c.Add("本院认为，").One("合法的借贷关系受法律保护。", "依法成立的合同，对当事人具有法律约束力。", "自然人之间的借款合同，自贷款人提供借款时成立。", "当事人对自己提出的诉讼请求所依据的事实，有责任提供证据加以证明。", "借款人应当按照约定的期限返还借款。")
            .Add("原告").Add(h.Plaintiff.ShortName).Add("与被告").Add(h.Defendant.ShortName).Add("之间的借贷关系有").Add(_iou).Add("及转账记录等证据证实，").One("事实清楚，本院予以确认。", "本院予以认定。")
            .Add("被告未按约定偿还借款，").One("应承担相应的民事责任。", "已构成违约，应当承担偿还借款本金及利息的责任。");
        if (_rate == "未约定利息")
        {
            c.Add("双方未约定借期内利息，原告主张自起诉之日起的逾期利息，本院予以支持。");
        }
        else
        {
            c.Add("双方约定的利率未超过法律规定的上限，本院予以支持。");
        }

        c.Line();
        Basis(c, h, Laws.Loan(h.Decided) + "，《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条、第二十八条");
    }

    public override void Orders(Composer c, CaseHeader h)
    {
        c.Add("一、被告").Add(h.Defendant.ShortName).Add("于本判决生效之日起十日内偿还原告").Add(h.Plaintiff.ShortName).Add("借款本金").Yuan(h.Awarded ?? 0m)
            .Add("及利息（以").Add(ChineseFormat.Yuan(h.Awarded ?? 0m)).Add("为基数，自").Date(h.Filing).Add("起至实际清偿之日止，按照同期全国银行间同业拆借中心公布的一年期贷款市场报价利率计算）；").Line()
            .Add("二、驳回原告").Add(h.Plaintiff.ShortName).Add("的其他诉讼请求。").Line();
        DelayClause(c, h);
    }
}
