using SupervisionModels.Facts;
using SupervisionModels.Models;
using SupervisionModels.Rules;

namespace SupervisionModels.Hosting.Tests.Support;

/// <summary>
/// The "built-in" models of the test assembly. Built-in discovery scans the whole assembly, so every public model
/// class here must be valid and have its own id.
/// </summary>
public static class TestModels
{
    public const string FirstId = "TST0001";
    public const string SecondId = "TST0002";

    /// <summary>A dataset record local to the tests (built-in models may read any dataset record).</summary>
    [Dataset("test_cases")]
    public sealed record TestCase
    {
        [Column("case_no"), RecordKey]
        public string CaseNo { get; init; } = string.Empty;

        [Column("full_text", IsText = true)]
        public string? FullText { get; init; }
    }

    public sealed class First : SupervisionModel
    {
        public static readonly Parameter<int> MinCases = new("min-cases", 2, "最少件数", min: 1);
        public static readonly KeywordParameter Keywords = new("keywords", "关键词", "二手车买卖", "车牌额度");
        public static readonly Parameter<double> Ratio = new("ratio", 0.5, "比例");
        public static readonly Parameter<decimal> MinAmount = new("min-amount", 1000m, "最低金额");
        public static readonly Parameter<bool> Strict = new("strict", false, "严格模式");
        public static readonly Parameter<string> Court = new("court", "", "法院");
        public static readonly Parameter<long> Window = new("window", 30L, "天数");

        public override ModelDescriptor Descriptor { get; } = new(FirstId, "测试模型一", ModelCategory.Civil, "1.0.0", "测试")
        {
            Datasets = [typeof(TestCase)],
        };

        public override IReadOnlyList<ModelParameter> Parameters { get; } = [MinCases, Keywords, Ratio, MinAmount, Strict, Court, Window];

        public override void Initialize(IModelContext context)
        {
            var keywords = context.GetValue(Keywords);
            context.Rule("R1", "命中关键词", r => r.Match<TestCase>().WhereText(c => c.FullText, keywords).Reason(c => Subject.Person(null, c.CaseNo), 10));
            context.Rule("R2", "再次命中", r => r.Match<TestCase>().WhereText(c => c.FullText, keywords).Reason(c => Subject.Person(null, c.CaseNo), 5));
            context.LeadWhen(10);
        }
    }

    public sealed class Second : SupervisionModel
    {
        public override ModelDescriptor Descriptor { get; } = new(SecondId, "测试模型二", ModelCategory.Criminal, "0.1.0", "测试");

        public override void Initialize(IModelContext context) =>
            context.Rule("R1", "全部", r => r.Match<TestCase>().Reason(c => Subject.Person(null, c.CaseNo), 1));
    }

    /// <summary>Abstract: a base for models, not a model.</summary>
    public abstract class ModelBase : SupervisionModel;

    /// <summary>Not public: not discovered.</summary>
    internal sealed class Hidden : SupervisionModel
    {
        public override ModelDescriptor Descriptor { get; } = new("TST0009", "隐藏", ModelCategory.Civil, "1.0.0", "不应被发现");

        public override void Initialize(IModelContext context)
        {
        }
    }
}
