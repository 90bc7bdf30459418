using System.Globalization;
using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Output;
using SupervisionModels.Datasets.Generator.Randomness;
using SupervisionModels.Datasets.Generator.Text;

namespace SupervisionModels.Datasets.Generator.NitrousOxide;

/// <summary>SM0002 incidents: inhalation at the planted venues and in the street, with the minors' check-ins.</summary>
internal sealed partial class NitrousOxideScenario
{
    /// <summary>Minors in a venue incident written in slang (tagged <c>slang</c> once all incidents are planted).</summary>
    private readonly SortedSet<int> _slangMinors = [];

    /// <summary>
    /// Incidents of inhalation at the planted venues (two or more each, mostly by minors) and in the street, with the
    /// minors' unguarded check-ins at lodging venues on the same nights.
    /// </summary>
    private void PlantIncidents(Rng rng, List<VenueInfo> venues, List<int> minors)
    {
        var minorEntries = minors.ToDictionary(m => m, m => TruthLog.Entry(ModelId, "ID:" + world.Persons.IdOf(m), "未成年人", world.Persons.NameOf(m), "未成年人吸食“笑气”"));
        var next = 0;
        int NextMinor() => minors[next++ % minors.Count];
        foreach (var venue in venues)
        {
            var entry = TruthLog.Entry(ModelId, EntityKey(venue), "场所", venue.Row.Name, venue.Lodging ? "多次发生未成年人吸食“笑气”，且未落实未成年人入住“五必须”" : "多次发生吸食“笑气”警情，涉及未成年人");
            TruthLog.Cite(entry, "venues", venue.Row.VenueId);
            var incidents = rng.Between(2, 4);
            var first = new DateOnly(2021, 3, 1).AddDays(rng.Next(760));
            var span = Math.Min(400, World.Cutoff.DayNumber - 5 - first.DayNumber);
            var dates = Enumerable.Range(0, incidents).Select(_ => first.AddDays(rng.Next(span))).Order().ToList();
            for (var k = 0; k < incidents; k++)
            {
                var users = Enumerable.Range(0, rng.Between(1, 3)).Select(_ => NextMinor()).Distinct().ToList();
                var adults = rng.Chance(0.4) ? new List<int> { world.Persons.RandomBackgroundIn(rng, venue.Area, first, 19, 28) } : [];
                var when = PoliceFactory.At(dates[k], rng, night: true);
                var c = Incident(rng, when, venue, users, adults, entry);
                foreach (var m in users)
                {
                    TruthLog.Cite(minorEntries[m], "police_cases", c.Case.PoliceCaseNo);
                    TruthLog.Cite(minorEntries[m], "police_persons", c.Persons.First(p => p.IdNo == world.Persons.IdOf(m)).PersonKey);
                    if (venue.Lodging)
                    {
                        var adult = adults.Count > 0 && rng.Chance(0.7) ? adults[0] : (int?)null;
                        var checkin = _rows.NewCheckin(rng, when.AddHours(-rng.Between(1, 4)), venue, m, adult is { } a ? [a] : users.Where(u => u != m), guardianRecorded: false);
                        TruthLog.Cite(minorEntries[m], "lodging_checkins", checkin.CheckinId);
                        TruthLog.Cite(entry, "lodging_checkins", checkin.CheckinId);
                    }
                }

                if (venue.Lodging)
                {
                    foreach (var a in adults)
                    {
                        _rows.NewCheckin(rng, when.AddHours(-3), venue, a, users, guardianRecorded: false);
                    }
                }
            }

            world.Truth.Leads.Add(entry);
        }

        // Minors not yet placed (and some again) inhale in the street, a park or a flat.
        while (next < minors.Count || rng.Chance(0.2) && next < minors.Count * 2)
        {
            var users = new List<int> { NextMinor() };
            var area = world.Persons[users[0]].Area;
            var when = PoliceFactory.At(EventDate(rng), rng, night: true);
            var paraphrase = rng.Chance(0.15);
            var place = area.County + rng.Pick(area.Townships) + rng.Pick(["某公园", "某小区楼道", "某学校附近", "某出租屋", "某广场"]);
            var seller = _sellers.Count > 0 && rng.Chance(0.5) ? rng.Pick(_sellers) : null;
            var composer = new Composer(new Rng(rng.NextULong())); // drawn before the facts, as easy always has
            var facts = new PoliceFacts(when, place, world.Persons.NameOf(users[0]), seller?.Display, Quantity: rng.Between(2, 20).ToString(CultureInfo.InvariantCulture) + "罐");
            var summary = PoliceText.Use(composer, facts, paraphrase, minors: true);
            CheckParaphrase(paraphrase, summary);
            var slang = paraphrase ? null : Slang();
            if (slang is not null)
            {
                summary = HardPoliceText.SlangUse(new Composer(new Rng(_hard.NextULong())), facts, slang, minors: true);
            }

            var c = _rows.NewCase(when, "警情", "治安：其他", area, rng.Pick(area.Townships), place, null, summary, slang?.Item ?? (paraphrase ? "金属小钢瓶" : "笑气钢瓶"), rng.Between(2, 20), "罐");
            c.Persons.Add(_rows.Police.Person(c.Case.PoliceCaseNo, 1, users[0], "吸食人员", DateOnly.FromDateTime(when), rng, guardian: rng.Chance(0.6)));
            _rows.Commit(c);
            TruthLog.Cite(minorEntries[users[0]], "police_cases", c.Case.PoliceCaseNo);
            TruthLog.Cite(minorEntries[users[0]], "police_persons", c.Persons[0].PersonKey);
            if (paraphrase && !minorEntries[users[0]].Tags.Contains("paraphrase"))
            {
                minorEntries[users[0]].Tags.Add("paraphrase");
            }

            TagSlang(minorEntries[users[0]], slang is not null);
        }

        foreach (var m in _slangMinors)
        {
            TagSlang(minorEntries[m], true);
        }

        world.Truth.Leads.AddRange(minors.Select(m => minorEntries[m]));
    }

