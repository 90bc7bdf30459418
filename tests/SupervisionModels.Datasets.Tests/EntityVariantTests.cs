using SupervisionModels.Entities;
using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;

namespace SupervisionModels.Datasets.Tests;

[Collection(TinyDataCollection.Name)]
public sealed class EntityVariantTests(TinyData data)
{
    public sealed record Variant(string Name, string Kind, bool Recoverable);

    public sealed record EntityLine(string EntityKey, string Canonical, List<Variant> Variants);

    private IReadOnlyList<EntityLine> Entities() => TinyData.ReadJsonLines<EntityLine>(Path.Combine(data.DataDirectory, "entities.jsonl"));

    [Fact]
    public void Entities_ListVariantsOfAllKinds()
    {
        var kinds = Entities().SelectMany(e => e.Variants).Select(v => v.Kind).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["bracket_width", "company_form", "spaces", "typo"]), kinds);
    }

    [Fact]
    public void RecoverableVariants_NormalizeToTheCanonicalName_AndTyposDoNot()
    {
        foreach (var entity in Entities())
        {
            var person = entity.EntityKey.StartsWith("ID:", StringComparison.Ordinal);
            string Normalize(string n) => person ? NameNormalizer.Person(n) : NameNormalizer.Organization(n);
            foreach (var v in entity.Variants)
            {
                Assert.NotEqual(entity.Canonical, v.Name);
                Assert.Equal(v.Recoverable, Normalize(v.Name) == Normalize(entity.Canonical));
                Assert.Equal(v.Kind != "typo", v.Recoverable);
            }
        }
    }

    [Fact]
    public void EveryListedVariant_IsWrittenSomewhereInTheData()
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in DatasetRecordTypes.All)
        {
            var columns = FactSchema.For(type).Columns.Where(c => c.ValueType == typeof(string) && !c.IsText).ToList();
            var rows = (System.Collections.IEnumerable)typeof(TinyData).GetMethod(nameof(TinyData.Rows))!.MakeGenericMethod(type).Invoke(data, null)!;
            foreach (var row in rows)
            {
                foreach (var c in columns)
                {
                    if (c.Property.GetValue(row) is string s)
                    {
                        written.Add(s);
                        if (s.Contains('、', StringComparison.Ordinal))
                        {
                            written.UnionWith(s.Split('、'));
                        }
                    }
                }
            }
        }

        var missing = Entities().SelectMany(e => e.Variants.Where(v => !written.Contains(v.Name)).Select(v => $"{e.EntityKey} {e.Canonical} -> [{v.Name}] {v.Kind}")).ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void Typos_AreOnlyWrittenNextToAnIdentifier()
    {
        // A typo of one person's name can be another person's real name, so a row with that name may carry another
        // identifier; what must never happen is a typo with no identifier at all, which no join could recover.
        var typos = Entities().SelectMany(e => e.Variants.Where(v => v.Kind == "typo").Select(v => (e.EntityKey, v.Name))).GroupBy(x => x.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(x => x.EntityKey[3..]).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var identified = new List<(string Name, string? Id)>();
        identified.AddRange(data.Rows<JudgmentParty>().Select(p => (p.Name, p.IdNo ?? p.CreditCode)));
        identified.AddRange(data.Rows<EnforcementCase>().SelectMany(e => new[] { (e.ApplicantName, e.ApplicantId), (e.RespondentName, e.RespondentId) }));
        identified.AddRange(data.Rows<AssetDisposal>().SelectMany(d => new[] { (d.OwnerName, d.OwnerId), (d.PayeeName, d.PayeeId) }));
        identified.AddRange(data.Rows<Vehicle>().Select(v => (v.OwnerName, v.OwnerId)));
        identified.AddRange(data.Rows<PlateAuction>().Select(a => (a.QuotaOwnerName, a.QuotaOwnerId)));
        identified.AddRange(data.Rows<Waybill>().SelectMany(w => new[] { (w.ConsignorName, w.ConsignorId), (w.ConsigneeName, w.ConsigneeId), (w.CarrierName, w.CarrierId) }));
        identified.AddRange(data.Rows<HazardousChemicalPermit>().Select(p => (p.EnterpriseName, (string?)p.CreditCode)));
        identified.AddRange(data.Rows<TransportPermit>().Select(p => (p.CarrierName, (string?)p.CarrierCreditCode)));
        identified.AddRange(data.Rows<Venue>().Where(v => v.OperatorName is not null).Select(v => (v.OperatorName!, v.CreditCode)));
        identified.AddRange(data.Rows<PolicePerson>().Where(p => p.UnitName is not null).Select(p => (p.UnitName!, p.UnitCreditCode)));
        var uses = identified.Where(x => typos.ContainsKey(x.Name)).ToList();
        Assert.NotEmpty(uses);
        Assert.All(uses, x => Assert.NotNull(x.Id));
        Assert.All(typos, t => Assert.Contains(uses, u => t.Value.Contains(u.Id!)));
    }
}
