using System.Globalization;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Entities;

namespace SupervisionModels.Datasets.Generator.Identity;

/// <summary>What a scenario asks of a new enterprise.</summary>
internal sealed record EnterpriseSpec(Industry Industry, Area Area)
{
    public EnterpriseRole Role { get; init; } = EnterpriseRole.Background;

    public DateOnly? Established { get; init; }

    /// <summary>A fixed name (banks, hospitals); otherwise one is built.</summary>
    public string? Name { get; init; }

    /// <summary>Name form: region in brackets (鑫达运输（枣庄）有限公司), the common source of bracket variants.</summary>
    public bool BracketRegion { get; init; }

    public int? LegalRep { get; init; }
}

/// <summary>
/// The market-entity register: background enterprises of every industry and status, the special sectors the cases
/// need (banks, small-loan companies, insurers, law firms), and the scenarios' own companies. Names are unique after
/// <see cref="NameNormalizer.Organization"/>, so a name join never confuses two companies by accident.
/// </summary>
internal sealed class EnterprisePool
{
    public static readonly DateOnly Cutoff = new(2023, 12, 31);

    private readonly List<EnterpriseInfo> _all = [];
    private HashSet<string>? _codes = new(StringComparer.Ordinal);
    private HashSet<string>? _normalizedNames = new(StringComparer.Ordinal);
    private readonly PersonPool _persons;
    private readonly WeightedTable<Industry> _industries = new(Industries.Background.Select(i => (i, i.Weight)));
    private readonly WeightedTable<Area> _areas = new(Regions.Local.Select(a => (a, a.Weight)));
    private readonly List<int> _background = [];

    public EnterprisePool(int seed, int backgroundCount, PersonPool persons)
    {
        _persons = persons;
        var rng = Rng.For(seed, "enterprises");
        CreateSectors(rng);
        for (var i = 0; i < backgroundCount; i++)
        {
            var e = Create(rng, new EnterpriseSpec(_industries.Draw(rng), _areas.Draw(rng)) { BracketRegion = rng.Chance(0.08) });
            AssignBackgroundStatus(rng, e);
            _background.Add(e.Index);
        }
    }

    public IReadOnlyList<EnterpriseInfo> All => _all;

    public IReadOnlyList<EnterpriseInfo> Banks { get; private set; } = [];

    public IReadOnlyList<EnterpriseInfo> MicroLenders { get; private set; } = [];

    public IReadOnlyList<EnterpriseInfo> Insurers { get; private set; } = [];

    public IReadOnlyList<EnterpriseInfo> LawFirms { get; private set; } = [];

    public IReadOnlyList<EnterpriseInfo> LeasingCompanies { get; private set; } = [];

    public EnterpriseInfo this[int index] => _all[index];

    /// <summary>Drops the uniqueness sets (tens of MB for a city) once the world is built; no enterprise can be added after.</summary>
    public void Seal() => (_codes, _normalizedNames) = (null, null);

