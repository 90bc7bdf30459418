using SupervisionModels.Entities;

namespace SupervisionModels.Datasets.Tests;

/// <summary>
/// Straightforward versions of the collision rules of domain.md §1.3, §2.3 and §3.3, written in LINQ over the
/// generated rows. They are not the models: they check that the planted signal is exactly what the rules find (every
/// planted lead, no background row and no decoy), so a model written against these datasets can reach full recall and
/// precision with correct rules.
/// </summary>
internal static class ReferenceRules
{
    private static readonly HashSet<string> LoanCauses = new(["买卖合同纠纷", "民间借贷纠纷", "借款合同纠纷", "合同纠纷", "债权转让合同纠纷", "追偿权纠纷"], StringComparer.Ordinal);

    /// <summary>SM0001: plaintiffs with two or more suits whose enforcement sold a zombie respondent's plate quota to them.</summary>
    public static HashSet<string> PlateAuctionPlaintiffs(GeneratedData data)
    {
        var judgments = data.Rows<Judgment>().Where(j => j.CaseType == CaseTypes.CivilFirstInstance && LoanCauses.Contains(j.Cause)).ToDictionary(j => j.CaseNo, StringComparer.Ordinal);
        // Plaintiffs by ID number or credit code; a row without either is tied to the ID by name and birth date (§1.3 step 2).
        var idByNameAndBirth = data.Rows<JudgmentParty>().Where(p => p.IdNo is not null && p.BirthDate is not null)
            .GroupBy(p => (Entities.NameNormalizer.Person(p.Name), p.BirthDate)).Where(g => g.Select(p => p.IdNo).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().IdNo!);
        string? KeyOf(JudgmentParty p) => p.IdNo ?? p.CreditCode ?? (p.BirthDate is not null && idByNameAndBirth.TryGetValue((Entities.NameNormalizer.Person(p.Name), p.BirthDate), out var id) ? id : null);
        var plaintiffCases = data.Rows<JudgmentParty>()
            .Where(p => p.Role == PartyRoles.Plaintiff && judgments.ContainsKey(p.CaseNo) && KeyOf(p) is not null)
            .GroupBy(p => KeyOf(p)!, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.CaseNo).Distinct(StringComparer.Ordinal).Count() >= 2)
            .ToDictionary(g => g.Key, g => g.Select(p => p.CaseNo).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var defendants = data.Rows<JudgmentParty>().Where(p => p.Role == PartyRoles.Defendant).ToLookup(p => p.CaseNo, StringComparer.Ordinal);
        var enterprises = data.Rows<Enterprise>().ToDictionary(e => e.CreditCode, StringComparer.Ordinal);
        var quotaPayouts = data.Rows<AssetDisposal>().Where(d => d.AssetType == AssetTypes.PlateQuota && d.PayoutAmount > 0).ToLookup(d => d.ExecCaseNo, StringComparer.Ordinal);
        var leads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var exec in data.Rows<EnforcementCase>())
        {
            if (exec.ApplicantId is not { } applicant || !plaintiffCases.TryGetValue(applicant, out var cases))
            {
                continue;
            }

            // The basis judgment: cited, or (when the number is missing) the applicant's case against the same respondent in that court.
            var basis = exec.BasisCaseNo is { } b
                ? (cases.Contains(b) ? b : null)
                : cases.FirstOrDefault(c => judgments[c].CourtCode == exec.CourtCode && defendants[c].Any(d => d.CreditCode == exec.RespondentId));
            if (basis is null || exec.RespondentId is null || !enterprises.TryGetValue(exec.RespondentId, out var respondent))
            {
                continue;
            }

            if (IsZombieAt(respondent, judgments[basis].FilingDate) && quotaPayouts[exec.ExecCaseNo].Any(d => d.PayeeId == applicant))
            {
                leads.Add(applicant);
            }
        }

