namespace SupervisionModels.Datasets.Tests;

/// <summary>SM0002 (未成年人“笑气”滥用): sellers, transporters, venues and minors line up; decoys and background do not.</summary>
[Collection(TinyDataCollection.Name)]
public sealed class NitrousOxideLeadTests(TinyData data)
{
    private const string Model = "SM0002";

    [Fact]
    public void Truth_HasEveryKindOfLead()
    {
        var roles = data.Leads.Where(l => l.ModelId == Model).GroupBy(l => l.Role).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(roles["非法销售者"] >= 2 && roles["非法运输者"] >= 2 && roles["场所"] >= 2 && roles["未成年人"] >= 5, string.Join(", ", roles));
    }

    [Fact]
    public void ReferenceRule_FindsExactlyThePlantedMinors()
    {
        Assert.Equal(ReferenceRules.Planted(data, Model, "未成年人").Order(StringComparer.Ordinal), ReferenceRules.NitrousOxideMinors(data).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReferenceRule_FindsExactlyThePlantedVenues()
    {
        Assert.Equal(ReferenceRules.Planted(data, Model, "场所").Select(k => k).Order(StringComparer.Ordinal), ReferenceRules.NitrousOxideVenues(data).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReferenceRule_FindsExactlyThePlantedSellers()
    {
        Assert.Equal(ReferenceRules.Planted(data, Model, "非法销售者").Order(StringComparer.Ordinal), ReferenceRules.NitrousOxideSellers(data).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReferenceRule_FindsExactlyThePlantedTransporters()
    {
        Assert.Equal(ReferenceRules.Planted(data, Model, "非法运输者").Order(StringComparer.Ordinal), ReferenceRules.NitrousOxideTransporters(data).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Minors_WereUnderEighteenAtEveryCitedIncident()
    {
        var cases = data.Rows<PoliceCase>().ToDictionary(c => c.PoliceCaseNo, StringComparer.Ordinal);
        foreach (var minor in data.Leads.Where(l => l.ModelId == Model && l.Role == "未成年人"))
        {
            Assert.NotEmpty(minor.Keys("police_cases"));
            Assert.All(minor.Keys("police_cases"), k => Assert.InRange(ReferenceRules.Age(minor.Identifier, DateOnly.FromDateTime(cases[k].EventTime))!.Value, 8, 17));
        }
    }

    [Fact]
    public void LodgingVenues_LetMinorsInWithoutGuardianOnIncidentNights()
    {
        var venues = data.Rows<Venue>().ToDictionary(v => v.VenueId, StringComparer.Ordinal);
        var checkins = data.Rows<LodgingCheckin>().ToDictionary(c => c.CheckinId, StringComparer.Ordinal);
        foreach (var venue in data.Leads.Where(l => l.ModelId == Model && l.Role == "场所" && VenueTypes.IsLodging(venues[l.Identifier].VenueType)))
        {
            var minorsUnguarded = venue.Keys("lodging_checkins").Select(k => checkins[k])
                .Where(c => c.VenueId == venue.Identifier && !c.GuardianContactRecorded && ReferenceRules.Age(c.GuestIdNo, DateOnly.FromDateTime(c.CheckinTime)) < 18);
            Assert.NotEmpty(minorsUnguarded);
        }
    }

    [Fact]
    public void Sellers_HaveNoLicenceCoveringNitrousOxideOnTheEventDate()
    {
        var cases = data.Rows<PoliceCase>().ToDictionary(c => c.PoliceCaseNo, StringComparer.Ordinal);
        var permits = data.Rows<HazardousChemicalPermit>().ToLookup(p => p.CreditCode, StringComparer.Ordinal);
        foreach (var seller in data.Leads.Where(l => l.ModelId == Model && l.Role == "非法销售者"))
        {
            var at = DateOnly.FromDateTime(cases[seller.Keys("police_cases")[0]].EventTime);
            Assert.False(ReferenceRules.Licensed(permits, seller.SubjectKey.StartsWith("CC:", StringComparison.Ordinal) ? seller.Identifier : null, at));
        }

        foreach (var decoy in data.Decoys.Where(d => d.ModelId == Model && d.DecoyKind is "持证食品级销售" or "许可证在交易时有效"))
        {
            var waybills = data.Rows<Waybill>().Where(w => decoy.Keys("waybills").Contains(w.WaybillNo)).ToList();
            Assert.NotEmpty(waybills);
            Assert.All(waybills, w => Assert.True(ReferenceRules.Licensed(permits, decoy.Identifier, w.ShipDate)));
        }
    }

    [Fact]
    public void Decoys_IncludeInnocentUsesOfTheKeywords()
    {
        var cases = data.Rows<PoliceCase>().ToDictionary(c => c.PoliceCaseNo, StringComparer.Ordinal);
        var decoys = data.Decoys.Where(d => d.ModelId == Model).ToList();
        Assert.Superset(new HashSet<string?>(["医用笑气", "烘焙奶油气弹", "玩具枪气弹", "氦气笑气球", "未成年报警人", "案发时已满十八周岁", "成人单次事件场所", "持证危货承运", "同址不同主体"]), decoys.Select(d => d.DecoyKind).ToHashSet());
        foreach (var innocent in decoys.Where(d => d.DecoyKind is "医用笑气" or "烘焙奶油气弹" or "玩具枪气弹" or "氦气笑气球"))
        {
            Assert.True(Generator.Text.Keywords.HitsNitrousOxide(cases[innocent.Keys("police_cases")[0]].Summary), innocent.DecoyKind + " should fool a keyword-only rule");
        }
    }

    [Fact]
    public void ParaphrasedLeads_HaveAnIncidentWithoutTheSubstanceWords()
    {
        var cases = data.Rows<PoliceCase>().ToDictionary(c => c.PoliceCaseNo, StringComparer.Ordinal);
        foreach (var lead in data.Leads.Where(l => l.ModelId == Model && l.Tags.Contains("paraphrase")))
        {
            Assert.Contains(lead.Keys("police_cases"), k => !ReferenceRules.MentionsNitrousOxide(cases[k].Summary));
        }
    }
}
