using SupervisionModels.Datasets.Generator.Court;
using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.Text.Stories;

/// <summary>The kind of service claim a <see cref="ServiceStory"/> tells.</summary>
internal enum ServiceKind
{
    PropertyFee,
    Lease,
    Construction,
    Contract,
    Guarantee,
    Assignment,
}

/// <summary>
/// Claims for money owed under a continuing relationship: 物业服务合同纠纷, 房屋租赁合同纠纷, 建设工程施工合同纠纷,
/// 合同纠纷 and 服务合同纠纷, 追偿权纠纷 (a guarantor who paid), 债权转让合同纠纷 (an assigned debt).
/// </summary>
internal sealed class ServiceStory : CivilStory
{
    private readonly ServiceKind _kind;
    private readonly decimal _amount;
    private readonly DateOnly _start;
    private readonly string _object;

    public ServiceStory(CaseHeader h, Rng rng, ServiceKind kind)
    {
        _kind = kind;
        _start = h.Filing.AddDays(-rng.Between(200, 1400));
        (_amount, _object) = kind switch
        {
            ServiceKind.PropertyFee => (rng.Amount(3_000, 0.5, 0.01m, 600, 30_000), rng.Pick(Identity.Regions.Estates) + rng.Between(1, 30) + "号楼"),
            ServiceKind.Lease => (rng.Amount(30_000, 0.8, 100, 3_000, 600_000), rng.Pick(["门市房", "仓库", "住宅", "厂房", "商铺"])),
            ServiceKind.Construction => (rng.Amount(300_000, 1.0, 100, 20_000, 8_000_000), rng.Pick(["办公楼", "厂房", "道路硬化", "住宅楼", "钢结构车间", "装修"]) + "工程"),
            ServiceKind.Guarantee => (rng.Amount(80_000, 0.8, 100, 5_000, 2_000_000), "借款担保"),
            ServiceKind.Assignment => (rng.Amount(60_000, 0.9, 100, 5_000, 2_000_000), "债权"),
            _ => (rng.Amount(50_000, 1.0, 100, 2_000, 2_000_000), rng.Pick(["技术服务", "广告发布", "设备维修", "运输服务", "委托加工", "设备租赁"])),
        };
        h.Claim = _amount;
        h.Awarded = h.IsWithdrawal ? null : h.IsMediation ? Math.Round(_amount * 0.9m, 2) : _amount;
    }

    public override void Claims(Composer c, CaseHeader h)
    {
        var p = h.Plaintiff.ShortName;
        var d = h.Defendant.ShortName;
        c.Add("原告").Add(p).One("向本院提出诉讼请求：", "诉称，请求判令：").Add("1.被告").Add(d);
        switch (_kind)
        {
            case ServiceKind.PropertyFee:
                c.Add("支付物业服务费").Yuan(_amount).Add("；2.诉讼费由被告承担。事实和理由：被告系").Add(_object).Add("业主，原告为该小区提供物业服务，被告自").Date(_start).Add("起拖欠物业费至今，经多次催缴未果。");
                break;
            case ServiceKind.Lease:
                c.Add("支付拖欠的租金").Yuan(_amount).Add("；2.解除双方租赁合同。事实和理由：").Date(_start).Add("，原、被告签订租赁合同，约定被告承租原告").Add(_object).Add("，租期三年，租金按年支付。被告自第二年起未按约定支付租金。");
                break;
            case ServiceKind.Construction:
                c.Add("支付工程款").Yuan(_amount).Add("及利息。事实和理由：").Date(_start).Add("，原告承建被告发包的").Add(_object).Add("，工程于次年竣工并交付使用，经结算，被告尚欠工程款").Yuan(_amount).Add("未付。");
                break;
            case ServiceKind.Guarantee:
                c.Add("偿还原告代偿款").Yuan(_amount).Add("。事实和理由：原告为被告向他人的借款提供连带责任保证，借款到期后被告未还，原告于").Date(_start.AddDays(300)).Add("代被告偿还了全部借款，依法享有追偿权。");
                break;
            case ServiceKind.Assignment:
                c.Add("偿还欠款").Yuan(_amount).Add("。事实和理由：被告欠案外人款项").Yuan(_amount).Add("，案外人于").Date(_start.AddDays(200)).Add("将该债权转让给原告，并通知了被告，被告至今未履行。");
                break;
            default:
                c.Add("支付").Add(_object).Add("费用").Yuan(_amount).Add("。事实和理由：").Date(_start).Add("，原、被告签订").Add(_object).Add("合同，原告按约履行了义务，被告未按约定支付价款。");
                break;
        }

        c.Line();
    }

    public override void Findings(Composer c, CaseHeader h)
    {
        string[] exhibits = _kind switch
        {
            ServiceKind.PropertyFee => ["物业服务合同", "收费标准备案表", "催缴通知"],
            ServiceKind.Lease => ["租赁合同", "租金收据", "催告函"],
            ServiceKind.Construction => ["施工合同", "竣工验收记录", "工程结算单"],
            ServiceKind.Guarantee => ["保证合同", "代偿凭证"],
            ServiceKind.Assignment => ["债权转让协议", "转让通知及送达凭证"],
            _ => ["合同", "履行凭证", "对账记录"],
        };
        Evidence(c, h, exhibits);
        c.Add("经审理查明，原告所述事实属实，被告尚欠原告").Yuan(_amount).Add("。").Line();
    }

    public override void Reasoning(Composer c, CaseHeader h)
    {
        c.Add("本院认为，当事人应当按照约定全面履行自己的义务。").Add(_kind switch
        {
            ServiceKind.PropertyFee => "原告已依约提供物业服务，被告应当按约支付物业费。",
            ServiceKind.Lease => "被告未按约支付租金，原告要求支付租金的请求于法有据。",
            ServiceKind.Construction => "工程已竣工验收并交付使用，被告应当支付工程价款。",
            ServiceKind.Guarantee => "保证人承担保证责任后，有权向债务人追偿。",
            ServiceKind.Assignment => "债权人转让债权，通知债务人后对债务人发生效力。",
            _ => "被告未履行付款义务，构成违约。",
        }).Add("原告的诉讼请求，").One("本院予以支持。", "事实清楚，证据充分，本院予以支持。").Line();
        Basis(c, h, _kind switch
        {
            ServiceKind.Lease => Laws.Lease(h.Decided),
            ServiceKind.Guarantee => Laws.Guarantee(h.Decided),
            _ => Laws.Contract(h.Decided),
        });
    }

    public override void Orders(Composer c, CaseHeader h)
    {
        c.Add("被告").Add(h.Defendant.ShortName).Add("于本判决生效之日起十日内支付原告").Add(h.Plaintiff.ShortName).Add("款项").Yuan(h.Awarded ?? 0m).Add("。").Line();
        DelayClause(c, h);
    }
}