        return leads;
    }

    public static bool IsZombieAt(Enterprise e, DateOnly date) =>
        (e.RevokedDate is { } r && r <= date) || (e.CancelledDate is { } c && c <= date) || (e.AbnormalList && e.AbnormalSince is { } a && a <= date && e.InsuredStaff == 0);

    /// <summary>SM0002 minors: persons recorded as inhaling (吸食人员) who were under eighteen on the event date.</summary>
    public static HashSet<string> NitrousOxideMinors(GeneratedData data) =>
        data.Rows<PolicePerson>().Where(p => p.Role == "吸食人员" && p.IdNo is not null && p.AgeAtEvent < 18).Select(p => p.IdNo!).ToHashSet(StringComparer.Ordinal);

    /// <summary>SM0002 venues: venues where two or more inhalation incidents happened (matched by venue id or by name in the place).</summary>
    public static HashSet<string> NitrousOxideVenues(GeneratedData data)
    {
        var inhalation = data.Rows<PolicePerson>().Where(p => p.Role == "吸食人员").Select(p => p.PoliceCaseNo).ToHashSet(StringComparer.Ordinal);
        var venues = data.Rows<Venue>();
        return data.Rows<PoliceCase>().Where(c => inhalation.Contains(c.PoliceCaseNo))
            .SelectMany(c => venues.Where(v => v.VenueId == c.VenueId || c.Place.EndsWith(v.Name, StringComparison.Ordinal)).Select(v => v.VenueId))
            .GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>SM0002 sellers: suspects of selling cases with no licence covering nitrous oxide valid on the event date.</summary>
    public static HashSet<string> NitrousOxideSellers(GeneratedData data)
    {
        var cases = data.Rows<PoliceCase>().Where(c => c.Cause is "非法经营" or "违反危险化学品安全管理规定").ToDictionary(c => c.PoliceCaseNo, StringComparer.Ordinal);
        var permits = data.Rows<HazardousChemicalPermit>().ToLookup(p => p.CreditCode, StringComparer.Ordinal);
        return data.Rows<PolicePerson>().Where(p => cases.ContainsKey(p.PoliceCaseNo) && p.Role is "犯罪嫌疑人" or "违法行为人")
            .Where(p => !Licensed(permits, p.UnitCreditCode, DateOnly.FromDateTime(cases[p.PoliceCaseNo].EventTime)))
            .Select(p => p.UnitCreditCode ?? p.IdNo!).ToHashSet(StringComparer.Ordinal);
    }

    public static bool Licensed(ILookup<string, HazardousChemicalPermit> permits, string? creditCode, DateOnly at) =>
        creditCode is not null && permits[creditCode].Any(p => p.Scope.Contains("一氧化二氮", StringComparison.Ordinal) && p.ValidFrom <= at && p.ValidTo >= at);

    /// <summary>
    /// SM0002 transporters: carriers of nitrous-oxide waybills (by goods name or UN1070, or shipping for a seller) without a
    /// class 2.2 dangerous-goods permit or with an unqualified driver; and drivers stopped carrying it in a private car.
    /// </summary>
    public static HashSet<string> NitrousOxideTransporters(GeneratedData data)
    {
        var sellers = NitrousOxideSellers(data);
        var permits = data.Rows<TransportPermit>().ToLookup(p => p.CarrierCreditCode, StringComparer.Ordinal);
        var qualified = data.Rows<TransportWorker>().Where(w => w.Categories.Contains("危险货物运输驾驶员", StringComparison.Ordinal)).Select(w => w.CertNo).ToHashSet(StringComparer.Ordinal);
        var leads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in data.Rows<Waybill>())
        {
            var nitrous = w.UnNo == "UN1070" || new[] { "一氧化二氮", "奶油气", "气弹", "笑气" }.Any(k => w.GoodsName.Contains(k, StringComparison.Ordinal)) || (w.ConsignorId is { } c && sellers.Contains(c));
            if (!nitrous || w.CarrierId is null)
            {
                continue;
            }

            var permitted = permits[w.CarrierId].Any(p => p.BusinessType == "道路危险货物运输" && p.PermittedClasses.Split(';').Contains("2.2") && p.ValidFrom <= w.ShipDate && p.ValidTo >= w.ShipDate);
            if (!permitted || w.DriverCert is null || !qualified.Contains(w.DriverCert))
            {
                leads.Add(w.CarrierId);
            }
        }

        var stops = data.Rows<PoliceCase>().Where(c => c.Cause == "非法运输危险物质").Select(c => c.PoliceCaseNo).ToHashSet(StringComparer.Ordinal);
        leads.UnionWith(data.Rows<PolicePerson>().Where(p => stops.Contains(p.PoliceCaseNo) && p.IdNo is not null).Select(p => p.IdNo!));
        return leads;
    }

    /// <summary>
    /// SM0003: living victims (or close relatives of dead ones) of eligible cases — serious harm, not paid in full, not at
    /// grave fault, not aided already — who are on a welfare list at or after the case date.
    /// </summary>
    public static HashSet<string> AidVictims(GeneratedData data)
    {
        var cases = data.Rows<ProcuratorateCase>().ToDictionary(c => c.CaseId, StringComparer.Ordinal);
        var aided = data.Rows<JudicialAidGrant>().Select(g => (g.CaseId ?? g.CourtCaseNo, g.RecipientId)).ToHashSet();
        var assistance = data.Rows<SocialAssistance>().ToLookup(r => r.IdNo, StringComparer.Ordinal);
        var disabled = data.Rows<DisabledPerson>().ToLookup(r => r.IdNo, StringComparer.Ordinal);
        var monitoring = data.Rows<PovertyMonitoring>().ToLookup(r => r.IdNo, StringComparer.Ordinal);
        var women = data.Rows<WomenFederationAid>().ToLookup(r => r.IdNo, StringComparer.Ordinal);
        var deceased = data.Rows<CasePerson>().Where(p => p.Role == "被害人" && p.Deceased).Select(p => p.CaseId).ToHashSet(StringComparer.Ordinal);
        var leads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in data.Rows<CasePerson>())
        {
            var subject = (p.Role == "被害人" && !p.Deceased) || (p.Role == "近亲属" && deceased.Contains(p.CaseId));
            if (!subject || p.IdNo is not { } id)
            {
                continue;
            }

            var c = cases[p.CaseId];
            var harm = c.Injury is InjuryLevels.Death or InjuryLevels.SeriousFirst or InjuryLevels.SeriousSecond or InjuryLevels.MinorFirst or InjuryLevels.MinorSecond
                || (c.Charge is "诈骗罪" or "盗窃罪" or "抢劫罪" && c.PropertyLoss >= 20_000m);
            if (!harm || c.OffenderPaid == CompensationStatuses.Full || c.VictimFault == "重大" || aided.Contains((c.CaseId, id)) || (c.CourtCaseNo is not null && aided.Contains((c.CourtCaseNo, id))))
            {
                continue;
            }

            var at = c.AcceptedDate;
            var flagged = assistance[id].Any(r => r.EndDate is null || r.EndDate >= at)
                || disabled[id].Any(r => r.Status == "有效" && r.Grade <= 3)
                || monitoring[id].Any(r => r.EliminatedDate is null || r.EliminatedDate >= at)
                || women[id].Any(r => r.ExitDate is null || r.ExitDate >= at);
            if (flagged)
            {
                leads.Add(id);
            }
        }

        return leads;
    }

    /// <summary>The identifiers of a model's planted leads of one role (all roles when null).</summary>
    public static HashSet<string> Planted(GeneratedData data, string model, params string[] roles) =>
        data.Leads.Where(l => l.ModelId == model && (roles.Length == 0 || roles.Contains(l.Role))).Select(l => l.Identifier).ToHashSet(StringComparer.Ordinal);

    public static bool MentionsNitrousOxide(string text) => Generator.Text.Keywords.MentionsNitrousOxide(text);

    public static int? Age(string id, DateOnly at) => ResidentId.AgeAt(id, at);
}
