using SupervisionModels.Datasets.Generator.Court;
using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.Text.Stories;

/// <summary>How a planted fake suit dresses up its claim on a zombie company's plate quota.</summary>
internal enum FakeSuitNarrative
{
    /// <summary>A loan to the company, to be repaid with its scrapped vehicle's plate quota (以车抵债).</summary>
    LoanAgainstQuota,

    /// <summary>A paid-for transfer of a vehicle with its plate quota that was never completed (车辆转让).</summary>
    VehicleTransfer,

    /// <summary>Unpaid freight charges, set off against the company's plate quota (合同纠纷).</summary>
    FreightCharges,
}

/// <summary>
/// The text of a planted fake suit (虚假诉讼): a one-sided story, cash or unverifiable payment, a defendant who is
/// absent or agrees to everything, and the plate quota of a scrapped vehicle as the real target. With
/// <c>paraphrase</c> it tells the same story without any SM0001 keyword (牌照使用权, 旧车, 上牌资格).
/// </summary>
internal sealed class FakeSuitStory : CivilStory
{
    private readonly FakeSuitNarrative _narrative;
    private readonly bool _paraphrase;
    private readonly string _plate;
    private readonly string _vehicle;
    private readonly decimal _amount;
    private readonly DateOnly _dealDate;
    private readonly string _payment;

    public FakeSuitStory(CaseHeader h, Rng rng, FakeSuitNarrative narrative, bool paraphrase, string plate, string vehicleType, decimal amount)
    {
        _narrative = narrative;
        _paraphrase = paraphrase;
        _plate = plate;
        _vehicle = vehicleType;
        _amount = amount;
        _dealDate = h.Filing.AddDays(-rng.Between(90, 700));
        _payment = rng.Pick(["以现金方式", "分多次以现金方式", "通过他人账户转账", "以现金及微信转账方式"]);
        h.Claim = amount;
        h.Awarded = amount;
    }

    /// <summary>The quota in the story's words: 车牌额度/号牌指标 when keywords are allowed, else a paraphrase.</summary>
    private string Quota(Composer c) => _paraphrase
        ? c.Rng.Pick(["牌照使用权", "号牌使用资格", "上牌资格", "车辆号牌的使用权益"])
        : c.Rng.Pick(["车牌额度", "号牌指标", "车牌指标", "号牌额度"]);

    private string OldVehicle(Composer c) => _paraphrase
        ? c.Rng.Pick(["已注销的旧车", "一辆停用多年的旧" + _vehicle, "已不能上路的" + _vehicle])
        : c.Rng.Pick(["报废车", "已报废的" + _vehicle, "达到报废标准的" + _vehicle]);

    public override void Claims(Composer c, CaseHeader h)
    {
        var p = h.Plaintiff.ShortName;
        var d = h.Defendant.ShortName;
        c.Add("原告").Add(p).One("向本院提出诉讼请求：", "诉称，请求判令：").Add("1.被告").Add(d);
        switch (_narrative)
        {
            case FakeSuitNarrative.LoanAgainstQuota:
                c.Add(_paraphrase ? "偿还欠款" : "偿还借款").Yuan(_amount).Add("；2.诉讼费用由被告承担。事实和理由：").Date(_dealDate).Add("，被告因经营资金周转困难，").Add(_payment).Add("陆续向原告")
                    .Add(_paraphrase ? "拆借资金" : "借款").Add("共计").Yuan(_amount).Add("，被告出具").One("借条", "欠条", "收条").Add("予以确认。后被告停止经营，无力偿还，双方协商约定以被告名下号牌为").Add(_plate).Add("的")
                    .Add(OldVehicle(c)).Add("的").Add(Quota(c)).Add(_paraphrase ? "折价冲抵欠款" : "以车抵债").Add("，但被告至今未予配合办理。");
                break;
            case FakeSuitNarrative.VehicleTransfer:
                c.Add("返还转让款").Yuan(_amount).Add("；2.诉讼费用由被告承担。事实和理由：").Date(_dealDate).Add("，原、被告签订《车辆转让协议》，约定被告将其名下号牌为").Add(_plate).Add("的").Add(_vehicle)
                    .Add("连同").Add(Quota(c)).Add("一并转让给原告，转让价款").Yuan(_amount).Add("，原告").Add(_payment).Add("付清全部价款。后该车").Add(c.Rng.Pick(["达到报废标准，作为报废车辆注销登记", "按报废车处理并注销登记", "被强制报废注销"])).Add("，被告未能按约定办理").Add(Quota(c)).Add("变更手续，二手车买卖的合同目的无法实现。");
                break;
            default:
                c.Add("支付运输费").Yuan(_amount).Add("；2.诉讼费用由被告承担。事实和理由：原告长期为被告提供货物运输服务，经双方结算，被告欠原告运输费").Yuan(_amount).Add("。被告承诺以其名下").Add(OldVehicle(c)).Add("（号牌").Add(_plate).Add("）的")
                    .Add(Quota(c)).Add("折抵欠款，但至今未履行。双方因此发生合同纠纷。");
                break;
        }

        c.One("原告多次催要未果，", "经原告催要，被告以公司已停业为由推脱，", "").Add("故诉至法院。").Line();
    }

