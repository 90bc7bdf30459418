using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.JudicialAid;

/// <summary>A spell on a list: from, to (null while it lasts).</summary>
internal readonly record struct Spell(DateOnly From, DateOnly? To)
{
    public bool CoversOrFollows(DateOnly date) => To is null || To >= date;
}

/// <summary>
/// Which welfare lists a background person is on, as a pure function of the person: the registers are streamed from
/// it, and the procuratorate generator asks it whether a background victim is on a list (so that background cases never
/// become unplanted leads by accident). Households: a head and sometimes the next person as spouse.
/// </summary>
internal sealed class WelfareProfile(World world)
{
    public sealed record Assistance(string Program, Spell Spell, decimal Monthly, bool WithSpouse);

    public sealed record Disability(int Category, int Grade, DateOnly Issued, bool Valid);

    public sealed record Monitoring(string Status, string Risk, DateOnly Identified, DateOnly? Eliminated, bool WithSpouse);

    public sealed record WomenAid(string Hardship, Spell Spell);

    public Assistance? AssistanceOf(int person)
    {
        var rng = Rng.For(world.Seed, "welfare-assistance", person);
        var p = world.Persons[person];
        var rate = p.Area.Code == Regions.Shanxian.Code ? 0.07 : 0.045;
        if (!rng.Chance(rate) || p.AgeAt(World.Cutoff) < 18)
        {
            return null;
        }

        var program = rng.NextDouble() switch { < 0.6 => AssistancePrograms.RuralSubsistence, < 0.85 => AssistancePrograms.UrbanSubsistence, < 0.95 => AssistancePrograms.DestituteDispersed, _ => AssistancePrograms.DestituteCentralised };
        var from = rng.Date(new DateOnly(2012, 1, 1), new DateOnly(2023, 6, 1));
        DateOnly? to = rng.Chance(0.3) ? from.AddDays(rng.Between(200, 1800)) : null;
        if (to > World.Cutoff)
        {
            to = null;
        }

        return new Assistance(program, new Spell(new DateOnly(from.Year, from.Month, 1), to), rng.Between(4, 12) * 100m, program.Contains("低保", StringComparison.Ordinal) && rng.Chance(0.4));
    }

    public Disability? DisabilityOf(int person)
    {
        var rng = Rng.For(world.Seed, "welfare-disability", person);
        if (!rng.Chance(0.06))
        {
            return null;
        }

        var category = rng.NextDouble() switch { < 0.5 => 4, < 0.62 => 1, < 0.74 => 2, < 0.76 => 3, < 0.84 => 5, < 0.94 => 6, _ => 7 };
        var grade = rng.NextDouble() switch { < 0.1 => 1, < 0.3 => 2, < 0.6 => 3, _ => 4 };
        return new Disability(category, grade, rng.Date(new DateOnly(2010, 1, 1), new DateOnly(2023, 10, 31)), rng.Chance(0.95));
    }

    public Monitoring? MonitoringOf(int person)
    {
        var rng = Rng.For(world.Seed, "welfare-monitoring", person);
        var p = world.Persons[person];
        if (!rng.Chance(p.Area.Code == Regions.Shanxian.Code ? 0.04 : 0.015) || p.AgeAt(World.Cutoff) < 18)
        {
            return null;
        }

        var status = rng.NextDouble() switch { < 0.6 => "脱贫户", < 0.75 => "脱贫不稳定户", < 0.9 => "边缘易致贫户", _ => "突发严重困难户" };
        var identified = rng.Date(new DateOnly(2016, 1, 1), new DateOnly(2023, 9, 30));
        DateOnly? eliminated = status != "脱贫户" && rng.Chance(0.5) ? identified.AddDays(rng.Between(180, 900)) : null;
        return new Monitoring(status, rng.Pick(["因病", "因残", "因学", "因意外", "因务工就业不稳", "其他"]), identified, eliminated > World.Cutoff ? null : eliminated, rng.Chance(0.5));
    }

    public WomenAid? WomenAidOf(int person)
    {
        var rng = Rng.For(world.Seed, "welfare-women", person);
        var p = world.Persons[person];
        if (p.IsMale || p.AgeAt(World.Cutoff) < 18 || !rng.Chance(0.025))
        {
            return null;
        }

        var from = rng.Date(new DateOnly(2015, 1, 1), new DateOnly(2023, 9, 30));
        DateOnly? to = rng.Chance(0.2) ? from.AddDays(rng.Between(300, 1500)) : null;
        return new WomenAid(rng.Pick(["单亲困难母亲", "家暴受害", "重病", "残疾", "留守妇女", "高龄无人赡养"]), new Spell(from, to > World.Cutoff ? null : to));
    }

    /// <summary>True when the person, or the head of the household they are spouse in, has a hardship flag at or after <paramref name="date"/>.</summary>
    public bool FlaggedAt(int person, DateOnly date)
    {
        if (person >= world.Persons.BackgroundCount)
        {
            return false;
        }

        if (AssistanceOf(person) is { } a && a.Spell.CoversOrFollows(date))
        {
            return true;
        }

        if (person > 0 && AssistanceOf(person - 1) is { WithSpouse: true } s && s.Spell.CoversOrFollows(date))
        {
            return true;
        }

        if (DisabilityOf(person) is { Valid: true, Grade: <= 3 })
        {
            return true;
        }

        if (MonitoringOf(person) is { } m && (m.Eliminated is null || m.Eliminated >= date))
        {
            return true;
        }

        if (person > 0 && MonitoringOf(person - 1) is { WithSpouse: true } ms && (ms.Eliminated is null || ms.Eliminated >= date))
        {
            return true;
        }

        return WomenAidOf(person) is { } w && w.Spell.CoversOrFollows(date);
    }
}
