using System.Text.Json;
using SupervisionModels.Datasets;
using SupervisionModels.Declarative.Diagnostics;
using SupervisionModels.Models;
using SupervisionModels.Rules;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Facts;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Declarative.Tests;

/// <summary>Group steps with having and aggregates give the leads the fluent GroupBy/Having gives.</summary>
public sealed class GroupTests
{
    private const string Model = """
        id: USR0302
        title: 多次被害
        category: Criminal
        version: 1.0.0
        description: 同一人在多件案件中为被害人
        datasets: [case_persons, procuratorate_cases]
        parameters:
          min-cases: { type: int, default: 2, description: 最少案件数, min: 1 }
        rules:
          - id: R1
            description: 同一人在 ≥ {min-cases} 件案件中为被害人
            match: { dataset: case_persons, as: p, where: "p.role == '被害人'" }
            steps:
              - join: { dataset: procuratorate_cases, as: c, on: p.case_id == c.case_id }
            group:
              by: p.id_no
              having: count_distinct(p.case_id) >= $min-cases and max(c.accepted_date) > date('2024-01-01')
            reason: { subject: person, id: key, name: first(p.name), role: 被害人, weight: 10, amount: sum(c.property_loss) }
        lead:
          min-score: 10
        """;

    [Fact]
    public async Task A_group_with_having_gives_the_leads_of_the_fluent_GroupBy()
    {
        var fromFile = await LeadLinesAsync(DeclarativeModel.Parse("group.model.yaml", Model));
        var fromCode = await LeadLinesAsync(new RepeatVictimModel());

        Assert.Equal(fromCode, fromFile);
        var lead = JsonSerializer.Deserialize<Leads.Lead>(Assert.Single(fromFile), LeadJson.Options)!;
        Assert.Equal("ID:370481199001011233", lead.Subject.Key);
        Assert.Equal(3_000m, lead.Amount);
    }

    [Fact]
    public void After_a_group_columns_are_read_through_aggregates()
    {
        var text = Model.Replace("name: first(p.name)", "name: p.name", StringComparison.Ordinal);

        var error = Assert.Single(Assert.Throws<DeclarativeModelException>(() => DeclarativeModel.Parse("group.model.yaml", text)).Diagnostics);

        Assert.Equal(DiagnosticIds.UnknownName, error.Id);
        Assert.StartsWith("after 'group', read the grouped facts through an aggregate", error.Message, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<string>> LeadLinesAsync(SupervisionModel model)
    {
        var facts = new InMemoryFactSource();
        facts.Add(new[]
        {
            Person("C1", "370481199001011233", "张三"), Person("C2", "370481199001011233", "张三"),
            Person("C3", "370481199202021235", "李四"),
            Person("C4", "370481198803031231", "王五"), Person("C5", "370481198803031231", "王五"),
        });
        facts.Add(new[]
        {
            Case("C1", 1_000m, new DateOnly(2024, 3, 1)), Case("C2", 2_000m, new DateOnly(2023, 3, 1)), Case("C3", 5_000m, new DateOnly(2024, 3, 1)),
            Case("C4", 1_000m, new DateOnly(2022, 3, 1)), Case("C5", 1_000m, new DateOnly(2023, 3, 1)),
        });
        var result = await new SupervisionEngine().RunAsync([new ModelRun(model)], facts, cancellationToken: TestContext.Current.CancellationToken);
        return result.Leads.Select(l => JsonSerializer.Serialize(l, LeadJson.Options)).ToArray();
    }

    private static CasePerson Person(string caseId, string idNo, string name) =>
        new() { PersonKey = caseId + "#1", CaseId = caseId, Role = "被害人", Name = name, IdNo = idNo, Township = "城关" };

    private static ProcuratorateCase Case(string id, decimal loss, DateOnly accepted) => new()
    {
        CaseId = id, Unit = "院", Stage = "审查起诉", Charge = "诈骗罪", Injury = "无", PropertyLoss = loss, AcceptedDate = accepted,
        OffenderPaid = "未赔偿", CivilExecStatus = "", VictimFault = "无", Summary = "",
    };

    /// <summary>The C# twin of <see cref="Model"/>.</summary>
    public sealed class RepeatVictimModel : SupervisionModel
    {
        private static readonly Parameter<int> MinCases = new("min-cases", 2, "最少案件数", min: 1);

        public override ModelDescriptor Descriptor { get; } = new("USR0302", "多次被害", ModelCategory.Criminal, "1.0.0", "同一人在多件案件中为被害人")
        {
            Datasets = [typeof(CasePerson), typeof(ProcuratorateCase)],
        };

        public override IReadOnlyList<ModelParameter> Parameters => [MinCases];

        public override void Initialize(IModelContext context)
        {
            var minCases = context.GetValue(MinCases);
            var since = new DateOnly(2024, 1, 1);
            context.Rule("R1", FormattableString.Invariant($"同一人在 ≥ {minCases} 件案件中为被害人"), r => r
                .Match<CasePerson>(p => p.Role == "被害人")
                .Join<ProcuratorateCase, string>(p => p.CaseId, c => c.CaseId)
                .GroupBy((p, c) => p.IdNo)
                .Having(g => g.Select(x => x.Item1.CaseId).Distinct().Count() >= minCases && g.Select(x => x.Item2.AcceptedDate).Max() > since)
                .Reason(g => Subject.Person(g.Key, g.Select(x => x.Item1.Name).First(), "被害人"), 10, g => g.Select(x => x.Item2.PropertyLoss).Sum()));
            context.LeadWhen(10);
        }
    }
}
