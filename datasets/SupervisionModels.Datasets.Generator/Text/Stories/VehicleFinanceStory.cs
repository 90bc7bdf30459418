using SupervisionModels.Datasets.Generator.Court;
using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.Text.Stories;

/// <summary>
/// Genuine vehicle credit: 融资租赁合同纠纷 (a leasing company's car lease in default, the car mortgaged) or — with
/// <c>setOff</c> — a real loan settled by handing over a running car (以车抵债) agreed and recorded before any dispute.
/// Both mention vehicles and plates innocently.
/// </summary>
internal sealed class VehicleFinanceStory : CivilStory
{
    private readonly bool _setOff;
    private readonly string _plate;
    private readonly decimal _amount;
    private readonly DateOnly _contract;

    public VehicleFinanceStory(CaseHeader h, Rng rng, string plate, bool setOff)
    {
        _setOff = setOff;
        _plate = plate;
        _amount = setOff ? rng.Amount(90_000, 0.4, 1000, 30_000, 300_000) : rng.Amount(70_000, 0.5, 0.01m, 20_000, 400_000);
        _contract = h.Filing.AddDays(-rng.Between(300, 1100));
        h.Claim = _amount;
        h.Awarded = h.IsWithdrawal ? null : _amount;
    }

    public override void Claims(Composer c, CaseHeader h)
    {
        var p = h.Plaintiff.ShortName;
        var d = h.Defendant.ShortName;
        if (_setOff)
        {
            c.Add("原告").Add(p).Add("向本院提出诉讼请求：1.确认原、被告于").Date(_contract.AddDays(200)).Add("签订的以车抵债协议有效；2.被告协助原告办理号牌为").Add(_plate).Add("的车辆过户登记手续。事实和理由：").Date(_contract)
                .Add("，原告通过银行转账向被告出借").Yuan(_amount).Add("用于购买原材料，双方签订借款合同并约定了还款期限。借款到期前，被告提出以其名下正常使用的号牌为").Add(_plate)
                .Add("的小型轿车抵顶借款，双方经评估作价后签订以车抵债协议并交付了车辆，但被告此后以车辆仍在使用为由拒绝办理过户。").Line();
            return;
        }

        c.Add("原告").Add(p).Add("向本院提出诉讼请求：1.被告").Add(d).Add("支付全部未付租金").Yuan(_amount).Add("；2.原告对被告名下号牌为").Add(_plate).Add("的抵押车辆折价或者拍卖、变卖所得价款享有优先受偿权。事实和理由：").Date(_contract)
            .Add("，原、被告签订《汽车融资租赁合同》，约定原告根据被告的选择购买车辆出租给被告使用，租期三十六个月，被告按月支付租金，并以该车辆办理了抵押登记。被告自第十二期起未按期支付租金，经催告仍未支付。").Line();
    }

    protected override string ContestedDefence(Composer c) => _setOff
        ? "借款属实，但以车抵债协议约定的车辆作价过低，被告不同意过户，愿意以现金偿还。"
        : "被告因收入下降暂时无力支付租金，请求给予一定的宽限期，原告主张的违约金过高。";

    public override void Findings(Composer c, CaseHeader h)
    {
        Evidence(c, h, _setOff ? ["借款合同", "银行转账凭证", "以车抵债协议", "车辆评估报告"] : ["融资租赁合同", "租金支付明细", "抵押登记证明", "催告函"]);
        c.Add("经审理查明，原告所述借贷及").Add(_setOff ? "以车抵债协议的签订过程" : "租赁合同的履行情况").Add("属实，款项均通过银行账户支付，有银行流水相印证。").Line();
    }

    public override void Reasoning(Composer c, CaseHeader h)
    {
        c.Add("本院认为，").Add(_setOff
                ? "原、被告在借款到期前自愿签订以车抵债协议，系双方真实意思表示，且抵债车辆作价经第三方评估，不存在显失公平的情形，协议合法有效，被告应当按约履行。"
                : "原、被告之间的融资租赁合同合法有效。被告未按约支付租金，原告有权要求支付全部未付租金，并就抵押车辆优先受偿。").Line();
        Basis(c, h, Laws.Contract(h.Decided));
    }

    public override void Orders(Composer c, CaseHeader h)
    {
        if (_setOff)
        {
            c.Add("一、原告").Add(h.Plaintiff.ShortName).Add("与被告").Add(h.Defendant.ShortName).Add("签订的以车抵债协议有效；").Line().Add("二、被告于本判决生效之日起十日内协助原告办理号牌为").Add(_plate).Add("的车辆过户登记手续。").Line();
            return;
        }

        c.Add("一、被告").Add(h.Defendant.ShortName).Add("于本判决生效之日起十日内支付原告").Add(h.Plaintiff.ShortName).Add("租金").Yuan(_amount).Add("；").Line()
            .Add("二、原告对号牌为").Add(_plate).Add("的抵押车辆折价或者拍卖、变卖所得价款在上述债权范围内享有优先受偿权。").Line();
        DelayClause(c, h);
    }
}
