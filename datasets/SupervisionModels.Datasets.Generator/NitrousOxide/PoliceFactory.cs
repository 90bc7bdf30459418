using System.Globalization;
using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Datasets.Generator.Text;

namespace SupervisionModels.Datasets.Generator.NitrousOxide;

/// <summary>
/// Police incidents and cases: numbers, units and persons, for the background stream and for scenarios. A case's
/// number comes from its slot on the timeline (kind letter + unit code + month + serial), so planted cases number like
/// all others.
/// </summary>
internal sealed class PoliceFactory(World world)
{
    private static readonly (string Kind, string Cause, double Weight)[] Causes =
    [
        ("警情", "纠纷", 21), ("警情", "求助", 15), ("警情", "盗窃", 12), ("警情", "交通事故", 6), ("警情", "噪音扰民", 6),
        ("行政案件", "殴打他人", 12.5), ("行政案件", "赌博", 5), ("行政案件", "盗窃", 5), ("行政案件", "吸毒", 2.5),
        ("刑事案件", "盗窃", 7.5), ("刑事案件", "诈骗", 6), ("刑事案件", "危险驾驶", 1.5),
    ];

    private static readonly WeightedTable<(string Kind, string Cause, double Weight)> CauseTable = new(Causes.Select(c => (c, c.Weight)));

    public static string Unit(Area area, string township) =>
        area.PoliceBureau + township.Replace("街道", string.Empty, StringComparison.Ordinal).Replace("镇", string.Empty, StringComparison.Ordinal) + "派出所";

    public static string CaseNo(string kind, Area area, string township, DateOnly date, long slot)
    {
        var letter = kind switch { "刑事案件" => 'A', "行政案件" => 'B', _ => 'J' };
        var station = Math.Max(0, area.Townships.ToList().IndexOf(township)) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{letter}{area.Code}5{station:D2}000{date:yyyyMM}{slot:D6}");
    }

    public static DateTime At(DateOnly date, Rng rng, bool night = false) =>
        date.ToDateTime(new TimeOnly(night ? rng.Pick([20, 21, 22, 23, 0, 1]) : rng.Between(7, 23), rng.Next(60)));

    public Area RandomArea(Rng rng) => rng.Chance(0.4) ? Regions.Longkou : rng.Pick(Regions.Local);

    /// <summary>The background incident of a slot.</summary>
    public PoliceBundle Background(long slot, IReadOnlyList<VenueInfo> venues)
    {
        var rng = Rng.For(world.Seed, "police", slot);
        var date = world.Police.DateOf(slot);
        var area = RandomArea(rng);
        var township = rng.Pick(area.Townships);
        var (kind, cause, _) = CauseTable.Draw(rng);
        var when = At(date, rng);
        string place;
        string? venueId = null;
        if (cause is "纠纷" or "殴打他人" or "噪音扰民" && rng.Chance(0.25) && venues.Count > 0)
        {
            var venue = rng.Pick(venues);
            area = venue.Area;
            township = rng.Pick(area.Townships);
            place = area.County + venue.Row.Name;
            venueId = rng.Chance(0.7) ? venue.Row.VenueId : null;
        }
        else
        {
            place = area.County + township + rng.Pick([rng.Pick(Regions.Roads) + "路口", rng.Pick(Regions.Estates), rng.Pick(Regions.VillageStems) + "村", "某超市门口", "某饭店", "某小区停车场"]);
        }

        var caseNo = CaseNo(kind, area, township, date, slot);
        var minorInvolved = rng.Chance(0.05);
        var subject = minorInvolved && cause is "盗窃" or "纠纷" ? world.Persons.RandomBackgroundIn(rng, area, date, 12, 17) : world.Persons.RandomBackgroundIn(rng, area, date, 18, 80);
        var other = world.Persons.RandomBackgroundIn(rng, area, date, 18, 75);
        var facts = new PoliceFacts(when, place, world.Persons.NameOf(subject), world.Persons.NameOf(other));
        var summary = PoliceText.Background(new Composer(Rng.For(world.Seed, "police-text", slot)), cause == "危险驾驶" ? "酒驾" : cause, facts);
        var subjectRole = (kind, cause) switch
        {
            ("警情", "盗窃") or ("警情", "求助") or ("警情", "噪音扰民") => "报警人",
            (_, "诈骗") => "被害人",
            ("警情", _) => "当事人",
            ("刑事案件", _) => "犯罪嫌疑人",
            _ => "违法行为人",
        };
        var persons = new List<PolicePerson> { Person(caseNo, 1, subject, subjectRole, date, rng) };
        if (cause is "纠纷" or "殴打他人")
        {
            persons.Add(Person(caseNo, 2, other, cause == "殴打他人" ? "被害人" : "当事人", date, rng));
        }

        var c = new PoliceCase
        {
            PoliceCaseNo = caseNo,
            RecordKind = kind,
            Cause = cause,
            Summary = summary,
            EventTime = when,
            Place = place,
            AreaCode = area.Code,
            VenueId = venueId,
            HandlingUnit = Unit(area, township),
            SeizedItem = cause is "赌博" ? "赌资" : cause is "吸毒" ? "吸毒工具" : null,
            SeizedQty = cause is "赌博" or "吸毒" ? rng.Between(1, 10) : null,
            SeizedUnit = cause is "赌博" ? "笔" : cause is "吸毒" ? "套" : null,
            VehiclePlate = null,
        };
        return new PoliceBundle(c, persons);
    }

    /// <summary>A person row: ID, age at the event, phone, and for minors the guardian when the officer recorded one.</summary>
    public PolicePerson Person(string caseNo, int seq, int person, string role, DateOnly date, Rng rng, bool withId = true, bool? guardian = null, string? unitName = null, string? unitCode = null)
    {
        var p = world.Persons[person];
        var age = p.AgeAt(date);
        var recordGuardian = age < 18 && (guardian ?? rng.Chance(0.7));
        var guardianIndex = recordGuardian ? world.Persons.RandomBackgroundIn(rng, p.Area, date, 35, 60) : -1;
        return new PolicePerson
        {
            PersonKey = caseNo + "#" + seq.ToString(CultureInfo.InvariantCulture),
            PoliceCaseNo = caseNo,
            Role = role,
            Name = p.Name,
            IdNo = withId ? p.IdNo : null,
            Gender = p.Gender,
            AgeAtEvent = withId ? age : null,
            Phone = rng.Chance(0.6) ? world.Persons.PhoneOf(person) : null,
            GuardianName = recordGuardian ? p.Name[..1] + world.Persons.NameOf(guardianIndex)[1..] : null,
            GuardianContact = recordGuardian ? world.Persons.PhoneOf(guardianIndex) : null,
            UnitName = unitName,
            UnitCreditCode = unitCode,
        };
    }
}
