using SupervisionModels.Datasets.Generator.Court;
using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.JudicialAid;
using SupervisionModels.Datasets.Generator.NitrousOxide;
using SupervisionModels.Datasets.Generator.Output;

namespace SupervisionModels.Datasets.Generator;

/// <summary>
/// Everything decided before any file is written: the population, the register, the slot layouts of the streamed
/// datasets, and every planted and decoy row the scenarios put on them. Built single-threaded from the seed; read-only
/// (but for atomic variant bookkeeping) while the streams run in parallel.
/// </summary>
internal sealed class World
{
    public static readonly DateOnly Start = new(2019, 1, 1);
    public static readonly DateOnly Cutoff = EnterprisePool.Cutoff;

    public World(int seed, ScaleProfile profile, Difficulty difficulty)
    {
        Seed = seed;
        Difficulty = difficulty;
        Profile = profile;
        Persons = new PersonPool(seed, profile.Persons);
        Enterprises = new EnterprisePool(seed, profile.Enterprises, Persons);
        Variants = new VariantRegistry(Persons);
        Layout = new JudgmentLayout(profile.Judgments);
        Staff = new CourtStaff(seed, Persons, Layout);
        Vehicles = new SlotPlan<Vehicle>(profile.Vehicles);
        Police = new SlotPlan<PoliceBundle>(profile.PoliceCases, Start, Cutoff);
        Waybills = new SlotPlan<Waybill>(profile.Waybills, Start, Cutoff);
        Checkins = new SlotPlan<LodgingCheckin>(profile.Checkins, Start, Cutoff);
        Procuratorate = new SlotPlan<ProcuratorateBundle>(profile.ProcuratorateCases, Start, Cutoff);
        Welfare = new WelfareRows(Persons.BackgroundCount);
    }

    public int Seed { get; }

    /// <summary>How hard the decoys are: scenarios add their hard decoys (drawing from their own streams) only when <see cref="Generator.Difficulty.Hard"/>.</summary>
    public Difficulty Difficulty { get; }

    public bool IsHard => Difficulty == Difficulty.Hard;

    public ScaleProfile Profile { get; }

    public PersonPool Persons { get; }

    public EnterprisePool Enterprises { get; }

    public VariantRegistry Variants { get; }

    public JudgmentLayout Layout { get; }

    public CourtStaff Staff { get; }

    /// <summary>Scenario documents at reserved judgment slots (with their parties, enforcement and disposals).</summary>
    public Dictionary<long, CourtBundle> ReservedCourt { get; } = [];

    /// <summary>Scenario rows emitted after a judgment slot (enforcement on arbitral awards, extra disposals).</summary>
    public Dictionary<long, CourtBundle> ExtraCourt { get; } = [];

    public SlotPlan<Vehicle> Vehicles { get; }

    /// <summary>Where each scenario vehicle sits, by VIN, so a scenario can update it.</summary>
    public Dictionary<string, long> ReservedVehicleSlots { get; } = new(StringComparer.Ordinal);

    /// <summary>Plate-quota auctions: few, held whole (public auctions and the scenarios').</summary>
    public List<PlateAuction> PlateAuctions { get; } = [];

    public SlotPlan<PoliceBundle> Police { get; }

    public SlotPlan<Waybill> Waybills { get; }

    public SlotPlan<LodgingCheckin> Checkins { get; }

    public NitrousOxideRegistries Registries { get; } = new();

    /// <summary>Decoy venues: background minors lodging there always have their guardian registered.</summary>
    public HashSet<string> DecoyVenues { get; } = new(StringComparer.Ordinal);

    public SlotPlan<ProcuratorateBundle> Procuratorate { get; }

    public WelfareRows Welfare { get; }

    public List<JudicialAidGrant> AidGrants { get; } = [];

    public TruthLog Truth { get; } = new();

    private readonly Dictionary<string, int> _otherTitles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _aidNumbers = new(StringComparer.Ordinal);

    /// <summary>The nitrous-oxide registers' factory (carriers, traders, venues), set while the world is built.</summary>
    public NitrousOxide.RegistryFactory? NitrousOxideRegisters { get; set; }

    /// <summary>The next judicial-aid case number of a court for a year: （2022）鲁1722司救刑3号.</summary>
    public string NextCourtAidNo(Area area, int year)
    {
        var key = "court" + area.Code + year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _aidNumbers.TryGetValue(key, out var n);
        _aidNumbers[key] = ++n;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"（{year}）{area.CourtCode}司救刑{n}号");
    }

    /// <summary>The next aid decision number of a procuratorate for a year: 单检救〔2022〕12号.</summary>
    public string NextAidNo(Area area, int year)
    {
        var key = area.Code + year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _aidNumbers.TryGetValue(key, out var n);
        _aidNumbers[key] = ++n;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{area.County[..1]}检救〔{year}〕{n}号");
    }

    /// <summary>Adds rows to be written after the judgment slot <paramref name="slot"/>.</summary>
    public CourtBundle ExtraAfter(long slot)
    {
        if (!ExtraCourt.TryGetValue(slot, out var bundle))
        {
            bundle = new CourtBundle();
            ExtraCourt[slot] = bundle;
        }

        return bundle;
    }

    /// <summary>The next enforcement number on a non-judgment title (arbitral award) for a court and year.</summary>
    public string NextOtherTitleExecNo(Area area, int year)
    {
        var block = Layout.BlockFor(area, false, year, CaseTypes.CivilFirstInstance);
        var key = block.CourtCode + year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _otherTitles.TryGetValue(key, out var j);
        _otherTitles[key] = j + 1;
        return ExecNumbers.ForOtherTitle(block, j);
    }
}
