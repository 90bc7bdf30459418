using SupervisionModels.Datasets.Generator.Identity;

namespace SupervisionModels.Datasets.Generator.Court;

/// <summary>One run of case numbers: a court, a year and a case type, holding <see cref="Count"/> published documents.</summary>
internal sealed record CaseBlock(Area Area, bool Intermediate, int Year, string CaseType, long Start, int Count, double Gap)
{
    public string CourtCode => Intermediate ? Area.IntermediateCourtCode : Area.CourtCode;

    public string CourtName => Intermediate ? Area.IntermediateCourtName : Area.CourtName;

    /// <summary>The case number of the n-th published document: numbers rise with filing and skip the unpublished ones.</summary>
    public int Number(int n) => (int)Math.Floor(n * Gap) + 1;

    public DateOnly FilingDate(int n)
    {
        var days = DateTime.IsLeapYear(Year) ? 366 : 365;
        var day = (int)Math.Floor((n + 0.5) / Count * days);
        return new DateOnly(Year, 1, 1).AddDays(Math.Min(day, days - 1));
    }
}

/// <summary>
/// Lays every judgment of a run out on a line of slots, grouped in blocks by court, year and case type, so that a
/// slot alone decides the case number and filing date. Background documents are generated from their slot on any
/// thread; scenarios reserve slots near the filing date they want, so planted cases get numbers from the same sequence
/// as everything else and cannot be told apart by their numbers.
/// </summary>
internal sealed class JudgmentLayout
{
    public static readonly int[] Years = [2019, 2020, 2021, 2022, 2023];
    private static readonly double[] YearWeights = [0.95, 0.9, 1.05, 1.0, 1.1];

    private readonly List<CaseBlock> _blocks = [];
    private readonly long[] _starts;
    private readonly HashSet<long> _reserved = [];

    public JudgmentLayout(int judgments)
    {
        var intermediates = new (Area Area, double Weight)[] { (Regions.Xuecheng, 6.0), (Regions.Longkou, 2.5), (Regions.Shanxian, 2.5) };
        var total = Regions.Local.Sum(a => a.Weight) + intermediates.Sum(i => i.Weight);
        var yearTotal = YearWeights.Sum();
        long start = 0;
        foreach (var area in Regions.Local)
        {
            AddCourt(area, false, area.Weight / total, [(CaseTypes.CivilFirstInstance, 0.80, 2.2), (CaseTypes.CivilSpecial, 0.03, 3.0), (CaseTypes.CriminalFirstInstance, 0.17, 1.3)]);
        }

        foreach (var (area, weight) in intermediates)
        {
            AddCourt(area, true, weight / total, [(CaseTypes.CivilSecondInstance, 0.70, 1.4), (CaseTypes.CivilRetrial, 0.05, 1.1), (CaseTypes.CriminalSecondInstance, 0.15, 1.2), (CaseTypes.CivilFirstInstance, 0.10, 1.5)]);
        }

        Total = start;
        _starts = _blocks.Select(b => b.Start).ToArray();

        void AddCourt(Area area, bool intermediate, double share, (string Type, double Share, double Gap)[] types)
        {
            for (var y = 0; y < Years.Length; y++)
            {
                foreach (var (type, typeShare, gap) in types)
                {
                    var count = (int)Math.Max(1, Math.Round(judgments * share * (YearWeights[y] / yearTotal) * typeShare));
                    _blocks.Add(new CaseBlock(area, intermediate, Years[y], type, start, count, gap));
                    start += count;
                }
            }
        }
    }

    public long Total { get; }

    public IReadOnlyList<CaseBlock> Blocks => _blocks;

    public (CaseBlock Block, int N) Locate(long slot)
    {
        var i = Array.BinarySearch(_starts, slot);
        if (i < 0)
        {
            i = ~i - 1;
        }

        var block = _blocks[i];
        return (block, (int)(slot - block.Start));
    }

    public string CaseNo(long slot)
    {
        var (block, n) = Locate(slot);
        return CaseNumbers.Format(block.Year, block.CourtCode, block.CaseType, block.Number(n));
    }

    public bool IsReserved(long slot) => _reserved.Contains(slot);

    public CaseBlock BlockFor(Area area, bool intermediate, int year, string caseType) =>
        _blocks.FirstOrDefault(b => ReferenceEquals(b.Area, area) && b.Intermediate == intermediate && b.Year == year && b.CaseType == caseType)
        ?? throw new InvalidOperationException($"No case block for {area.CourtCode} {year} {caseType}.");

    /// <summary>The area whose blocks hold the intermediate court that hears <paramref name="area"/>'s appeals.</summary>
    public Area IntermediateSeatOf(Area area) =>
        _blocks.First(b => b.Intermediate && b.CourtCode == area.IntermediateCourtCode).Area;

    /// <summary>The slot of <paramref name="area"/>'s court whose filing date is nearest <paramref name="date"/>, without reserving it.</summary>
    public long PositionNear(Area area, string caseType, DateOnly date)
    {
        var year = Math.Clamp(date.Year, Years[0], Years[^1]);
        var block = BlockFor(area, false, year, caseType);
        var n = (int)Math.Clamp(Math.Round((date.DayOfYear - 0.5) / (DateTime.IsLeapYear(year) ? 366 : 365) * block.Count), 0, block.Count - 1);
        return block.Start + n;
    }

    /// <summary>Reserves the free slot whose filing date is nearest <paramref name="desired"/> (then later years) and returns it.</summary>
    public long Reserve(Area area, bool intermediate, string caseType, DateOnly desired)
    {
        var year = Math.Clamp(desired.Year, Years[0], Years[^1]);
        for (var y = year; y <= Years[^1]; y++)
        {
            var block = BlockFor(area, intermediate, y, caseType);
            var target = y == desired.Year
                ? (int)Math.Clamp(Math.Round((desired.DayOfYear - 0.5) / (DateTime.IsLeapYear(y) ? 366 : 365) * block.Count), 0, block.Count - 1)
                : 0;
            for (var d = 0; d < block.Count; d++)
            {
                foreach (var n in new[] { target + d, target - d })
                {
                    if (n >= 0 && n < block.Count && _reserved.Add(block.Start + n))
                    {
                        return block.Start + n;
                    }
                }
            }
        }

        throw new InvalidOperationException($"Every slot of {area.CourtCode} {caseType} from {year} on is taken; the scale is too small for its scenarios.");
    }
}
