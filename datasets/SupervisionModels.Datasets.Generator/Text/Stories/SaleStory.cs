using SupervisionModels.Datasets.Generator.Court;
using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.Text.Stories;

/// <summary>
/// 买卖合同纠纷: unpaid goods, or — with <c>usedCar</c> — a genuine, contested used-car sale where the buyer sues over
/// a hidden accident, flood damage or a wound-back odometer (an innocent use of 二手车买卖).
/// </summary>
internal sealed class SaleStory : CivilStory
{
    private static readonly string[] Goods =
        ["钢材", "水泥", "化肥", "煤炭", "饲料", "建筑材料", "电缆", "轮胎", "服装", "农药", "木材", "石子", "瓷砖", "配件", "石榴苗木", "大蒜", "塑料编织袋", "润滑油", "办公家具", "空调设备", "监控设备", "食用油", "白酒", "门窗型材"];
    private static readonly string[] Defects = ["重大事故车", "泡水车", "调整过里程表", "发动机曾大修", "车架号被更改过"];

    private readonly bool _usedCar;
    private readonly string _goods;
    private readonly string _defect;
    private readonly string _car;
    private readonly decimal _price;
    private readonly DateOnly _dealDate;

    public SaleStory(CaseHeader h, Rng rng, bool usedCar)
    {
        _usedCar = usedCar;
        _goods = rng.Pick(Goods);
        _defect = rng.Pick(Defects);
        _car = rng.Pick(["大众牌轿车", "丰田凯美瑞轿车", "别克英朗轿车", "本田雅阁轿车", "长城哈弗越野车", "奥迪A4L轿车", "日产轩逸轿车"]);
        _price = usedCar ? rng.Amount(70_000, 0.5, 1000, 15_000, 400_000) : rng.Amount(80_000, 1.0, 100, 3_000, 3_000_000);
        _dealDate = h.Filing.AddDays(-rng.Between(60, 900));
        h.Claim = usedCar ? _price + Math.Round(_price * 0.3m / 1000) * 1000 : _price;
        h.Awarded = h.IsWithdrawal ? null : usedCar ? _price : h.IsMediation ? Math.Round(_price * 0.9m / 100) * 100 : _price;
    }

    public override void Claims(Composer c, CaseHeader h)
    {
        var p = h.Plaintiff.ShortName;
        var d = h.Defendant.ShortName;
        if (_usedCar)
        {
            c.Add("原告").Add(p).Add("向本院提出诉讼请求：1.撤销原、被告之间的二手车买卖合同，被告返还购车款").Yuan(_price).Add("；2.被告按购车款的三倍赔偿原告损失；3.诉讼费由被告承担。事实和理由：")
                .Date(_dealDate).Add("，原告在被告处购买").Add(_car).Add("一辆，双方签订《二手车买卖合同》，被告承诺该车无重大事故、无泡水、里程真实。原告支付全部车款后提车使用，后经第三方检测机构检测，该车系")
                .Add(_defect).Add("。被告故意隐瞒车辆真实状况，构成欺诈。").Line();
            return;
        }

        c.Add("原告").Add(p).Add("向本院提出诉讼请求：1.被告").Add(d).Add("支付货款").Yuan(_price).Add("及逾期付款利息；2.诉讼费用由被告负担。事实和理由：原、被告之间存在")
            .Add(_goods).Add("买卖关系，").Date(_dealDate).Add("起原告陆续向被告供应").Add(_goods).Add("，经双方对账，被告尚欠原告货款").Yuan(_price).Add("，并出具欠条。此后原告多次催要，被告").One("至今未付。", "一直拖欠。", "以资金紧张为由拒付。").Line();
    }

    protected override string ContestedDefence(Composer c) => _usedCar
        ? c.Rng.Pick(["车辆交付时原告已经试驾验车，被告不存在隐瞒，车辆状况在合同中已有说明，请求驳回原告诉讼请求。", "被告系从他人处收购该车，对事故情况并不知情，不构成欺诈。"])
        : c.Rng.Pick(["部分货物存在质量问题，应扣减相应货款。", "原告主张的货款数额与实际不符，双方未进行最终结算。", "被告已支付部分货款，原告未予扣除。"]);

    public override void Findings(Composer c, CaseHeader h)
    {
        if (_usedCar)
        {
            Evidence(c, h, ["二手车买卖合同", "付款凭证", "车辆检测报告", "维修保养记录查询单"]);
            c.Add("经审理查明：").Date(_dealDate).Add("，原、被告签订二手车买卖合同，约定原告以").Yuan(_price).Add("购买被告的").Add(_car).Add("。经本院委托鉴定，该车曾").Add(_defect == "泡水车" ? "严重泡水" : "发生重大事故或存在重大瑕疵").Add("，被告在出售时未如实告知。").Line();
            return;
        }

        Evidence(c, h, ["送货单", "对账单", "欠条", "增值税发票"]);
        c.Add("经审理查明：原告与被告之间存在").Add(_goods).Add("买卖合同关系。经对账，被告尚欠原告货款").Yuan(_price).Add("未付。").Line();
    }

    public override void Reasoning(Composer c, CaseHeader h)
    {
        if (_usedCar)
        {
            c.Add("本院认为，经营者提供商品有欺诈行为的，应当按照消费者的要求增加赔偿其受到的损失。被告作为二手车经营者，未如实告知车辆存在的重大瑕疵，侵害了原告的知情权和选择权，原告要求撤销合同并返还购车款，本院予以支持；对原告主张的惩罚性赔偿，本院综合考虑被告的过错程度，").One("予以部分支持。", "不予支持。").Line();
            Basis(c, h, Laws.Sale(h.Decided) + "，《中华人民共和国消费者权益保护法》第五十五条");
            return;
        }

        c.Add("本院认为，原、被告之间的买卖合同关系合法有效。原告依约供货后，被告应当按照约定支付价款，其拖欠货款的行为构成违约，").One("应承担继续履行及赔偿损失的违约责任。", "原告要求被告支付货款的诉讼请求，本院予以支持。").Line();
        Basis(c, h, Laws.Sale(h.Decided));
    }

    public override void Orders(Composer c, CaseHeader h)
    {
        if (_usedCar)
        {
            c.Add("一、撤销原告").Add(h.Plaintiff.ShortName).Add("与被告").Add(h.Defendant.ShortName).Add("签订的二手车买卖合同；").Line()
                .Add("二、被告于本判决生效之日起十日内返还原告购车款").Yuan(h.Awarded ?? 0m).Add("，原告同时将车辆返还被告；").Line()
                .Add("三、驳回原告的其他诉讼请求。").Line();
        }
        else
        {
            c.Add("被告").Add(h.Defendant.ShortName).Add("于本判决生效之日起十日内支付原告").Add(h.Plaintiff.ShortName).Add("货款").Yuan(h.Awarded ?? 0m).Add("及逾期付款利息。").Line();
        }

        DelayClause(c, h);
    }
}
