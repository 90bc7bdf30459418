using SupervisionModels.Datasets.Generator.Court;
using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.Text.Stories;

/// <summary>追索劳动报酬纠纷 and 劳动争议: a worker's unpaid wages, usually after labour arbitration.</summary>
internal sealed class LabourStory : CivilStory
{
    private readonly decimal _wages;
    private readonly DateOnly _from;
    private readonly string _job;
    private readonly bool _arbitrated;

    public LabourStory(CaseHeader h, Rng rng)
    {
        _wages = rng.Amount(18_000, 0.6, 100, 2_000, 150_000);
        _from = h.Filing.AddDays(-rng.Between(200, 900));
        _job = rng.Pick(["司机", "装卸工", "电焊工", "仓库管理员", "会计", "技术员", "厨师", "保安"]);
        _arbitrated = rng.Chance(0.7);
        h.Claim = _wages;
        h.Awarded = h.IsWithdrawal ? null : _wages;
        h.Fee = 10m;
    }

    public override void Claims(Composer c, CaseHeader h)
    {
        c.Add("原告").Add(h.Plaintiff.ShortName).Add("向本院提出诉讼请求：判令被告").Add(h.Defendant.ShortName).Add("支付拖欠的工资").Yuan(_wages).Add("。事实和理由：原告自").Date(_from).Add("起在被告处从事")
            .Add(_job).Add("工作，双方").One("签订了劳动合同", "未签订书面劳动合同").Add("。被告自").Date(_from.AddDays(180)).Add("起拖欠原告工资。");
        if (_arbitrated)
        {
            c.Add("原告曾向劳动人事争议仲裁委员会申请仲裁，").One("仲裁委员会逾期未作出裁决。", "原告对仲裁裁决不服。", "仲裁委以超过时效为由不予受理。");
        }

        c.Line();
    }

    public override void Findings(Composer c, CaseHeader h)
    {
        Evidence(c, h, ["工资条及考勤记录", "工友证言", "仲裁文书"]);
        c.Add("经审理查明，原告在被告处工作期间，被告拖欠原告工资共计").Yuan(_wages).Add("。").Line();
    }

    public override void Reasoning(Composer c, CaseHeader h)
    {
        c.Add("本院认为，用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。被告拖欠原告工资，应予支付。").Line();
        Basis(c, h, Laws.Labour(h.Decided));
    }

    public override void Orders(Composer c, CaseHeader h)
    {
        c.Add("被告").Add(h.Defendant.ShortName).Add("于本判决生效之日起十日内支付原告").Add(h.Plaintiff.ShortName).Add("工资").Yuan(h.Awarded ?? 0m).Add("。").Line();
        DelayClause(c, h);
    }
}
