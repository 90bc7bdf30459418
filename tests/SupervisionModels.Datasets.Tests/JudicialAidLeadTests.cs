namespace SupervisionModels.Datasets.Tests;

/// <summary>SM0003 (司法救助线索): planted victims are eligible and on a list; decoys fail one condition; background never qualifies.</summary>
[Collection(TinyDataCollection.Name)]
public sealed class JudicialAidLeadTests(TinyData data)
{
    private const string Model = "SM0003";

    [Fact]
    public void ReferenceRule_FindsExactlyThePlantedVictims()
    {
        Assert.Equal(ReferenceRules.Planted(data, Model).Order(StringComparer.Ordinal), ReferenceRules.AidVictims(data).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryLead_IsAVictimOrRelativeInItsCaseAndOnAList()
    {
        var persons = data.Rows<CasePerson>().ToDictionary(p => p.PersonKey, StringComparer.Ordinal);
        foreach (var lead in data.Leads.Where(l => l.ModelId == Model))
        {
            var person = persons[Assert.Single(lead.Keys("case_persons"))];
            Assert.Equal(lead.Identifier, person.IdNo);
            Assert.Equal(lead.Role == "被害人" ? "被害人" : "近亲属", person.Role);
            var lists = new[] { "social_assistance", "disabled_persons", "poverty_monitoring", "women_federation_aid" }.Sum(d => lead.Keys(d).Count);
            Assert.True(lists >= 1, $"{lead.Name} is on no list");
        }
    }

    [Fact]
    public void Decoys_CoverEveryKindOfDomainSection35()
    {
        var kinds = data.Decoys.Where(d => d.ModelId == Model).Select(d => d.DecoyKind).ToHashSet();
        Assert.Superset(new HashSet<string?>(["低保人员为犯罪嫌疑人", "互殴重大过错", "已获全额赔偿", "已获司法救助", "低保在案发前已停止", "同名不同人", "仅四级残疾", "轻微伤"]), kinds);
    }

    [Fact]
    public void SuspectOnListDecoy_IsTheSuspectNotTheVictim()
    {
        foreach (var decoy in data.Decoys.Where(d => d.ModelId == Model && d.DecoyKind == "低保人员为犯罪嫌疑人"))
        {
            Assert.Contains(data.Rows<CasePerson>(), p => p.IdNo == decoy.Identifier && p.Role == "犯罪嫌疑人");
            Assert.Contains(data.Rows<SocialAssistance>(), r => r.IdNo == decoy.Identifier);
        }
    }

    [Fact]
    public void ParaphrasedSummaries_AvoidTheHardshipWords()
    {
        var cases = data.Rows<ProcuratorateCase>().ToDictionary(c => c.CaseId, StringComparer.Ordinal);
        foreach (var lead in data.Leads.Where(l => l.ModelId == Model))
        {
            var summary = cases[lead.Keys("procuratorate_cases")[0]].Summary;
            Assert.Equal(!lead.Tags.Contains("paraphrase"), Generator.Text.Keywords.HitsHardship(summary));
        }
    }
}
