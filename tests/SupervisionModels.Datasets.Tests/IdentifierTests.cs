using System.Text.RegularExpressions;
using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Entities;
using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;

namespace SupervisionModels.Datasets.Tests;

[Collection(TinyDataCollection.Name)]
public sealed partial class IdentifierTests(TinyData data)
{
    /// <summary>The public parser's regex quoted in domain.md §4.3 (S55).</summary>
    [GeneratedRegex(@"[（(](\d{4})[)）]\s*([\u4e00-\u9fa5]{1,3}\d{0,4})([民刑行知执])((?:初|终|再|申|执|督)?)\s*(\d+)\s*号")]
    private static partial Regex PublicCaseNumber();

    /// <summary>The same, extended as §4.3 asks to the multi-character type codes (民特, 执恢…), anchored.</summary>
    [GeneratedRegex(@"^[（(](\d{4})[)）]([\u4e00-\u9fa5]{1,3}\d{0,4})(民初|民终|民再|民特|民申|民督|刑初|刑终|执恢|执保|执异|执复|执监|执|司救刑)(\d+)号$")]
    private static partial Regex CaseNumber();

    [GeneratedRegex(@"^鲁[A-HJ-NP-Z]([DF]?[0-9A-HJ-NP-Z]{5})$")]
    private static partial Regex Plate();

    private static readonly string[] PersonIdColumns = ["id_no", "guest_id_no", "recipient_id", "driver_id", "legal_rep_id"];
    private static readonly string[] CreditCodeColumns = ["credit_code", "unit_credit_code", "carrier_credit_code", "employer_credit_code", "supplier_credit_code"];
    private static readonly string[] PartyIdColumns = ["applicant_id", "respondent_id", "owner_id", "buyer_id", "payee_id", "quota_owner_id", "consignor_id", "consignee_id", "carrier_id"];

    [Fact]
    public void ResidentIds_AllPassTheIso7064CheckAndHaveABirthDate()
    {
        var checkedCount = 0;
        foreach (var (dataset, column, value) in Values(PersonIdColumns))
        {
            Assert.True(ResidentId.IsValid(value), $"{dataset}.{column}: {value} is not a valid resident ID");
            checkedCount++;
        }

        foreach (var guest in data.Rows<LodgingCheckin>().Where(c => c.CoGuestIdNos is not null).SelectMany(c => c.CoGuestIdNos!.Split(';')))
        {
            Assert.True(ResidentId.IsValid(guest), $"lodging_checkins.co_guest_id_nos: {guest}");
        }

        Assert.True(checkedCount > 5_000, $"only {checkedCount} ID numbers were checked");
    }

    [Fact]
    public void CreditCodes_AllPassTheGb32100CheckAndTheirOrganisationCodeCheck()
    {
        var values = Values(CreditCodeColumns).ToList();
        Assert.All(values, v => Assert.True(CreditCode.IsValid(v.Value), $"{v.Dataset}.{v.Column}: {v.Value}"));
        Assert.All(values, v => Assert.Equal(CreditCode.OrganizationCheckCharacter(v.Value.AsSpan(8, 8)), v.Value[16]));
        Assert.True(values.Count > 2_000);
    }

    [Fact]
    public void PartyIdentifiers_AreEitherValidIdsOrValidCreditCodes()
    {
        Assert.All(Values(PartyIdColumns), v => Assert.True(ResidentId.IsValid(v.Value) || CreditCode.IsValid(v.Value), $"{v.Dataset}.{v.Column}: {v.Value}"));
    }

    [Fact]
    public void CaseNumbers_ParseWithTheCaseNumberRegex()
    {
        var numbers = data.Rows<Judgment>().Select(j => j.CaseNo)
            .Concat(data.Rows<Judgment>().Select(j => j.OriginalCaseNo).OfType<string>())
            .Concat(data.Rows<EnforcementCase>().Select(e => e.ExecCaseNo))
            .Concat(data.Rows<AssetDisposal>().Select(d => d.ExecCaseNo))
            .Concat(data.Rows<PlateAuction>().Select(a => a.ExecCaseNo).OfType<string>())
            .Concat(data.Rows<ProcuratorateCase>().Select(c => c.CourtCaseNo).OfType<string>())
            .Concat(data.Rows<EnforcementCase>().Select(e => e.BasisCaseNo).OfType<string>().Where(b => !b.Contains("仲案字", StringComparison.Ordinal)))
            .ToList();
        Assert.All(numbers, n => Assert.Matches(CaseNumber(), n));
        Assert.All(numbers.Where(n => !n.Contains("民特", StringComparison.Ordinal) && !n.Contains("司救", StringComparison.Ordinal)), n => Assert.Matches(PublicCaseNumber(), n));
    }

