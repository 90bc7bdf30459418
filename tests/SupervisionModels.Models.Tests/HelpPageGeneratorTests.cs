using SupervisionModels.Rules;
using SupervisionModels.BuiltIn;

namespace SupervisionModels.Models.Tests;

/// <summary>The generator on a tiny model and page written here, like an analyzer test's source and expected diagnostics.</summary>
public sealed class HelpPageGeneratorTests
{
    private const string Prose = "# TST0001 测试模型\n\n手写的说明。\n";

    [Fact]
    public void Regenerate_RewritesTheMarkedSections_AndKeepsTheProse()
    {
        var page = Prose + """

            ## 参数
            <!-- generated:params -->
            | 参数 | 默认值 | 说明 |
            | `min-cases` | 9 | 旧的说明 |
            <!-- /generated:params -->

            <!-- generated:lead -->
            旧的线索条件
            <!-- /generated:lead -->
            手写的理由。
            <!-- generated:rules -->
            <!-- /generated:rules -->
            """;

        var generated = HelpPageGenerator.Regenerate(page, RegisteredFacts.Of(new TinyModel()), "TST0001.md");

        Assert.Equal(Prose + """

            ## 参数
            <!-- generated:params -->
            | 参数 | 默认值 | 说明 |
            |---|---|---|
            | `min-cases` | 3 | 同一当事人的最少件数 |
            | `words` | 借款、抵债 | 筛查词 |
            | `note` | （空） | 备注 \| 可空 |
            | `min-score` | 15 | 成为线索的最低分值 |
            <!-- /generated:params -->

            <!-- generated:lead -->
            **线索条件**：主体的分值（命中规则权重之和，同一规则对同一主体只计一次）达到 15（参数 `min-score`），且 R1 必须命中。
            <!-- /generated:lead -->
            手写的理由。
            <!-- generated:rules -->
            | 规则 | 说明 | 权重 |
            |---|---|---|
            | D1 | 命中筛查词的案件 | 派生 |
            | **R1** | 同一当事人 ≥ 3 件 | 10 |
            | R2 | 快速结案 | 2.5 |
            <!-- /generated:rules -->
            """, generated);
    }

