using System.Globalization;
using SupervisionModels.Datasets.Generator.Court;
using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.Text.Stories;

/// <summary>金融借款合同纠纷 and 信用卡纠纷: a bank or a licensed lender against a borrower in default.</summary>
internal sealed class BankLoanStory : CivilStory
{
    private readonly bool _creditCard;
    private readonly decimal _principal;
    private readonly decimal _interest;
    private readonly DateOnly _contractDate;
    private readonly string _contractNo;
    private readonly int _months;

    public BankLoanStory(CaseHeader h, Rng rng, bool creditCard)
    {
        _creditCard = creditCard;
        _principal = creditCard ? rng.Amount(30_000, 0.7, 0.01m, 2_000, 300_000) : rng.Amount(150_000, 0.9, 1000, 10_000, 5_000_000);
        _interest = Math.Round(_principal * (decimal)(0.03 + (rng.NextDouble() * 0.12)), 2);
        _contractDate = h.Filing.AddDays(-rng.Between(300, 1800));
        _contractNo = string.Create(CultureInfo.InvariantCulture, $"{_contractDate.Year}{rng.Pick(["年", "-", ""])}{rng.Pick(["个贷", "借字", "信贷", "JK"])}{rng.Between(10000, 99999)}号");
        _months = rng.Pick([12, 24, 36, 60]);
        h.Claim = _principal + _interest;
        h.Awarded = h.IsWithdrawal ? null : h.Claim;
    }

    public override void Claims(Composer c, CaseHeader h)
    {
        var p = h.Plaintiff.ShortName;
        var d = h.Defendant.ShortName;
        c.Add("原告").Add(p).Add("向本院提出诉讼请求：1.判令被告").Add(d).Add(_creditCard ? "偿还信用卡透支本金" : "偿还借款本金").Add(ChineseFormat.Yuan(_principal))
            .Add("、利息及罚息").Add(ChineseFormat.Yuan(_interest)).Add("（暂计至起诉之日）；2.本案诉讼费由被告承担。事实和理由：");
        if (_creditCard)
        {
            c.Date(_contractDate).Add("，被告向原告申领信用卡一张，并签署了《信用卡领用合约》。被告领卡后进行透支消费及取现，但未按约定按期足额还款，经原告多次催收仍未归还。");
        }
        else
        {
            c.Date(_contractDate).Add("，原告与被告签订编号为").Add(_contractNo).Add("的《借款合同》，约定被告向原告借款").Add(ChineseFormat.Yuan(_principal)).Add("，借款期限")
                .Add(_months.ToString(CultureInfo.InvariantCulture)).Add("个月，按月等额本息还款。合同签订后，原告依约发放了贷款，被告自").One("2020年", "2021年", "去年").Add("起未按约定还款，已构成违约。");
        }

        c.Line();
    }

    public override void Findings(Composer c, CaseHeader h)
    {
        Evidence(c, h, _creditCard ? ["信用卡申请表及领用合约", "交易明细及对账单", "催收记录"] : ["借款合同", "借款借据及放款凭证", "还款明细"]);
        c.Add("经审理查明，原告与被告之间").Add(_creditCard ? "存在信用卡合同关系" : "签订的借款合同系双方真实意思表示").Add("。截至").Date(h.Filing).Add("，被告尚欠本金").Add(ChineseFormat.Yuan(_principal)).Add("，利息、罚息等").Add(ChineseFormat.Yuan(_interest)).Add('。').Line();
    }

    public override void Reasoning(Composer c, CaseHeader h)
    {
        c.Add("本院认为，原告与被告之间的").Add(_creditCard ? "信用卡合同" : "金融借款合同").Add("合法有效。原告依约履行了").Add(_creditCard ? "发卡及垫付义务" : "放款义务")
            .Add("，被告未按约定履行还款义务，构成违约，应当承担偿还本金、利息及罚息的责任。").Line();
        Basis(c, h, Laws.Loan(h.Decided));
    }

    public override void Orders(Composer c, CaseHeader h)
    {
        c.Add("被告").Add(h.Defendant.ShortName).Add("于本判决生效之日起十日内偿还原告").Add(h.Plaintiff.ShortName).Add(_creditCard ? "信用卡透支本金" : "借款本金").Add(ChineseFormat.Yuan(_principal))
            .Add("及利息、罚息").Add(ChineseFormat.Yuan(_interest)).Add("（此后的利息、罚息按合同约定计算至实际清偿之日止）。").Line();
        DelayClause(c, h);
    }
}
