using System.Globalization;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Entities;

namespace SupervisionModels.Datasets.Generator.Identity;

/// <summary>
/// The region's population, held compactly (a 17-digit ID body and a packed name per person, ~12 bytes) so that a
/// city of a million and more fits in a few tens of MB. Background rows draw people from the first
/// <see cref="BackgroundCount"/>; scenarios add their own people after them, so a planted plaintiff never turns up
/// by chance in someone else's case. ID numbers are unique by construction.
/// </summary>
internal sealed class PersonPool
{
    private static readonly (int From, int To, double Weight)[] BirthYears =
    [
        (1938, 1949, 5), (1950, 1959, 10), (1960, 1969, 16), (1970, 1979, 15), (1980, 1989, 15), (1990, 1999, 14), (2000, 2009, 12), (2010, 2017, 9),
    ];

    private readonly int _seed;
    private readonly List<long> _idBodies;
    private readonly List<int> _names;
    private readonly List<byte> _residence;
    private HashSet<long>? _taken;
    private readonly string[] _chars;
    private readonly Dictionary<string, int> _charIndex;
    private readonly WeightedTable<int> _surnames;
    private readonly WeightedTable<Area> _areas;
    private readonly WeightedTable<(int From, int To, double Weight)> _births;

    public PersonPool(int seed, int backgroundCount)
    {
        _seed = seed;
        _idBodies = new List<long>(backgroundCount + 1024);
        _names = new List<int>(backgroundCount + 1024);
        _residence = new List<byte>(backgroundCount + 1024);
        _taken = new HashSet<long>(backgroundCount + 1024);
        _chars = NameBank.MaleChars.Concat(NameBank.FemaleChars)
            .Concat(NameBank.MaleCurated.SelectMany(e => e).Concat(NameBank.FemaleCurated.SelectMany(e => e)).SelectMany(n => n.Select(c => c.ToString())))
            .Concat(NameBank.Confusions.Select(c => c.To.ToString()))
            .Distinct(StringComparer.Ordinal).ToArray();
        _charIndex = _chars.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        _surnames = new WeightedTable<int>(NameBank.Surnames.Select((s, i) => (i, s.Weight)));
        _areas = new WeightedTable<Area>(Regions.Local.Select(a => (a, a.Weight)));
        _births = new WeightedTable<(int, int, double)>(BirthYears.Select(b => (b, b.Weight)));

        var rng = Rng.For(seed, "persons");
        for (var i = 0; i < backgroundCount; i++)
        {
            AddDrawn(rng, new PersonSpec());
        }

        BackgroundCount = backgroundCount;
    }

    /// <summary>People background rows may use: indices [0, BackgroundCount).</summary>
    public int BackgroundCount { get; }

    public int Count => _idBodies.Count;

    /// <summary>Drops what only adding people needs (the set of ID numbers taken, ~40 MB for a city) once the world is built.</summary>
    public void Seal() => _taken = null;

    public Person this[int index] => Materialize(index);

    /// <summary>Adds a scenario person (after the background range) and returns its index.</summary>
    public int Add(PersonSpec spec, Rng rng) => AddDrawn(rng, spec);

    /// <summary>A background person aged within [minAge, maxAge] on <paramref name="at"/> (falls back to any after 50 tries).</summary>
    public int RandomBackground(Rng rng, DateOnly at, int minAge = 18, int maxAge = 85)
    {
        var index = rng.Next(BackgroundCount);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var age = AgeAt(index, at);
            if (age >= minAge && age <= maxAge)
            {
                return index;
            }

            index = rng.Next(BackgroundCount);
        }