    [Fact]
    public void Regenerate_SplitsRulesOverSections_ByIdsAndRanges()
    {
        var page = Prose + """
            <!-- generated:params -->
            <!-- /generated:params -->
            <!-- generated:lead -->
            <!-- /generated:lead -->
            <!-- generated:rules D1 -->
            <!-- /generated:rules -->
            <!-- generated:rules R1..R2 -->
            <!-- /generated:rules -->
            """;

        var generated = HelpPageHelpers.Lines(HelpPageGenerator.Regenerate(page, RegisteredFacts.Of(new TinyModel()), "TST0001.md"));

        var firstTable = generated.SkipWhile(l => l != "<!-- generated:rules D1 -->").Skip(1).TakeWhile(l => !l.StartsWith("<!-- /", StringComparison.Ordinal)).ToArray();
        var secondTable = generated.SkipWhile(l => l != "<!-- generated:rules R1..R2 -->").Skip(1).TakeWhile(l => !l.StartsWith("<!-- /", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["| D1 | 命中筛查词的案件 | 派生 |"], firstTable.Skip(2));
        Assert.Equal(["| **R1** | 同一当事人 ≥ 3 件 | 10 |", "| R2 | 快速结案 | 2.5 |"], secondTable.Skip(2));
    }

    [Theory]
    [InlineData("<!-- generated:rules D1 -->\n<!-- /generated:rules -->", "TST0001.md: rule(s) R1, R2 are in no <!-- generated:rules --> section; list them in one.")]
    [InlineData("<!-- generated:rules D1..R2 -->\n<!-- /generated:rules -->\n<!-- generated:rules R2 -->\n<!-- /generated:rules -->", "TST0001.md:10: rule R2 is already listed by the section on line 8.")]
    [InlineData("<!-- generated:rules R9 -->\n<!-- /generated:rules -->", "TST0001.md:8: TST0001 registers no rule 'R9' (its rules: D1 R1 R2).")]
    [InlineData("<!-- generated:rules R2..D1 -->\n<!-- /generated:rules -->", "TST0001.md:8: the range 'R2..D1' runs backwards: R2 is registered after D1.")]
    [InlineData("<!-- generated:rules -->\nno end", "TST0001.md:8: the section 'rules' is not closed by <!-- /generated:rules --> before the next marker or the end of the page.")]
    [InlineData("<!-- generated:rules -->\n<!-- /generated:lead -->", "TST0001.md:8: the section 'rules' is not closed by <!-- /generated:rules --> before the next marker or the end of the page.")]
    [InlineData("<!-- generated:table -->\n<!-- /generated:table -->", "TST0001.md:8: unknown section 'table': use params, lead or rules.")]
    [InlineData("<!--generated:rules-->", "TST0001.md:8: '<!--generated:rules-->' is not a section marker: write <!-- generated:KIND [ARGS] --> or <!-- /generated:KIND -->.")]
    public void Regenerate_BadSections_FailNamingPageAndLine(string rules, string expected)
    {
        var page = Prose + "<!-- generated:params -->\n<!-- /generated:params -->\n<!-- generated:lead -->\n<!-- /generated:lead -->\n" + rules + "\n";

        var error = Assert.Throws<HelpPageException>(() => HelpPageGenerator.Regenerate(page, RegisteredFacts.Of(new TinyModel()), "TST0001.md"));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Regenerate_PageWithoutLeadSection_Fails()
    {
        var page = Prose + "<!-- generated:params -->\n<!-- /generated:params -->\n<!-- generated:rules -->\n<!-- /generated:rules -->\n";

        var error = Assert.Throws<HelpPageException>(() => HelpPageGenerator.Regenerate(page, RegisteredFacts.Of(new TinyModel()), "TST0001.md"));

        Assert.Equal("TST0001.md: no <!-- generated:lead --> section: the page must show the code's lead condition.", error.Message);
    }

    [Fact]
    public void Regenerate_NoRequiredRules_SaysSo()
    {
        var page = Prose + "<!-- generated:params -->\n<!-- /generated:params -->\n<!-- generated:lead -->\n<!-- /generated:lead -->\n<!-- generated:rules -->\n<!-- /generated:rules -->\n";

        var generated = HelpPageGenerator.Regenerate(page, RegisteredFacts.Of(new TinyModel(required: false)), "TST0001.md");

        Assert.Contains("达到 15（参数 `min-score`），没有每条线索都必须命中的规则。", generated, StringComparison.Ordinal);
    }

    /// <summary>A case record of the tiny model.</summary>
    public sealed record Case(string No, string Party, string Text, int Days);

    /// <summary>A fact the tiny model derives.</summary>
    public sealed record Screened(string No, string Party, int Days);

    /// <summary>Three rules (one derives, two give reasons), a keyword set, an empty string parameter and a lead condition.</summary>
    private sealed class TinyModel(bool required = true) : SupervisionModel
    {
        private static readonly Parameter<int> MinCases = new("min-cases", 3, "同一当事人的最少件数");
        private static readonly KeywordParameter Words = new("words", "筛查词", "借款", "抵债");
        private static readonly Parameter<string> Note = new("note", string.Empty, "备注 | 可空");
        private static readonly Parameter<double> MinScore = new("min-score", 15, "成为线索的最低分值");

        public override ModelDescriptor Descriptor { get; } = new("TST0001", "测试模型", ModelCategory.Civil, "1.0.0", "测试。");

        public override IReadOnlyList<ModelParameter> Parameters => [MinCases, Words, Note, MinScore];

        public override void Initialize(IModelContext context)
        {
            var minCases = context.GetValue(MinCases);
            var words = context.GetValue(Words);
            context.Rule("D1", "命中筛查词的案件", r => r.Match<Case>().WhereText(c => c.Text, words).Derive(c => new Screened(c.No, c.Party, c.Days)));
            context.Rule("R1", $"同一当事人 ≥ {minCases} 件", r => r.Match<Screened>().GroupBy(s => s.Party).Having(g => g.Count() >= minCases).Reason(g => Subject.Party(null, g.Key, "原告"), 10));
            context.Rule("R2", "快速结案", r => r.Match<Screened>(s => s.Days < 30).Reason(s => Subject.Party(null, s.Party, "原告"), 2.5));
            if (required)
            {
                context.LeadWhen(context.GetValue(MinScore), "R1");
            }
            else
            {
                context.LeadWhen(context.GetValue(MinScore));
            }
        }
    }
}

/// <summary>Splits a page into lines the way the generator does.</summary>
internal static class HelpPageHelpers
{
    public static string[] Lines(string page) => page.ReplaceLineEndings("\n").Split('\n');
}
