using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.Court;

/// <summary>Which story tells a cause of action.</summary>
internal enum CauseFamily
{
    PrivateLoan,
    BankLoan,
    CreditCard,
    Sale,
    UsedCar,
    Traffic,
    Injury,
    Divorce,
    Labour,
    PropertyFee,
    Lease,
    Construction,
    Contract,
    Guarantee,
    Assignment,
}

/// <summary>A cause of action (民事案件案由规定 2020) with its share of first-instance civil cases and its habits.</summary>
internal sealed record CauseSpec(string Cause, CauseFamily Family, double Weight, double EnforcementRate, double DefaultRate);

/// <summary>The mix of first-instance civil causes of a basic court.</summary>
internal static class CauseTable
{
    public static readonly CauseSpec[] All =
    [
        new("民间借贷纠纷", CauseFamily.PrivateLoan, 17, 0.45, 0.25),
        new("金融借款合同纠纷", CauseFamily.BankLoan, 9, 0.55, 0.35),
        new("信用卡纠纷", CauseFamily.CreditCard, 6, 0.4, 0.45),
        new("买卖合同纠纷", CauseFamily.Sale, 11.4, 0.35, 0.15),
        new("买卖合同纠纷", CauseFamily.UsedCar, 0.6, 0.2, 0.05),
        new("机动车交通事故责任纠纷", CauseFamily.Traffic, 10, 0.2, 0.08),
        new("生命权、身体权、健康权纠纷", CauseFamily.Injury, 3, 0.2, 0.1),
        new("提供劳务者受害责任纠纷", CauseFamily.Injury, 2, 0.25, 0.1),
        new("离婚纠纷", CauseFamily.Divorce, 9, 0, 0.1),
        new("追索劳动报酬纠纷", CauseFamily.Labour, 3, 0.3, 0.2),
        new("劳动争议", CauseFamily.Labour, 2, 0.25, 0.15),
        new("物业服务合同纠纷", CauseFamily.PropertyFee, 5, 0.25, 0.3),
        new("房屋租赁合同纠纷", CauseFamily.Lease, 4, 0.3, 0.2),
        new("建设工程施工合同纠纷", CauseFamily.Construction, 3, 0.35, 0.1),
        new("合同纠纷", CauseFamily.Contract, 3, 0.35, 0.15),
        new("服务合同纠纷", CauseFamily.Contract, 2, 0.3, 0.2),
        new("借款合同纠纷", CauseFamily.PrivateLoan, 3, 0.45, 0.25),
        new("追偿权纠纷", CauseFamily.Guarantee, 2, 0.4, 0.3),
        new("债权转让合同纠纷", CauseFamily.Assignment, 1, 0.4, 0.3),
    ];

    public static readonly WeightedTable<CauseSpec> Table = new(All.Select(c => (c, c.Weight)));
}
