namespace SupervisionModels.Datasets.Tests;

/// <summary>SM0001 (套取车牌额度拍卖款虚假诉讼): planted leads line up across datasets; decoys and background do not.</summary>
[Collection(TinyDataCollection.Name)]
public sealed class PlateAuctionLeadTests(TinyData data)
{
    private const string Model = "SM0001";

    private static readonly HashSet<string> ScrappedStatuses = new([VehicleStatuses.Scrapped, VehicleStatuses.ForciblyDeregistered, VehicleStatuses.DueForScrapping], StringComparer.Ordinal);

    [Fact]
    public void EveryLead_PlaintiffHasTwoOrMoreFirstInstanceSuits()
    {
        var parties = data.Rows<JudgmentParty>();
        foreach (var lead in Leads())
        {
            var suits = parties.Where(p => p.Role == PartyRoles.Plaintiff && (p.IdNo ?? p.CreditCode) == lead.Identifier).Select(p => p.CaseNo).Distinct().ToList();
            Assert.True(suits.Count >= 2, $"{lead.Name} has {suits.Count} suits by ID");
            Assert.All(suits, s => Assert.Contains("民初", s, StringComparison.Ordinal));
            Assert.Subset(lead.Keys("judgments").ToHashSet(), suits.ToHashSet());
        }
    }

    [Fact]
    public void EveryLead_DefendantsWereZombiesWhenSued()
    {
        var judgments = data.Rows<Judgment>().ToDictionary(j => j.CaseNo, StringComparer.Ordinal);
        var enterprises = data.Rows<Enterprise>().ToDictionary(e => e.CreditCode, StringComparer.Ordinal);
        var byName = data.Rows<Enterprise>().ToLookup(e => Entities.NameNormalizer.Organization(e.Name), StringComparer.Ordinal);
        foreach (var lead in Leads())
        {
            foreach (var caseNo in lead.Keys("judgments"))
            {
                var defendant = data.Rows<JudgmentParty>().Single(p => p.CaseNo == caseNo && p.Role == PartyRoles.Defendant);
                var company = defendant.CreditCode is { } code ? enterprises[code] : Assert.Single(byName[Entities.NameNormalizer.Organization(defendant.Name)]);
                Assert.Contains(company.CreditCode, lead.Keys("enterprises"));
                Assert.True(ReferenceRules.IsZombieAt(company, judgments[caseNo].FilingDate), $"{company.Name} was not a zombie on {judgments[caseNo].FilingDate} ({caseNo})");
            }
        }
    }

    [Fact]
    public void EveryLead_EnforcementAuctionedAPlateQuotaAndPaidThePlaintiff()
    {
        var execs = data.Rows<EnforcementCase>().ToDictionary(e => e.ExecCaseNo, StringComparer.Ordinal);
        var disposals = data.Rows<AssetDisposal>().ToDictionary(d => d.DisposalNo, StringComparer.Ordinal);
        var auctions = data.Rows<PlateAuction>().ToDictionary(a => a.AuctionNo, StringComparer.Ordinal);
        var vehicles = data.Rows<Vehicle>();
        foreach (var lead in Leads())
        {
            var payouts = lead.Keys("asset_disposals").Select(k => disposals[k]).Where(d => d.AssetType == AssetTypes.PlateQuota).ToList();
            Assert.NotEmpty(payouts);
            foreach (var d in payouts)
            {
                var exec = execs[d.ExecCaseNo];
                Assert.Equal(lead.Identifier, exec.ApplicantId);
                Assert.Equal(lead.Identifier, d.PayeeId);
                Assert.True(d.PayoutAmount > 0 && d.PayoutAmount <= d.DealPrice);
                Assert.True(exec.BasisCaseNo is null || lead.Keys("judgments").Contains(exec.BasisCaseNo), $"{exec.ExecCaseNo} enforces {exec.BasisCaseNo}, not one of the lead's suits");
                Assert.Contains(exec.RespondentId!, lead.Keys("enterprises"));
                Assert.Equal(exec.RespondentId, d.OwnerId);
                Assert.True(d.PayoutDate >= d.DealDate && d.DealDate >= exec.FilingDate);

                var auction = Assert.Single(lead.Keys("plate_auctions").Select(k => auctions[k]), a => a.ExecCaseNo == exec.ExecCaseNo);
                Assert.Equal(d.PlateNo, auction.PlateNo);
                Assert.Equal(d.DealDate, auction.AuctionDate);
                Assert.Equal(d.DealPrice, auction.DealPrice);
                Assert.Equal(exec.RespondentId, auction.QuotaOwnerId);

                var scrapped = Assert.Single(vehicles, v => v.PlateNo == d.PlateNo && v.OwnerId == exec.RespondentId);
                Assert.Contains(scrapped.Status, ScrappedStatuses);
                Assert.Equal(VehicleStatuses.QuotaAuctioned, scrapped.QuotaStatus);
            }
        }
    }

    [Fact]
    public void ReferenceRule_FindsExactlyThePlantedPlaintiffs()
    {
        var found = ReferenceRules.PlateAuctionPlaintiffs(data);
        var planted = ReferenceRules.Planted(data, Model);
        Assert.Equal(planted.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Decoys_CoverEveryKindOfDomainSection15()
    {
        var kinds = data.Decoys.Where(d => d.ModelId == Model).Select(d => d.DecoyKind).ToHashSet();
        Assert.Superset(new HashSet<string?>(["持牌放贷机构", "融资租赁车辆抵押", "真实二手车买卖纠纷", "破产管理人处置号牌", "工资债权执行", "同名不同人", "真实以车抵债", "多次起诉正常经营主体"]), kinds);
    }

    [Fact]
    public void SameNameDecoy_SharesANameWithAnotherPlaintiffButNotTheIdNumber()
    {
        foreach (var decoy in data.Decoys.Where(d => d.ModelId == Model && d.DecoyKind == "同名不同人"))
        {
            var plaintiffs = data.Rows<JudgmentParty>().Where(p => decoy.Keys("judgments").Contains(p.CaseNo) && p.Role == PartyRoles.Plaintiff).ToList();
            Assert.Equal(2, plaintiffs.Count);
            Assert.Equal(Entities.NameNormalizer.Person(plaintiffs[0].Name), Entities.NameNormalizer.Person(plaintiffs[1].Name));
            Assert.NotEqual(plaintiffs[0].IdNo, plaintiffs[1].IdNo);
        }
    }

    [Fact]
    public void ParaphrasedLeads_HaveASuitWithoutAnyKeyword()
    {
        var texts = data.Rows<Judgment>().ToDictionary(j => j.CaseNo, j => j.FullText, StringComparer.Ordinal);
        foreach (var lead in Leads().Where(l => l.Tags.Contains("paraphrase")))
        {
            Assert.Contains(lead.Keys("judgments"), k => !Generator.Text.Keywords.HitsPlateAuction(texts[k]));
        }

        Assert.All(Leads(), l => Assert.Contains(l.Keys("judgments"), k => texts[k].Length >= 600));
    }

    private IEnumerable<TruthLine> Leads() => data.Leads.Where(l => l.ModelId == Model);
}