    public override void Findings(Composer c, CaseHeader h)
    {
        var exhibits = _narrative switch
        {
            FakeSuitNarrative.VehicleTransfer => new[] { "车辆转让协议", "收款收据", "机动车登记信息" },
            FakeSuitNarrative.FreightCharges => ["运输结算单", "被告出具的欠款确认书"],
            _ => ["借条", "还款协议", "证人证言"],
        };
        Evidence(c, h, exhibits);
        c.Add("经审理查明：").Add(h.Defendant.ShortName).One("系依法设立的有限责任公司，现已停止经营。", "成立后经营一段时间即停业，公司法定代表人下落不明。", "目前无实际经营场所。")
            .Add("原告主张的款项").Add(_payment).Add("交付，原告").One("未能提供银行流水。", "称现金来源于家庭积蓄。", "提交了被告出具的收条。")
            .Add("被告名下登记有号牌为").Add(_plate).Add("的").Add(_vehicle).Add("一辆，该车已").Add(_paraphrase ? "注销登记" : "报废注销").Add("，其").Add(Quota(c)).Add("尚未处置。").Line();
    }

    public override void Reasoning(Composer c, CaseHeader h)
    {
        c.Add("本院认为，").Add(h.Admitted ? "被告对原告主张的事实无异议，本院予以确认。" : h.Default ? "被告经合法传唤无正当理由拒不到庭，视为放弃抗辩的权利。" : "原告提交的证据能够证明其主张。")
            .Add("原、被告之间的").Add(_narrative switch
            {
                FakeSuitNarrative.VehicleTransfer => "车辆转让关系",
                FakeSuitNarrative.FreightCharges => "运输服务关系",
                _ => _paraphrase ? "借贷关系" : "借款关系",
            }).Add("合法有效，被告应当履行给付义务。").Line();
        Basis(c, h, _narrative == FakeSuitNarrative.LoanAgainstQuota ? Laws.Loan(h.Decided) : Laws.Contract(h.Decided));
    }

    public override void Orders(Composer c, CaseHeader h)
    {
        c.Add("被告").Add(h.Defendant.ShortName).Add("于本判决生效之日起十日内给付原告").Add(h.Plaintiff.ShortName).Add("款项").Yuan(_amount).Add("。").Line();
        DelayClause(c, h);
    }

    public override void Agreement(Composer c, CaseHeader h)
    {
        c.Add("一、被告").Add(h.Defendant.ShortName).Add("欠原告").Add(h.Plaintiff.ShortName).Add("款项").Yuan(_amount).Add("，于").Date(h.Decided.AddDays(c.Rng.Between(5, 20))).Add("前一次性付清；").Line()
            .Add("二、被告到期未履行的，原告可申请人民法院对被告名下号牌为").Add(_plate).Add("的").Add(Quota(c)).Add("依法处置，所得价款优先清偿原告；").Line()
            .Add("三、双方再无其他争议。").Line();
    }

    public override void Defence(Composer c, CaseHeader h)
    {
        if (h.IsMediation && !h.Default)
        {
            c.Add("被告").Add(h.Defendant.ShortName).Add("对原告主张的事实无异议。").Line();
            return;
        }

        base.Defence(c, h);
    }
}
