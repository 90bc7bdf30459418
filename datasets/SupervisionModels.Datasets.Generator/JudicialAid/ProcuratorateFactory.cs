using System.Globalization;
using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Datasets.Generator.Text;

namespace SupervisionModels.Datasets.Generator.JudicialAid;

/// <summary>
/// Procuratorate criminal cases: the background caseload of the region's procuratorates, and the row builders the
/// judicial-aid scenario uses. Background victims who are on a welfare list are never left eligible (their offender
/// paid in full), so every eligible victim on a list is a planted one.
/// </summary>
internal sealed class ProcuratorateFactory(World world)
{
    private static readonly (string Charge, double Weight)[] Charges =
    [
        ("故意伤害罪", 18), ("交通肇事罪", 9), ("盗窃罪", 25), ("诈骗罪", 14), ("危险驾驶罪", 22), ("抢劫罪", 2), ("寻衅滋事罪", 7), ("过失致人死亡罪", 1),
    ];

    private static readonly WeightedTable<(string Charge, double Weight)> ChargeTable = new(Charges.Select(c => (c, c.Weight)));
    private readonly WelfareProfile _welfare = new(world);

    public static string CaseId(Area area, DateOnly accepted, long slot) =>
        string.Create(CultureInfo.InvariantCulture, $"{area.County[..1]}检刑诉受〔{accepted.Year}〕{area.Code}{slot:D5}号");

    public static Area AreaOf(Rng rng) => rng.Chance(0.3) ? Regions.Shanxian : rng.Pick(Regions.Local);

    /// <summary>True when a case would qualify a victim for aid but for the hardship test (domain §3.3 steps 1 and 3).</summary>
    public static bool Eligible(string charge, string injury, decimal loss, string paid, string fault) =>
        paid != CompensationStatuses.Full && fault != "重大"
        && (injury is InjuryLevels.Death or InjuryLevels.SeriousFirst or InjuryLevels.SeriousSecond or InjuryLevels.MinorFirst or InjuryLevels.MinorSecond
            || (charge is "诈骗罪" or "盗窃罪" or "抢劫罪" && loss >= 20_000m));

    public ProcuratorateBundle Background(long slot)
    {
        var rng = Rng.For(world.Seed, "procuratorate", slot);
        var accepted = world.Procuratorate.DateOf(slot);
        var area = AreaOf(rng);
        var charge = ChargeTable.Draw(rng).Charge;
        var (injury, loss) = charge switch
        {
            "故意伤害罪" => (rng.NextDouble() switch { < 0.55 => InjuryLevels.MinorSecond, < 0.8 => InjuryLevels.MinorFirst, < 0.95 => InjuryLevels.SeriousSecond, < 0.98 => InjuryLevels.SeriousFirst, _ => InjuryLevels.Death }, 0m),
            "交通肇事罪" => (rng.Chance(0.6) ? InjuryLevels.Death : InjuryLevels.SeriousSecond, 0m),
            "抢劫罪" => (rng.Chance(0.5) ? InjuryLevels.MinorSecond : InjuryLevels.Slight, rng.Amount(3_000, 1.0, 100, 200, 80_000)),
            "寻衅滋事罪" => (rng.Chance(0.7) ? InjuryLevels.Slight : InjuryLevels.MinorSecond, 0m),
            "过失致人死亡罪" => (InjuryLevels.Death, 0m),
            "危险驾驶罪" => (InjuryLevels.None, 0m),
            _ => (InjuryLevels.None, rng.Amount(8_000, 1.1, 100, 500, 800_000)),
        };
        var paid = charge == "危险驾驶罪" ? CompensationStatuses.None : rng.NextDouble() switch { < 0.45 => CompensationStatuses.Full, < 0.7 => CompensationStatuses.Partial, < 0.9 => CompensationStatuses.None, _ => CompensationStatuses.Unable };
        var fault = charge == "故意伤害罪" ? rng.NextDouble() switch { < 0.75 => "无", < 0.88 => "一般", _ => "重大" } : "无";
        var suspect = world.Persons.RandomBackgroundIn(rng, area, accepted, 18, 70);
        int? victim = charge == "危险驾驶罪" ? null : world.Persons.RandomBackgroundIn(rng, area, accepted, 8, 88);
        int? relative = injury == InjuryLevels.Death ? world.Persons.RandomBackgroundIn(rng, area, accepted, 20, 80) : null;
        if (victim is { } v && Eligible(charge, injury, loss, paid, fault) && (_welfare.FlaggedAt(v, accepted) || (relative is { } r && _welfare.FlaggedAt(r, accepted))))
        {
            // Keep the truth clean: a background victim on a list has been compensated in full.
            paid = CompensationStatuses.Full;
        }

        var reconciled = paid == CompensationStatuses.Full && rng.Chance(0.5);
        var hardship = rng.Chance(0.04) ? HardshipMention.Innocent : paid == CompensationStatuses.Full && rng.Chance(0.03) ? HardshipMention.Keywords : HardshipMention.None;
        var place = area.County + rng.Pick(area.Townships) + rng.Pick(["某村", "某饭店", "某路段", "某集市", "某工地"]);
        var facts = new CaseFacts(charge, accepted.AddDays(-rng.Between(20, 200)), place, world.Persons.NameOf(suspect), victim is { } vv ? world.Persons.NameOf(vv) : string.Empty,
            injury, loss, paid, fault, injury == InjuryLevels.Death, relative is { } rr ? world.Persons.NameOf(rr) : null);
        var summary = ProcuratorateText.Summary(new Composer(Rng.For(world.Seed, "procuratorate-text", slot)), facts, hardship);
        var caseId = CaseId(area, accepted, slot);
        var row = Case(caseId, area, rng, charge, injury, loss, accepted, paid, fault, reconciled, CourtCaseNo(rng, area, accepted), summary);
        var persons = new List<CasePerson> { Person(caseId, 1, suspect, "犯罪嫌疑人", null, false, null) };
        if (victim is { } vic)
        {
            persons.Add(Person(caseId, 2, vic, "被害人", "本人", injury == InjuryLevels.Death, Compensation(rng, paid, loss, injury)));
        }

        if (relative is { } rel)
        {
            persons.Add(Person(caseId, persons.Count + 1, rel, "近亲属", rng.Pick(["配偶", "子女", "父母"]), false, Compensation(rng, paid, loss, injury)));
        }

        return new ProcuratorateBundle(row, persons);
    }

