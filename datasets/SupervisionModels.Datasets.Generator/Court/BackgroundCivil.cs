using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Datasets.Generator.Text;
using SupervisionModels.Datasets.Generator.Text.Stories;

namespace SupervisionModels.Datasets.Generator.Court;

/// <summary>
/// Background civil cases: the ordinary caseload of a court. A first-instance case is a pure function of its slot
/// (header from one random stream, text from another), so an appeal or an enforcement case can rebuild the case it
/// refers to without storing it.
/// </summary>
internal sealed class BackgroundCivil(World world)
{
    private readonly PartyFactory _parties = new(world);
    private readonly Dictionary<string, List<EnterpriseInfo>> _banks = Regions.Local.ToDictionary(a => a.Code, a => world.Enterprises.Banks.Where(b => ReferenceEquals(b.Area, a)).ToList(), StringComparer.Ordinal);
    private readonly Dictionary<string, List<EnterpriseInfo>> _insurers = Regions.Local.Select(a => a.City).Distinct(StringComparer.Ordinal).ToDictionary(c => c, c => world.Enterprises.Insurers.Where(i => i.Area.City == c).ToList(), StringComparer.Ordinal);

    /// <summary>The header and story of the first-instance civil case at <paramref name="slot"/> (no text).</summary>
    public (CaseHeader Header, CivilStory Story, CauseSpec Cause) FirstInstance(long slot)
    {
        var (block, n) = world.Layout.Locate(slot);
        var rng = Rng.For(world.Seed, "civil-header", slot);
        var spec = CauseTable.Table.Draw(rng);
        var h = new CaseHeader { Block = block, CaseNo = world.Layout.CaseNo(slot), Filing = block.FilingDate(n), Cause = spec.Cause };
        var withdrawal = spec.Family == CauseFamily.Divorce ? 0.15 : 0.10;
        var mediation = spec.Family == CauseFamily.Divorce ? 0.40 : spec.Family is CauseFamily.BankLoan or CauseFamily.CreditCard ? 0.12 : 0.26;
        var x = rng.NextDouble();
        h.ClosingMode = x < withdrawal ? "准予撤诉" : x < withdrawal + mediation ? "调解" : "判决";
        h.DocType = h.ClosingMode switch { "准予撤诉" => "民事裁定书", "调解" => "民事调解书", _ => "民事判决书" };
        AddParties(h, spec, rng);
        var story = CreateStory(h, spec, rng);
        h.Procedure = (h.Claim ?? 0m) <= 50_000m && spec.Family is not CauseFamily.Divorce && rng.Chance(0.25) ? "小额诉讼程序" : rng.Chance(0.72) ? "简易程序" : "普通程序";
        h.Default = h.ClosingMode == "判决" && rng.Chance(spec.DefaultRate);
        h.Admitted = h.ClosingMode == "判决" && !h.Default && rng.Chance(0.12);
        var days = h.ClosingMode switch
        {
            "准予撤诉" => rng.Between(7, 60),
            "调解" => rng.Between(10, 70),
            _ => h.Procedure == "普通程序" ? rng.Between(60, 200) : rng.Between(18, 88),
        };
        h.Decided = Clamp(h.Filing.AddDays(days));
        if (spec.Family is not (CauseFamily.Divorce or CauseFamily.Labour))
        {
            var full = CourtFees.Property(h.Claim ?? 0m);
            h.Fee = h.Procedure != "普通程序" || h.ClosingMode != "判决" ? CourtFees.Halved(full) : full;
        }

        world.Staff.Assign(h, rng);
        return (h, story, spec);
    }

    public string Text(long slot, CaseHeader h, CivilStory story) =>
        CivilJudgmentWriter.Write(new Composer(Rng.For(world.Seed, "civil-text", slot)), h, story);

    public static DateOnly Clamp(DateOnly d) => d > EnterprisePool.Cutoff ? EnterprisePool.Cutoff : d;