    /// <summary>A background enterprise that exists on <paramref name="at"/> (any status, as real defendants are).</summary>
    public EnterpriseInfo RandomBackground(Rng rng, DateOnly at)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var e = _all[_background[rng.Next(_background.Count)]];
            if (!e.Reserved && e.ExistsAt(at))
            {
                return e;
            }
        }

        return _all[_background[rng.Next(_background.Count)]];
    }

    /// <summary>A background enterprise of <paramref name="industry"/> existing on <paramref name="at"/>, else any.</summary>
    public EnterpriseInfo RandomBackground(Rng rng, DateOnly at, Industry industry)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var e = RandomBackground(rng, at);
            if (ReferenceEquals(e.Industry, industry))
            {
                return e;
            }
        }

        return RandomBackground(rng, at);
    }

    /// <summary>Adds a scenario enterprise (status 存续 until the scenario says otherwise), reserved from background use.</summary>
    public EnterpriseInfo CreateReserved(Rng rng, EnterpriseSpec spec)
    {
        var e = Create(rng, spec);
        e.Reserved = true;
        e.Capital = Math.Round((decimal)rng.Between(10, 500)) * 10;
        e.InsuredStaff = rng.Between(2, 40);
        return e;
    }

    /// <summary>Adds a background-visible enterprise of a special sector (gas traders, carriers, venues' operators).</summary>
    public EnterpriseInfo CreateSector(Rng rng, EnterpriseSpec spec)
    {
        var e = Create(rng, spec);
        e.Capital = Math.Round((decimal)rng.Between(50, 2000)) * 10;
        e.InsuredStaff = rng.Between(3, 80);
        return e;
    }

    /// <summary>
    /// Renames <paramref name="e"/>'s past: gives it a former name (曾用名) of its industry and area that no enterprise
    /// of the register has, so that a match by that name can only go through the rename record.
    /// </summary>
    public string GiveFormerName(Rng rng, EnterpriseInfo e)
    {
        var names = _normalizedNames ?? throw new InvalidOperationException("The register is sealed: enterprises can only be renamed while the world is built.");
        string name;
        var attempts = 0;
        do
        {
            name = CompanyNames.Build(rng, e.Industry, e.Area, bracketRegion: false, attempts);
            attempts++;
        }
        while (!names.Add(NameNormalizer.Organization(name)));

        e.FormerName = name;
        return name;
    }

    private EnterpriseInfo Create(Rng rng, EnterpriseSpec spec)
    {
        var names = _normalizedNames ?? throw new InvalidOperationException("The register is sealed: enterprises can only be added while the world is built.");
        string name;
        var attempts = 0;
        do
        {
            name = spec.Name ?? CompanyNames.Build(rng, spec.Industry, spec.Area, spec.BracketRegion, attempts);
            attempts++;
        }
        while (!names.Add(NameNormalizer.Organization(name)) && spec.Name is null);

        var (department, kind, type) = CompanyNames.FormOf(name, spec.Industry);
        string code;
        do
        {
            code = Identifiers.CreditCode(rng, department, kind, spec.Area.Code, modern: rng.Chance(0.7));
        }
        while (!_codes!.Add(code));

        var established = spec.Established ?? rng.Date(new DateOnly(1998, 1, 1), new DateOnly(2022, 6, 30));
        var legalRep = spec.LegalRep ?? _persons.RandomBackgroundIn(rng, spec.Area, established, 25, 65);
        var e = new EnterpriseInfo
        {
            Index = _all.Count,
            CreditCode = code,
            Name = name,
            EnterpriseType = type,
            Industry = spec.Industry,
            Area = spec.Area,
            Address = AddressFor(rng, spec.Area),
            LegalRep = legalRep,
            Established = established,
            Role = spec.Role,
            Capital = Math.Round((decimal)rng.Amount(200, 1.0, 10, 10, 50_000)),
            InsuredStaff = rng.Between(1, 30),
        };
        _all.Add(e);
        return e;
    }

    public static string AddressFor(Rng rng, Area area)
    {
        var township = rng.Pick(area.Townships);
        return area.IsRural(township)
            ? string.Create(CultureInfo.InvariantCulture, $"{area.FullName}{township}{rng.Pick(Regions.VillageStems)}村")
            : string.Create(CultureInfo.InvariantCulture, $"{area.FullName}{township}{rng.Pick(Regions.Roads)}{rng.Between(1, 999)}号");
    }

    private static void AssignBackgroundStatus(Rng rng, EnterpriseInfo e)
    {
        var x = rng.NextDouble();
        var age = Cutoff.DayNumber - e.Established.DayNumber;
        if (x < 0.11 && age > 900)
        {
            e.Status = EnterpriseStatuses.Revoked;
            e.Revoked = e.Established.AddDays(rng.Between(700, age));
            e.InsuredStaff = 0;
            e.MissingReportYears = Math.Max(1, (Cutoff.DayNumber - e.Revoked.Value.DayNumber) / 365);
        }
        else if (x < 0.25 && age > 400)
        {
            e.Status = EnterpriseStatuses.Cancelled;
            e.Cancelled = e.Established.AddDays(rng.Between(365, age));
            e.InsuredStaff = 0;
            if (rng.Chance(0.3))
            {
                // Revoked first, deregistered later: common for companies that stopped trading.
                e.Revoked = e.Established.AddDays(rng.Between(300, e.Cancelled.Value.DayNumber - e.Established.DayNumber));
            }
        }
        else if (x < 0.26)
        {
            e.Status = EnterpriseStatuses.MovedOut;
        }
        else
        {
            e.Status = rng.Chance(0.08) ? EnterpriseStatuses.Operating : EnterpriseStatuses.Existing;
            if (rng.Chance(0.09) && age > 500)
            {
                e.Abnormal = true;
                e.AbnormalSince = e.Established.AddDays(rng.Between(400, age));
                e.MissingReportYears = rng.Between(1, 3);
                e.InsuredStaff = rng.Chance(0.7) ? 0 : rng.Between(1, 3);
            }
            else
            {
                e.InsuredStaff = (int)rng.Amount(6, 1.1, 1, 0, 3000);
            }
        }
    }

    private void CreateSectors(Rng rng)
    {
        var banks = new List<EnterpriseInfo>();
        string[] national = ["中国工商银行股份有限公司", "中国农业银行股份有限公司", "中国银行股份有限公司", "中国建设银行股份有限公司", "中国邮政储蓄银行股份有限公司"];
        foreach (var area in Regions.Local)
        {
            foreach (var bank in national)
            {
                banks.Add(CreateSector(rng, new EnterpriseSpec(Industries.Banking, area)
                {
                    Name = bank + (area.IsDistrict ? area.City + area.County : area.County) + "支行",
                    Role = EnterpriseRole.Bank,
                    Established = new DateOnly(2008, 1, 1).AddDays(rng.Next(1500)),
                }));
            }

            banks.Add(CreateSector(rng, new EnterpriseSpec(Industries.Banking, area)
            {
                Name = (area.IsDistrict ? "枣庄" + area.CountyShort : area.CountyShort) + "农村商业银行股份有限公司",
                Role = EnterpriseRole.Bank,
                Established = new DateOnly(2012, 1, 1).AddDays(rng.Next(1500)),
            }));
        }

        Banks = banks;
        MicroLenders = Regions.Local.Select(area => CreateSector(rng, new EnterpriseSpec(Industries.MicroLending, area) { Role = EnterpriseRole.MicroLender })).ToList();
        Insurers =
        [
            .. new[] { "中国人民财产保险股份有限公司", "中国平安财产保险股份有限公司", "中国太平洋财产保险股份有限公司", "中华联合财产保险股份有限公司" }
                .SelectMany(company => new[] { Regions.Xuecheng, Regions.Longkou, Regions.Shanxian }.Select(area => CreateSector(rng, new EnterpriseSpec(Industries.Insurance, area)
                {
                    Name = company + area.City[..^1] + "中心支公司",
                    Role = EnterpriseRole.Insurer,
                    Established = new DateOnly(2005, 1, 1).AddDays(rng.Next(2000)),
                }))),
        ];
        LawFirms = Enumerable.Range(0, 24).Select(i => CreateSector(rng, new EnterpriseSpec(Industries.LawFirm, Regions.Local[i % Regions.Local.Count])
        {
            Role = EnterpriseRole.LawFirm,
        })).ToList();
        LeasingCompanies = Enumerable.Range(0, 4).Select(i => CreateSector(rng, new EnterpriseSpec(Industries.FinancialLeasing, Regions.Local[i * 2])
        {
            Role = EnterpriseRole.Leasing,
            BracketRegion = true,
        })).ToList();
    }
}