    public static ProcuratorateCase Case(string caseId, Area area, Rng rng, string charge, string injury, decimal loss, DateOnly accepted, string paid, string fault, bool reconciled, string? courtCaseNo, string summary) => new()
    {
        CaseId = caseId,
        Unit = area.ProcuratorateName,
        Stage = rng.NextDouble() switch { < 0.6 => "审查起诉", < 0.9 => "审查逮捕", < 0.95 => "刑事申诉", _ => "审判监督" },
        Charge = charge,
        Injury = injury,
        PropertyLoss = loss,
        AcceptedDate = accepted,
        OffenderPaid = paid,
        CivilExecStatus = paid switch
        {
            CompensationStatuses.Full => rng.Chance(0.5) ? "执行完毕" : "无附带民事",
            CompensationStatuses.Unable => "终结本次执行",
            CompensationStatuses.Partial => rng.Chance(0.5) ? "终结本次执行" : "执行中",
            _ => rng.Chance(0.5) ? "未申请" : "无附带民事",
        },
        VictimFault = fault,
        Reconciled = reconciled,
        CourtCaseNo = courtCaseNo,
        Summary = summary,
    };

    public CasePerson Person(string caseId, int seq, int person, string role, string? relation, bool deceased, decimal? compensation)
    {
        var p = world.Persons[person];
        return new CasePerson
        {
            PersonKey = caseId + "#" + seq.ToString(CultureInfo.InvariantCulture),
            CaseId = caseId,
            Role = role,
            Name = p.Name,
            IdNo = p.IdNo,
            Gender = p.Gender,
            BirthDate = p.BirthDate,
            RelationToVictim = relation,
            Deceased = deceased,
            Address = world.Persons.AddressOf(person),
            Township = world.Persons.TownshipOf(person),
            CompensationReceived = compensation,
        };
    }

    public static decimal? Compensation(Rng rng, string paid, decimal loss, string injury)
    {
        var full = loss > 0 ? loss : injury switch { InjuryLevels.Death => 400_000m, InjuryLevels.SeriousFirst or InjuryLevels.SeriousSecond => 150_000m, InjuryLevels.MinorFirst or InjuryLevels.MinorSecond => 30_000m, _ => 3_000m };
        return paid switch
        {
            CompensationStatuses.Full => full,
            CompensationStatuses.Partial => Math.Round(full * (decimal)(0.05 + (rng.NextDouble() * 0.3)) / 100) * 100,
            _ => 0m,
        };
    }

    /// <summary>The court case number once the case reached court (a first-instance criminal number of the county's court).</summary>
    public string? CourtCaseNo(Rng rng, Area area, DateOnly accepted)
    {
        if (!rng.Chance(0.5) || accepted.Year >= 2023 && accepted.Month > 9)
        {
            return null;
        }

        var block = world.Layout.BlockFor(area, false, accepted.Year, CaseTypes.CriminalFirstInstance);
        var slot = block.Start + rng.Next(block.Count);
        for (var attempt = 0; attempt < 20 && world.Layout.IsReserved(slot); attempt++)
        {
            slot = block.Start + rng.Next(block.Count);
        }

        return world.Layout.IsReserved(slot) ? null : world.Layout.CaseNo(slot);
    }
}
