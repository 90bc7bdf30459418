using System.Globalization;
using SupervisionModels.Datasets;
using SupervisionModels.Entities;
using SupervisionModels.BuiltIn.JudicialAid;
using SupervisionModels.Testing;

namespace SupervisionModels.Models.Tests.JudicialAid;

/// <summary>
/// A tiny 单县 world written in the test: procuratorate cases and the people in them, the four hardship registers and
/// the aid already granted. Each method adds one real-looking record, so a test reads as the story it checks.
/// </summary>
internal sealed class AidWorld
{
    public const string Township = "莱河镇";

    /// <summary>The latest acceptance date of the world's cases unless a test adds a later one: 2023-09-30.</summary>
    public static readonly DateOnly Cutoff = new(2023, 9, 30);

    private int _next = 1;

    public List<ProcuratorateCase> Cases { get; } = [];
    public List<CasePerson> Persons { get; } = [];
    public List<SocialAssistance> Assistance { get; } = [];
    public List<DisabledPerson> Disabled { get; } = [];
    public List<PovertyMonitoring> Monitoring { get; } = [];
    public List<WomenFederationAid> Women { get; } = [];
    public List<JudicialAidGrant> Grants { get; } = [];

    /// <summary>A valid 单县 resident ID for a birth date; <paramref name="sequence"/> odd for a man, even for a woman.</summary>
    public static string Id(DateOnly birth, int sequence)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"371722{birth:yyyyMMdd}{sequence:D3}");
        return body + ResidentId.CheckCharacter(body);
    }

    public static readonly string LiuWoman = Id(new DateOnly(1975, 2, 10), 456);
    public static readonly string WangMan = Id(new DateOnly(1968, 7, 3), 231);
    public static readonly string ZhaoSuspect = Id(new DateOnly(1990, 5, 5), 111);
    public static readonly string SunWidow = Id(new DateOnly(1972, 11, 20), 442);
    public static readonly string ChildGirl = Id(new DateOnly(2008, 4, 1), 224);

    /// <summary>A case with its suspect; returns the case id. Defaults: 故意伤害 重伤二级, unpaid, no fault, accepted 2023-06-01.</summary>
    public string Case(
        string charge = "故意伤害罪",
        string injury = InjuryLevels.SeriousSecond,
        decimal loss = 0m,
        string paid = CompensationStatuses.None,
        string exec = "未申请",
        string fault = "无",
        bool reconciled = false,
        DateOnly? accepted = null,
        string? courtCaseNo = null,
        string summary = "犯罪嫌疑人赵某因琐事与被害人发生争执，持木棍击打被害人头部，致其颅骨骨折，经鉴定为重伤二级。案发后犯罪嫌疑人至今未赔偿。",
        (string? Id, string Name)? suspect = null)
    {
        var n = _next++;
        var date = accepted ?? new DateOnly(2023, 6, 1);
        var caseId = string.Create(CultureInfo.InvariantCulture, $"单检刑诉受〔{date.Year}〕371722{n:D5}号");
        Cases.Add(new ProcuratorateCase
        {
            CaseId = caseId,
            Unit = "单县人民检察院",
            Stage = "审查起诉",
            Charge = charge,
            Injury = injury,
            PropertyLoss = loss,
            AcceptedDate = date,
            OffenderPaid = paid,
            CivilExecStatus = exec,
            VictimFault = fault,
            Reconciled = reconciled,
            CourtCaseNo = courtCaseNo,
            Summary = summary,
        });
        var (sid, sname) = suspect ?? (ZhaoSuspect, "赵某");
        Person(caseId, "犯罪嫌疑人", sid, sname);
        return caseId;
    }

    /// <summary>A person in a case; returns the person key.</summary>
    public string Person(string caseId, string role, string? id, string name, bool deceased = false, string? relation = null, string township = Township, decimal? compensation = 0m)
    {
        var seq = Persons.Count(p => p.CaseId == caseId) + 1;
        var key = caseId + "#" + seq.ToString(CultureInfo.InvariantCulture);
        Persons.Add(new CasePerson
        {
            PersonKey = key,
            CaseId = caseId,
            Role = role,
            Name = name,
            IdNo = id,
            Gender = id is not null && ResidentId.IsMale(id) == true ? "男" : "女",
            RelationToVictim = relation ?? (role == "被害人" ? "本人" : null),
            Deceased = deceased,
            Address = "单县" + township + "某村",
            Township = township,
            CompensationReceived = role is "被害人" or "近亲属" ? compensation : null,
        });
        return key;
    }

    public string Victim(string caseId, string? id, string name, bool deceased = false, string township = Township) =>
        Person(caseId, "被害人", id, name, deceased, township: township);

    public SocialAssistance OnSubsistence(string id, string name, DateOnly start, DateOnly? end = null, string program = AssistancePrograms.RuralSubsistence, string township = Township)
    {
        var row = new SocialAssistance
        {
            RecordId = "DB" + Assistance.Count.ToString("D6", CultureInfo.InvariantCulture),
            HouseholdId = "HH" + id,
            IdNo = id,
            Name = name,
            Relation = "户主",
            Program = program,
            StartDate = start,
            EndDate = end,
            MonthlyBenefit = 600m,
            Township = township,
        };
        Assistance.Add(row);
        return row;
    }

    public DisabledPerson WithDisability(string id, string name, int grade, int category = 4, string status = "有效", DateOnly? issued = null)
    {
        var row = new DisabledPerson
        {
            CertNo = id + category.ToString(CultureInfo.InvariantCulture) + grade.ToString(CultureInfo.InvariantCulture),
            IdNo = id,
            Name = name,
            Category = category,
            CategoryName = category == 4 ? "肢体残疾" : "视力残疾",
            Grade = grade,
            Status = status,
            IssuedDate = issued ?? new DateOnly(2018, 3, 1),
            Township = Township,
        };
        Disabled.Add(row);
        return row;
    }

    public PovertyMonitoring Monitored(string id, string name, string status, DateOnly identified, DateOnly? eliminated = null)
    {
        var row = new PovertyMonitoring
        {
            RecordId = "JC" + Monitoring.Count.ToString("D6", CultureInfo.InvariantCulture),
            HouseholdId = "FP" + id,
            IdNo = id,
            Name = name,
            Relation = "户主",
            HouseholdStatus = status,
            RiskType = "因意外",
            IdentifiedDate = identified,
            RiskEliminated = eliminated is not null,
            EliminatedDate = eliminated,
            Township = Township,
        };
        Monitoring.Add(row);
        return row;
    }

    public WomenFederationAid InWomenRegister(string id, string name, DateOnly registered, DateOnly? exit = null)
    {
        var row = new WomenFederationAid
        {
            RecordId = "FL" + Women.Count.ToString("D6", CultureInfo.InvariantCulture),
            IdNo = id,
            Name = name,
            HardshipType = "单亲困难母亲",
            RegisteredDate = registered,
            Status = exit is null ? "在册" : "已退出",
            ExitDate = exit,
            Township = Township,
        };
        Women.Add(row);
        return row;
    }

    public JudicialAidGrant Granted(string? caseId, string id, string name, string? courtCaseNo = null)
    {
        var row = new JudicialAidGrant
        {
            AidNo = string.Create(CultureInfo.InvariantCulture, $"单检救〔2023〕{Grants.Count + 1}号"),
            CaseId = caseId,
            CourtCaseNo = courtCaseNo,
            GrantingBody = caseId is null ? "单县人民法院" : "单县人民检察院",
            RecipientName = name,
            RecipientId = id,
            Amount = 20_000m,
            GrantedDate = new DateOnly(2023, 9, 1),
        };
        Grants.Add(row);
        return row;
    }

    /// <summary>Puts every record into a model test (a cut-off case keeps the reference date fixed whatever the test adds).</summary>
    public ModelTest<JudicialAidModel> Into(ModelTest<JudicialAidModel> test) => test
        .With(Cases.Append(CutoffCase())).With(Persons).With(Assistance).With(Disabled).With(Monitoring).With(Women).With(Grants);

    // A drink-driving case accepted on the cut-off date: no victim, never a candidate, it only fixes the reference date.
    private static ProcuratorateCase CutoffCase() => new()
    {
        CaseId = "单检刑诉受〔2023〕37172299999号",
        Unit = "单县人民检察院",
        Stage = "审查起诉",
        Charge = "危险驾驶罪",
        Injury = InjuryLevels.None,
        AcceptedDate = Cutoff,
        OffenderPaid = CompensationStatuses.None,
        CivilExecStatus = "无附带民事",
        VictimFault = "无",
        Summary = "犯罪嫌疑人醉酒驾驶机动车被查获。",
    };
}
