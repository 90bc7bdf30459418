using System.Globalization;
using SupervisionModels.Datasets.Generator.Identity;

namespace SupervisionModels.Datasets.Generator.JudicialAid;

/// <summary>
/// Builds the welfare registers' rows for a person (background from <see cref="WelfareProfile"/>, scenario from what
/// the scenario decides). Record numbers scramble the person's index, so a scenario person's numbers look like anyone's.
/// </summary>
internal sealed class WelfareFactory(World world)
{
    private static readonly string[] CategoryNames = ["", "视力残疾", "听力残疾", "言语残疾", "肢体残疾", "智力残疾", "精神残疾", "多重残疾"];

    public static long Scramble(int index) => (long)((ulong)index * 2654435761UL % 1_000_000_000UL);

    private string Area(int person) => world.Persons[person].Area.Code;

    public IEnumerable<SocialAssistance> Assistance(int head, WelfareProfile.Assistance a)
    {
        var household = string.Create(CultureInfo.InvariantCulture, $"HH{Area(head)}{Scramble(head):D9}");
        yield return AssistanceRow(head, household, "户主", a, 0);
        if (a.WithSpouse && head + 1 < world.Persons.BackgroundCount)
        {
            yield return AssistanceRow(head + 1, household, "配偶", a, 1);
        }
    }

    private SocialAssistance AssistanceRow(int person, string household, string relation, WelfareProfile.Assistance a, int member) => new()
    {
        RecordId = string.Create(CultureInfo.InvariantCulture, $"DB{Area(person)}{Scramble(person):D9}{member}"),
        HouseholdId = household,
        IdNo = world.Persons.IdOf(person),
        Name = world.Persons.NameOf(person),
        Relation = relation,
        Program = a.Program,
        StartDate = a.Spell.From,
        EndDate = a.Spell.To,
        MonthlyBenefit = a.Monthly,
        Township = world.Persons.TownshipOf(person),
    };

    public DisabledPerson Disabled(int person, WelfareProfile.Disability d)
    {
        var id = world.Persons.IdOf(person);
        return new DisabledPerson
        {
            CertNo = id + d.Category.ToString(CultureInfo.InvariantCulture) + d.Grade.ToString(CultureInfo.InvariantCulture),
            IdNo = id,
            Name = world.Persons.NameOf(person),
            Category = d.Category,
            CategoryName = CategoryNames[d.Category],
            Grade = d.Grade,
            Status = d.Valid ? "有效" : "注销",
            IssuedDate = d.Issued,
            Township = world.Persons.TownshipOf(person),
        };
    }

    public IEnumerable<PovertyMonitoring> Monitoring(int head, WelfareProfile.Monitoring m)
    {
        var household = string.Create(CultureInfo.InvariantCulture, $"FP{Area(head)}{Scramble(head):D9}");
        yield return MonitoringRow(head, household, "户主", m, 0);
        if (m.WithSpouse && head + 1 < world.Persons.BackgroundCount)
        {
            yield return MonitoringRow(head + 1, household, "配偶", m, 1);
        }
    }

    private PovertyMonitoring MonitoringRow(int person, string household, string relation, WelfareProfile.Monitoring m, int member) => new()
    {
        RecordId = string.Create(CultureInfo.InvariantCulture, $"JC{Area(person)}{Scramble(person):D9}{member}"),
        HouseholdId = household,
        IdNo = world.Persons.IdOf(person),
        Name = world.Persons.NameOf(person),
        Relation = relation,
        HouseholdStatus = m.Status,
        RiskType = m.Risk,
        IdentifiedDate = m.Identified,
        RiskEliminated = m.Eliminated is not null,
        EliminatedDate = m.Eliminated,
        Township = world.Persons.TownshipOf(person),
    };

    public WomenFederationAid Women(int person, WelfareProfile.WomenAid w) => new()
    {
        RecordId = string.Create(CultureInfo.InvariantCulture, $"FL{Area(person)}{Scramble(person):D9}"),
        IdNo = world.Persons.IdOf(person),
        Name = world.Persons.NameOf(person),
        HardshipType = w.Hardship,
        RegisteredDate = w.Spell.From,
        Status = w.Spell.To is null ? "在册" : "已退出",
        ExitDate = w.Spell.To,
        Township = world.Persons.TownshipOf(person),
    };
}
