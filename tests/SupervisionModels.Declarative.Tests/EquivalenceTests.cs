using System.Text.Json;
using SupervisionModels.Datasets;
using SupervisionModels.Leads;
using SupervisionModels.Models;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Facts;
using SupervisionModels.Runtime.Leads;
using SupervisionModels.TestSupport;

namespace SupervisionModels.Declarative.Tests;

/// <summary>
/// The proof of the format: the committed model file and its C# twin give byte-identical leads (ids, scores, ranks,
/// rules, weights, amounts, evidence) on the committed sample and on a small dataset written here.
/// </summary>
public sealed class EquivalenceTests
{
    private static string ModelFile => Path.Combine(FixtureFiles.RepositoryRoot, "models", "declarative", "USR0301.model.yaml");

    [Fact]
    public async Task The_model_file_gives_the_leads_of_its_CSharp_twin_on_the_sample()
    {
        var sample = Path.Combine(FixtureFiles.RepositoryRoot, "datasets", "sample");

        var fromFile = await LeadLinesAsync(DeclarativeModel.Load(ModelFile), new ParquetFactSource(sample) { HashFiles = false });
        var fromCode = await LeadLinesAsync(new UnpaidVictimsModel(), new ParquetFactSource(sample) { HashFiles = false });

        Assert.NotEmpty(fromCode);
        Assert.Equal(fromCode, fromFile);
    }

    [Fact]
    public async Task The_model_file_gives_the_leads_of_its_CSharp_twin_on_planted_leads_and_near_misses()
    {
        var fromFile = await LeadLinesAsync(DeclarativeModel.Load(ModelFile), SmallDataset());
        var fromCode = await LeadLinesAsync(new UnpaidVictimsModel(), SmallDataset());

        Assert.Equal(fromCode, fromFile);
        var leads = fromFile.Select(l => JsonSerializer.Deserialize<Lead>(l, LeadJson.Options)!).ToArray();
        var lead = Assert.Single(leads);
        Assert.Equal("ID:" + Victim, lead.Subject.Key);
        Assert.Equal(["R1", "R2", "R3", "R4"], lead.Rules.Select(r => r.RuleId));
        Assert.Equal(40, lead.Score);
        Assert.Equal(30_000m, lead.Amount);
        Assert.Contains(lead.Evidence, e => e.Dataset == "procuratorate_cases" && e.MatchedWords.Contains("生活困难"));
    }

    [Fact]
    public async Task Parameters_of_a_run_reach_the_rules_and_their_descriptions()
    {
        var model = DeclarativeModel.Load(ModelFile);
        var run = new ModelRun(model) { ParameterValues = new Dictionary<string, object> { ["major-loss"] = 50_000m, ["min-score"] = 20d } };

        var result = await new SupervisionEngine().RunAsync([run], SmallDataset(), cancellationToken: TestContext.Current.CancellationToken);

        // The planted case is a 30 000 yuan loss without injury: above the threshold it is no aid situation.
        Assert.Empty(result.Leads);
        var twin = await new SupervisionEngine().RunAsync(
            [new ModelRun(new UnpaidVictimsModel()) { ParameterValues = run.ParameterValues }], SmallDataset(), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Empty(twin.Leads);
    }

    private const string Victim = "370481199001011233";
    private const string PaidVictim = "370481199202021235";
    private const string AidedVictim = "370481198803031231";
    private const string LapsedVictim = "370481198504041237";

    // One planted victim and three near misses, each cleared by one fact: paid in full, already aided, off the register before the case.
    private static InMemoryFactSource SmallDataset()
    {
        var facts = new InMemoryFactSource();
        facts.Add(new[]
        {
            Case("C1", "被害人家中生活困难，无力支付医疗费。", offenderPaid: "未赔偿"),
            Case("C2", "被害人生活困难。", offenderPaid: "全额赔偿"),
            Case("C3", "被害人生活困难。", offenderPaid: "未赔偿"),
            Case("C4", "被害人生活困难。", offenderPaid: "未赔偿"),
        });
        facts.Add(new[]
        {
            Person("C1", Victim, "张三"), Person("C2", PaidVictim, "李四"), Person("C3", AidedVictim, "王五"), Person("C4", LapsedVictim, "赵六"),
            new CasePerson { PersonKey = "C1#2", CaseId = "C1", Role = "犯罪嫌疑人", Name = "钱七", IdNo = "370481197001011234", Township = "城关" },
        });
        facts.Add(new[]
        {
            Assistance("S1", Victim, "城市低保", new DateOnly(2025, 7, 1), end: null),
            Assistance("S2", PaidVictim, "城市低保", new DateOnly(2025, 7, 1), end: null),
            Assistance("S3", AidedVictim, "农村低保", new DateOnly(2025, 7, 1), end: null),
            Assistance("S4", LapsedVictim, "农村低保", new DateOnly(2020, 1, 1), end: new DateOnly(2024, 12, 31)),
        });
        facts.Add(new[]
        {
            new JudicialAidGrant { AidNo = "G1", CaseId = "C3", RecipientName = "王五", RecipientId = AidedVictim, Amount = 10_000m, GrantedDate = new DateOnly(2025, 9, 1) },
        });
        return facts;
    }

    private static ProcuratorateCase Case(string id, string summary, string offenderPaid) => new()
    {
        CaseId = id, Unit = "龙口市人民检察院", Stage = "审查起诉", Charge = "抢劫罪", Injury = "无", PropertyLoss = 30_000m,
        AcceptedDate = new DateOnly(2025, 6, 1), OffenderPaid = offenderPaid, CivilExecStatus = "", VictimFault = "无", Summary = summary,
    };

    private static CasePerson Person(string caseId, string idNo, string name) =>
        new() { PersonKey = caseId + "#1", CaseId = caseId, Role = "被害人", Name = name, IdNo = idNo, Township = "城关" };

    private static SocialAssistance Assistance(string id, string idNo, string program, DateOnly start, DateOnly? end) =>
        new() { RecordId = id, HouseholdId = "H" + id, IdNo = idNo, Name = "", Relation = "户主", Program = program, StartDate = start, EndDate = end, MonthlyBenefit = 800m, Township = "城关" };

    private static async Task<IReadOnlyList<string>> LeadLinesAsync(SupervisionModel model, IFactSource facts)
    {
        var result = await new SupervisionEngine().RunAsync([new ModelRun(model)], facts, cancellationToken: TestContext.Current.CancellationToken);
        return result.Leads.Select(l => JsonSerializer.Serialize(l, LeadJson.Options)).ToArray();
    }
}