    private void AddParties(CaseHeader h, CauseSpec spec, Rng rng)
    {
        var at = h.Filing;
        var area = h.Block.Area;
        CaseParty PersonIn(string role, double agent) => _parties.Person(role, world.Persons.RandomBackgroundIn(rng, area, at, 22, 80), rng, at, agent);
        CaseParty Company(string role, double agent) => _parties.Organization(role, world.Enterprises.RandomBackground(rng, at), rng, at, agent);
        CaseParty Party(string role, double personShare, double agent) => rng.Chance(personShare) ? PersonIn(role, agent) : Company(role, agent);

        switch (spec.Family)
        {
            case CauseFamily.BankLoan:
                h.Parties.Add(_parties.Organization("原告", rng.Chance(0.8) ? Bank(rng, area) : rng.Chance(0.7) ? world.Enterprises.MicroLenders.First(l => ReferenceEquals(l.Area, area)) : rng.Pick(world.Enterprises.MicroLenders), rng, at, 0.9, 0.97));
                h.Parties.Add(Party("被告", 0.8, 0.1));
                if (rng.Chance(0.3))
                {
                    h.Parties.Add(PersonIn("被告", 0.0));
                }

                break;
            case CauseFamily.CreditCard:
                h.Parties.Add(_parties.Organization("原告", Bank(rng, area), rng, at, 0.9, 0.97));
                h.Parties.Add(PersonIn("被告", 0.05));
                break;
            case CauseFamily.Sale:
                h.Parties.Add(Party("原告", 0.4, 0.6));
                h.Parties.Add(Party("被告", 0.35, 0.3));
                break;
            case CauseFamily.UsedCar:
                h.Parties.Add(PersonIn("原告", 0.7));
                h.Parties.Add(rng.Chance(0.7) ? _parties.Organization("被告", world.Enterprises.RandomBackground(rng, at, Industries.CarSales), rng, at, 0.6) : PersonIn("被告", 0.4));
                break;
            case CauseFamily.Traffic:
                h.Parties.Add(PersonIn("原告", 0.7));
                h.Parties.Add(PersonIn("被告", 0.3));
                h.Parties.Add(_parties.Organization("被告", Insurer(rng, area), rng, at, 0.8, 0.97));
                break;
            case CauseFamily.Divorce:
                var plaintiff = world.Persons.RandomBackgroundIn(rng, area, at, 22, 70);
                var p = world.Persons[plaintiff];
                int spouse;
                var tries = 0;
                do
                {
                    spouse = world.Persons.RandomBackgroundIn(rng, area, at, Math.Max(20, p.AgeAt(at) - 8), p.AgeAt(at) + 8);
                }
                while (world.Persons[spouse].IsMale == p.IsMale && ++tries < 40);
                h.Parties.Add(_parties.Person("原告", plaintiff, rng, at, 0.5));
                h.Parties.Add(_parties.Person("被告", spouse, rng, at, 0.2));
                break;
            case CauseFamily.Labour:
                h.Parties.Add(PersonIn("原告", 0.4));
                h.Parties.Add(Company("被告", 0.4));
                break;
            case CauseFamily.PropertyFee:
                h.Parties.Add(_parties.Organization("原告", world.Enterprises.RandomBackground(rng, at, Industries.RealEstate), rng, at, 0.5));
                h.Parties.Add(PersonIn("被告", 0.05));
                break;
            default:
                h.Parties.Add(Party("原告", 0.6, 0.55));
                h.Parties.Add(Party("被告", 0.6, 0.25));
                break;
        }
    }

    /// <summary>A bank branch of the court's county (most borrowers bank locally), sometimes another county's.</summary>
    private EnterpriseInfo Bank(Rng rng, Area area)
    {
        var local = _banks[area.Code];
        return rng.Chance(0.85) && local.Count > 0 ? rng.Pick(local) : rng.Pick(world.Enterprises.Banks);
    }

    /// <summary>An insurer's branch in the court's city.</summary>
    private EnterpriseInfo Insurer(Rng rng, Area area)
    {
        var local = _insurers[area.City];
        return rng.Pick(local.Count > 0 ? local : world.Enterprises.Insurers);
    }

    private static CivilStory CreateStory(CaseHeader h, CauseSpec spec, Rng rng) => spec.Family switch
    {
        CauseFamily.PrivateLoan => new PrivateLoanStory(h, rng),
        CauseFamily.BankLoan => new BankLoanStory(h, rng, creditCard: false),
        CauseFamily.CreditCard => new BankLoanStory(h, rng, creditCard: true),
        CauseFamily.Sale => new SaleStory(h, rng, usedCar: false),
        CauseFamily.UsedCar => new SaleStory(h, rng, usedCar: true),
        CauseFamily.Traffic => new TrafficStory(h, rng, traffic: true),
        CauseFamily.Injury => new TrafficStory(h, rng, traffic: false),
        CauseFamily.Divorce => new DivorceStory(h, rng),
        CauseFamily.Labour => new LabourStory(h, rng),
        CauseFamily.PropertyFee => new ServiceStory(h, rng, ServiceKind.PropertyFee),
        CauseFamily.Lease => new ServiceStory(h, rng, ServiceKind.Lease),
        CauseFamily.Construction => new ServiceStory(h, rng, ServiceKind.Construction),
        CauseFamily.Guarantee => new ServiceStory(h, rng, ServiceKind.Guarantee),
        CauseFamily.Assignment => new ServiceStory(h, rng, ServiceKind.Assignment),
        _ => new ServiceStory(h, rng, ServiceKind.Contract),
    };
}
