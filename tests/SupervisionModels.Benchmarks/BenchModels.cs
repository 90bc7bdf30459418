using SupervisionModels.Models;
using SupervisionModels.Entities;
using SupervisionModels.Rules;

namespace SupervisionModels.Benchmarks;

/// <summary>One equality join of every case with every payment citing it (1M × 1M in the benchmark).</summary>
internal sealed class JoinModel : SupervisionModel
{
    public override ModelDescriptor Descriptor { get; } = new("BM0001", "连接基准", ModelCategory.Civil, "1.0.0", "1M × 1M equality join")
    {
        Datasets = [typeof(BenchCase), typeof(BenchPayment)],
    };

    public override void Initialize(IModelContext context) =>
        context.Rule("R1", "案款支付给原告", r => r
            .Match<BenchCase>()
            .Join<BenchPayment, string?>(c => c.CaseNo, p => p.CaseNo)
            .Where((c, p) => p.PayeeId == c.PlaintiffId)
            .Reason((c, p) => new Subject(EntityKey.Record(c.PlaintiffId), "", SubjectKind.Person, ""), 1, (c, p) => p.Amount));
}

/// <summary>The same join with a filter nothing passes: the time of match + hash join + filter alone, without lead building.</summary>
internal sealed class JoinOnlyModel : SupervisionModel
{
    public override ModelDescriptor Descriptor { get; } = new("BM0003", "纯连接基准", ModelCategory.Civil, "1.0.0", "1M × 1M equality join, no reasons")
    {
        Datasets = [typeof(BenchCase), typeof(BenchPayment)],
    };

    public override void Initialize(IModelContext context) =>
        context.Rule("R1", "连接", r => r
            .Match<BenchCase>()
            .Join<BenchPayment, string?>(c => c.CaseNo, p => p.CaseNo)
            .Where((c, p) => p.Amount < 0)
            .Reason((c, p) => new Subject(EntityKey.Record(c.PlaintiffId), "", SubjectKind.Person, ""), 1));
}

/// <summary>Keyword screening of a text column, as the seed models do.</summary>
internal sealed class ScanModel : SupervisionModel
{
    public static readonly KeywordParameter Keywords = new("keywords", "关键词",
        "二手车买卖", "车牌额度", "借款纠纷", "合同纠纷", "号牌额度", "牌照额度", "号牌指标", "车牌指标", "报废车", "车辆转让", "以车抵债",
        "一氧化二氮", "笑气", "氧化亚氮", "奶油气", "气弹", "低保", "特困", "残疾", "司法救助");

    public override ModelDescriptor Descriptor { get; } = new("BM0002", "扫描基准", ModelCategory.Civil, "1.0.0", "keyword scan")
    {
        Datasets = [typeof(BenchDocument)],
    };

    public override IReadOnlyList<ModelParameter> Parameters => [Keywords];

    public override void Initialize(IModelContext context)
    {
        var keywords = context.GetValue(Keywords);
        context.Rule("R1", "文书命中关键词", r => r
            .Match<BenchDocument>()
            .WhereText(d => d.FullText, keywords)
            .Reason(d => Subject.Venue(d.DocId, d.Kind), 1));
    }
}