        return index;
    }

    /// <summary>A background person living in <paramref name="area"/> when one turns up quickly, else anyone in range.</summary>
    public int RandomBackgroundIn(Rng rng, Area area, DateOnly at, int minAge = 18, int maxAge = 85)
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var index = RandomBackground(rng, at, minAge, maxAge);
            if (ReferenceEquals(Regions.Local[_residence[index]], area))
            {
                return index;
            }
        }

        return RandomBackground(rng, at, minAge, maxAge);
    }

    public int AgeAt(int index, DateOnly at)
    {
        var birth = BirthOf(_idBodies[index]);
        var age = at.Year - birth.Year;
        return at < birth.AddYears(age) ? age - 1 : age;
    }

    public string NameOf(int index) => DecodeName(_names[index]);

    /// <summary>The person's surname as drawn: one character or two (欧阳, 司马), so never the name's first character blindly.</summary>
    public string SurnameOf(int index) => NameBank.Surnames[_names[index] & 0x7F].Surname;

    public string IdOf(int index)
    {
        var body = _idBodies[index].ToString("D17", CultureInfo.InvariantCulture);
        return body + ResidentId.CheckCharacter(body);
    }

    /// <summary>The person's home address: a village house for rural townships, a flat for urban sub-districts.</summary>
    public string AddressOf(int index)
    {
        var area = Regions.Local[_residence[index]];
        var rng = Rng.For(_seed, "address", index);
        var township = rng.Pick(area.Townships);
        if (area.IsRural(township))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{area.FullName}{township}{rng.Pick(Regions.VillageStems)}村{rng.Between(1, 420)}号");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{area.FullName}{township}{rng.Pick(Regions.Estates)}{rng.Between(1, 32)}号楼{rng.Between(1, 4)}单元{rng.Between(1, 18)}0{rng.Between(1, 4)}室");
    }

    /// <summary>The township part of <see cref="AddressOf"/>.</summary>
    public string TownshipOf(int index)
    {
        var area = Regions.Local[_residence[index]];
        return Rng.For(_seed, "address", index).Pick(area.Townships);
    }

    public string PhoneOf(int index)
    {
        var rng = Rng.For(_seed, "phone", index);
        string[] prefixes = ["130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "155", "157", "158", "159", "176", "177", "178", "180", "182", "185", "186", "187", "188", "189", "199"];
        return rng.Pick(prefixes) + rng.Next(100_000_000).ToString("D8", CultureInfo.InvariantCulture);
    }

    private Person Materialize(int index)
    {
        var body = _idBodies[index];
        var id = IdOf(index);
        var birth = BirthOf(body);
        var male = body % 2 == 1;
        return new Person(index, DecodeName(_names[index]), id, male, birth, Regions.Local[_residence[index]]);
    }

    private static DateOnly BirthOf(long body)
    {
        var ymd = (int)(body / 1000 % 100_000_000);
        return new DateOnly(ymd / 10000, ymd / 100 % 100, ymd % 100);
    }

    private int AddDrawn(Rng rng, PersonSpec spec)
    {
        var male = spec.IsMale ?? rng.Chance(0.51);
        DateOnly birth;
        if (spec.BornFrom is { } from && spec.BornTo is { } to)
        {
            birth = rng.Date(from, to);
        }
        else
        {
            var band = _births.Draw(rng);
            birth = rng.Date(new DateOnly(band.From, 1, 1), new DateOnly(band.To, 12, 31));
        }

        var residence = spec.Area ?? _areas.Draw(rng);
        var idArea = spec.Area is not null || rng.Chance(0.9) ? residence.Code : rng.Pick(Regions.Elsewhere).Code;

        long body;
        do
        {
            var seq = rng.Next(500) * 2 + (male ? 1 : 0);
            body = (long.Parse(idArea, CultureInfo.InvariantCulture) * 100_000_000L + (birth.Year * 10000 + birth.Month * 100 + birth.Day)) * 1000 + seq;
        }
        while (!(_taken ?? throw new InvalidOperationException("The population is sealed: people can only be added while the world is built.")).Add(body));

        int name;
        if (spec.SameNameAs is { } twin)
        {
            name = _names[twin];
        }
        else
        {
            name = DrawName(rng, male, birth.Year, spec.Surname);
        }

        _idBodies.Add(body);
        _names.Add(name);
        _residence.Add((byte)IndexOfArea(residence));
        return _idBodies.Count - 1;
    }

    private static int IndexOfArea(Area area)
    {
        for (var i = 0; i < Regions.Local.Count; i++)
        {
            if (ReferenceEquals(Regions.Local[i], area))
            {
                return i;
            }
        }

        throw new ArgumentException($"Area {area.Code} is not in the region.", nameof(area));
    }

    private int DrawName(Rng rng, bool male, int birthYear, string? surname)
    {
        var s = surname is null ? _surnames.Draw(rng) : Array.FindIndex(NameBank.Surnames, x => x.Surname == surname);
        if (s < 0)
        {
            throw new ArgumentException($"'{surname}' is not a surname of the name bank (a compound surname cut to its first character?).", nameof(surname));
        }
        var era = NameBank.EraOf(birthYear);
        var singleShare = era switch { 0 => 0.28, 1 => 0.35, 2 => 0.3, _ => 0.1 };
        var pool = male ? NameBank.MaleChars : NameBank.FemaleChars;
        int g1, g2;
        if (rng.Chance(singleShare))
        {
            g1 = _charIndex[rng.Pick(pool)] + 1;
            g2 = 0;
        }
        else if (rng.Chance(0.45))
        {
            var curated = rng.Pick(male ? NameBank.MaleCurated[era] : NameBank.FemaleCurated[era]);
            g1 = _charIndex[curated[..1]] + 1;
            g2 = _charIndex[curated[1..]] + 1;
        }
        else
        {
            var a = rng.Pick(pool);
            var b = rng.Pick(pool);
            g1 = _charIndex[a] + 1;
            g2 = _charIndex[b] + 1;
        }

        return s | (g1 << 7) | (g2 << 19);
    }

    private string DecodeName(int code)
    {
        var surname = NameBank.Surnames[code & 0x7F].Surname;
        var g1 = (code >> 7) & 0xFFF;
        var g2 = (code >> 19) & 0xFFF;
        return g2 == 0 ? surname + _chars[g1 - 1] : string.Concat(surname, _chars[g1 - 1], _chars[g2 - 1]);
    }
}