    private (PoliceCase Case, List<PolicePerson> Persons, long Slot) Incident(Rng rng, DateTime when, VenueInfo venue, List<int> minors, List<int> adults, TruthEntry venueEntry)
    {
        var paraphrase = rng.Chance(0.15);
        var place = venue.Area.County + venue.Row.Name;
        var seller = _sellers.Count > 0 && rng.Chance(0.5) ? rng.Pick(_sellers) : null;
        var composer = new Composer(new Rng(rng.NextULong())); // drawn before the facts, as easy always has
        var facts = new PoliceFacts(when, place + (venue.Lodging ? rng.Pick(["一房间内", "客房内"]) : rng.Pick(["包间内", "卡座"])), world.Persons.NameOf(minors.Count > 0 ? minors[0] : adults[0]), seller?.Display, Quantity: rng.Between(2, 30).ToString(CultureInfo.InvariantCulture) + "罐");
        var summary = PoliceText.Use(composer, facts, paraphrase, minors: minors.Count > 0);
        CheckParaphrase(paraphrase, summary);

        // Only planted venues' incidents are written in slang: a decoy venue's must stay what its decoy kind says.
        var slang = paraphrase || venueEntry.DecoyKind is not null ? null : Slang();
        if (slang is not null)
        {
            summary = HardPoliceText.SlangUse(new Composer(new Rng(_hard.NextULong())), facts, slang, minors: minors.Count > 0);
        }

        var township = rng.Pick(venue.Area.Townships);
        var c = _rows.NewCase(when, rng.Chance(0.6) ? "警情" : "行政案件", "治安：其他", venue.Area, township, place, rng.Chance(0.7) ? venue.Row.VenueId : null, summary, slang?.Item ?? (paraphrase ? "金属小钢瓶" : "笑气钢瓶"), rng.Between(2, 30), "罐");
        var date = DateOnly.FromDateTime(when);
        foreach (var m in minors)
        {
            c.Persons.Add(_rows.Police.Person(c.Case.PoliceCaseNo, c.Persons.Count + 1, m, "吸食人员", date, rng, guardian: rng.Chance(0.5)));
        }

        foreach (var a in adults)
        {
            c.Persons.Add(_rows.Police.Person(c.Case.PoliceCaseNo, c.Persons.Count + 1, a, "吸食人员", date, rng));
        }

        _rows.Commit(c);
        TruthLog.Cite(venueEntry, "police_cases", c.Case.PoliceCaseNo);
        if (paraphrase && !venueEntry.Tags.Contains("paraphrase"))
        {
            venueEntry.Tags.Add("paraphrase");
        }

        TagSlang(venueEntry, slang is not null);
        if (slang is not null)
        {
            foreach (var m in minors)
            {
                _slangMinors.Add(m);
            }
        }

        if (c.Case.VenueId is null && !venueEntry.Tags.Contains("venue_by_name"))
        {
            venueEntry.Tags.Add("venue_by_name");
        }

        return c;
    }
}