    [Fact]
    public void CaseNumbers_CarryTheirCourtsCodeAndYear()
    {
        foreach (var j in data.Rows<Judgment>())
        {
            var m = CaseNumber().Match(j.CaseNo);
            Assert.Equal(j.CourtCode, m.Groups[2].Value);
            Assert.Equal(j.CaseType, m.Groups[3].Value);
            Assert.Equal(j.FilingDate.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Groups[1].Value);
        }
    }

    [Fact]
    public void Plates_HaveTheProvinceAndACityLetterOfTheRegion()
    {
        var plates = data.Rows<Vehicle>().Select(v => v.PlateNo).Concat(data.Rows<PlateAuction>().Select(a => a.PlateNo)).Concat(data.Rows<Waybill>().Select(w => w.PlateNo)).ToList();
        Assert.All(plates, p => Assert.Matches(Plate(), p));
        Assert.All(plates, p => Assert.Contains(p[..2], new[] { "鲁D", "鲁F", "鲁Y", "鲁R" }));
    }

    [Fact]
    public void Vins_HaveAValidCheckDigitAndAreUnique()
    {
        var vins = data.Rows<Vehicle>().Select(v => v.Vin).ToList();
        Assert.All(vins, v => Assert.True(Identifiers.IsValidVin(v), v));
    }

    [Fact]
    public void DisabilityCertificates_AreTheIdNumberFollowedByCategoryAndGrade()
    {
        Assert.All(data.Rows<DisabledPerson>(), d => Assert.Equal(d.IdNo + d.Category + d.Grade, d.CertNo));
    }

    [Fact]
    public void PoliceAges_AreTheAgeOnTheEventDate()
    {
        var cases = data.Rows<PoliceCase>().ToDictionary(c => c.PoliceCaseNo, StringComparer.Ordinal);
        foreach (var p in data.Rows<PolicePerson>().Where(p => p.IdNo is not null))
        {
            Assert.Equal(ResidentId.AgeAt(p.IdNo, DateOnly.FromDateTime(cases[p.PoliceCaseNo].EventTime)), p.AgeAtEvent);
        }
    }

    [Fact]
    public void DatesOfEvents_FallWithinTheDataPeriod()
    {
        var from = new DateOnly(2019, 1, 1);
        var cutoff = new DateOnly(2023, 12, 31);
        Assert.All(data.Rows<Judgment>(), j => Assert.InRange(j.JudgmentDate, j.FilingDate, cutoff));
        Assert.All(data.Rows<EnforcementCase>(), e => Assert.InRange(e.FilingDate, from, cutoff));
        Assert.All(data.Rows<PoliceCase>(), c => Assert.InRange(DateOnly.FromDateTime(c.EventTime), from, cutoff));
        Assert.All(data.Rows<Waybill>(), w => Assert.InRange(w.ShipDate, from, cutoff));
        Assert.All(data.Rows<AssetDisposal>(), d => Assert.InRange(d.PayoutDate, from, cutoff));
    }

    private IEnumerable<(string Dataset, string Column, string Value)> Values(string[] columns)
    {
        foreach (var type in DatasetRecordTypes.All)
        {
            var schema = FactSchema.For(type);
            var selected = schema.Columns.Where(c => columns.Contains(c.Name) && c.ValueType == typeof(string)).ToList();
            if (selected.Count == 0)
            {
                continue;
            }

            var rows = (System.Collections.IEnumerable)typeof(TinyData).GetMethod(nameof(TinyData.Rows))!.MakeGenericMethod(type).Invoke(data, null)!;
            foreach (var row in rows)
            {
                foreach (var column in selected)
                {
                    if (column.Property.GetValue(row) is string { Length: > 0 } value)
                    {
                        yield return (schema.DatasetName, column.Name, value);
                    }
                }
            }
        }
    }
}
