using Microsoft.CodeAnalysis.CSharp;

namespace SupervisionModels.Hosting.Scaffolding;

/// <summary>
/// The C# file of a scaffolded model: a descriptor, a keyword parameter and a threshold, and one rule over the real
/// <c>Judgment</c> records, written so that it compiles and runs unchanged and reads as an example of each part.
/// </summary>
internal static class ModelTemplate
{
    public static string Render(string className, string modelId, string title) => $$"""
        using SupervisionModels.Datasets;
        using SupervisionModels.Models;
        using SupervisionModels.Rules;

        namespace UserModels;

        // 由 `supervise models new` 生成。改写描述、参数和规则后直接运行：引擎加载时会重新编译本目录（说明见 README.md）。
        public sealed class {{className}} : SupervisionModel
        {
            // 参数是模型对外的约定：名称（小写、连字符）和默认值写在这里，
            // 检察官可在数据目录的 supervise.settings.json 中按次覆盖取值，无需改代码。
            private static readonly KeywordParameter Keywords = new(
                "keywords", "在裁判文书全文中筛查的关键词", "二手车买卖", "车牌额度", "号牌指标");

            private static readonly Parameter<int> MinCases = new(
                "min-cases", 2, "同一原告命中文书的最少件数");

            public override ModelDescriptor Descriptor { get; } = new(
                Id: "{{modelId}}",
                Title: {{SymbolDisplay.FormatLiteral(title, quote: true)}},
                Category: ModelCategory.Civil,
                Version: "0.1.0",
                Description: "筛查全文命中关键词的民事一审文书，找出在其中反复作为原告起诉的当事人。")
            {
                HelpText = "同一原告在命中关键词的民事一审文书中作为原告的件数达到 min-cases 即成为线索；关键词与阈值可在 supervise.settings.json 中调整。",

                // 模型读取的数据集：规则匹配的每一种数据记录都要列在这里。
                Datasets = [typeof(Judgment)],
            };

            public override IReadOnlyList<ModelParameter> Parameters { get; } = [Keywords, MinCases];

            public override void Initialize(IModelContext context)
            {
                // 本次运行的取值：设置文件覆盖了就用覆盖值，否则用上面的默认值。
                var keywords = context.GetValue(Keywords);
                var minCases = context.GetValue(MinCases);

                // R1 同一原告多案：民事一审文书全文命中关键词，按原告分组，件数达到阈值即记一条理由。
                context.Rule("R1", $"同一原告在命中关键词的民事一审文书中作为原告 ≥ {minCases} 件", r => r
                    .Match<Judgment>(j => j.CaseType == CaseTypes.CivilFirstInstance)
                    .WhereText(j => j.FullText, keywords)
                    .GroupBy(j => j.PlaintiffNames)
                    .Having(g => g.Count() >= minCases)
                    .Reason(g => Subject.Party(null, g.Key, "原告"), weight: 10));

                // 一个主体的理由权重合计达到 10 即成为线索；增加规则后可提高门槛，要求多个信号同时成立。
                context.LeadWhen(minScore: 10);
            }
        }

        """;
}
