using SupervisionModels.Datasets;
using SupervisionModels.Models;
using SupervisionModels.BuiltIn.JudicialAid;
using static SupervisionModels.Benchmarks.Comparison.SqlText;

namespace SupervisionModels.Benchmarks.Comparison;

/// <summary>SM0003 司法救助线索筛查 as SQL: the rules of <see cref="JudicialAidModel"/>, rule by rule.</summary>
internal sealed class Sm0003Sql : ModelSql
{
    public override string ModelId => "SM0003";

    public override IReadOnlyList<string> Datasets { get; } =
        ["procuratorate_cases", "case_persons", "social_assistance", "disabled_persons", "poverty_monitoring", "women_federation_aid", "judicial_aid_grants"];

    public override string Reasons(SupervisionModel model)
    {
        var window = Param<int>(model, JudicialAidParameters.WindowYears.Name);
        var asOf = JudicialAidParameters.ParseAsOf(Param<string>(model, JudicialAidParameters.AsOfDate.Name));
        var recent = Param<int>(model, JudicialAidParameters.RecentMonths.Name);
        var majorLoss = Num(Param<decimal>(model, JudicialAidParameters.MajorLoss.Name));
        var maxGrade = Param<int>(model, JudicialAidParameters.MaxDisabilityGrade.Name);
        var severeGrade = Param<int>(model, JudicialAidParameters.SevereDisabilityGrade.Name);
        var hardship = Keywords(model, JudicialAidParameters.HardshipKeywords.Name);
        var fight = Keywords(model, JudicialAidParameters.MutualFightKeywords.Name);
        var unlisted = Keywords(model, JudicialAidParameters.UnlistedWords.Name);
        // S13 and S14: the hardship word must be said of the victim (TextContext.AnyAboutVictim).
        var aboutVictim = AnyAboutVictim("summary", hardship.Terms, Keywords(model, JudicialAidParameters.VictimWords.Name).Terms,
            Keywords(model, JudicialAidParameters.OffenderWords.Name).Terms);
        var reference = asOf is { } d ? $"DATE '{d:yyyy-MM-dd}'" : "(SELECT latest FROM cutoff)";
        var death = Str(InjuryLevels.Death);
        var victimHarm = $"CASE WHEN c.injury IN ({List([InjuryLevels.SeriousFirst, InjuryLevels.SeriousSecond])}) THEN 'serious' "
            + $"WHEN c.injury IN ({List([InjuryLevels.MinorFirst, InjuryLevels.MinorSecond])}) THEN 'minor' ELSE 'none' END";
        var relative = Str(AidVocabulary.RelativeRole);
        var samePerson = "CASE WHEN p.k_id IS NOT NULL AND g.g_id IS NOT NULL THEN p.k_id = g.g_id ELSE p.k_n = g.g_n END";
        // AidVocabulary.IsMonitored is a C# pattern, not a list: restated.
        var monitored = List(["脱贫不稳定户", "边缘易致贫户", "突发严重困难户"]);
        var windowFilter = window > 0 ? $"AND c.accepted_date >= CAST({reference} - to_years({window}) AS DATE)" : "";

        return $"""
            WITH cutoff AS (SELECT max(accepted_date) AS latest FROM procuratorate_cases),
            eligible AS (
                SELECT * FROM procuratorate_cases
                WHERE offender_paid IS DISTINCT FROM {Str(CompensationStatuses.Full)} AND NOT reconciled
                  AND victim_fault IS DISTINCT FROM {Str(AidVocabulary.MajorFault)}),
            fight AS (SELECT DISTINCT case_id FROM eligible WHERE {ContainsAny("summary", fight)}),
            aid_case AS (
                SELECT c.* FROM eligible c
                WHERE (c.injury = {death} OR ({victimHarm}) <> 'none' OR c.property_loss >= {majorLoss})
                  AND NOT EXISTS (SELECT 1 FROM fight f WHERE f.case_id = nullif(c.case_id, ''))
                  {windowFilter}),
            persons AS ({Keys.Person("case_persons", "id_no", "name", "k")}),
            grants AS ({Keys.Person("judicial_aid_grants", "recipient_id", "recipient_name", "g")}),
            cand AS (
                SELECT p.person_key, p.case_id, p.k_key AS subject_key,
                       CASE WHEN p.role = {relative} THEN {Str(AidVocabulary.RelativeLeadRole)} ELSE {Str(AidVocabulary.VictimRole)} END AS role,
                       p.township, c.accepted_date,
                       CASE WHEN p.role = {relative} THEN (CASE WHEN c.injury = {death} THEN 'death' ELSE 'none' END) ELSE {victimHarm} END AS harm,
                       c.property_loss >= {majorLoss} AS major_loss,
                       c.offender_paid IN ({List([CompensationStatuses.None, CompensationStatuses.Unable])}) OR c.civil_exec_status = {Str(AidVocabulary.EnforcementEnded)} AS unpaid,
                       CASE WHEN p.k_id IS NOT NULL THEN age_at(id_birth(p.k_id), c.accepted_date)
                            WHEN p.birth_date IS NOT NULL THEN age_at(p.birth_date, c.accepted_date) END AS age_at_case
                FROM persons p JOIN aid_case c ON nullif(p.case_id, '') = c.case_id
                WHERE ((p.role = {Str(AidVocabulary.VictimRole)} AND NOT p.deceased) OR p.role = {relative})
                  AND CASE WHEN p.role = {relative} THEN c.injury = {death} ELSE ({victimHarm}) <> 'none' OR c.property_loss >= {majorLoss} END
                  AND NOT EXISTS (SELECT 1 FROM grants g WHERE g.case_id = nullif(p.case_id, '') AND (p.role = {relative} OR {samePerson}))
                  AND NOT EXISTS (SELECT 1 FROM grants g WHERE g.court_case_no = nullif(c.court_case_no, '') AND (p.role = {relative} OR {samePerson}))),
            cand_k AS (SELECT *, subject_key LIKE 'ID:%' AS has_id FROM cand),
            unlisted_text AS (SELECT DISTINCT case_id FROM eligible WHERE {ContainsAny("summary", unlisted)} AND {aboutVictim}),
            flag AS (
                {Flag("social_assistance", "'sub'", "r.start_date", "FALSE", $"r.program = {Str(AssistancePrograms.RuralSubsistence)}", "r.end_date IS NULL OR r.end_date >= a.accepted_date")}
                UNION ALL
                {Flag("disabled_persons", "'dis'", "r.issued_date", $"r.grade BETWEEN 1 AND {severeGrade}", "FALSE", $"r.status = {Str(AidVocabulary.CertificateValid)} AND r.grade BETWEEN 1 AND {maxGrade}")}
                UNION ALL
                {Flag("poverty_monitoring", "'mon'", "r.identified_date", "FALSE", "TRUE", $"r.household_status IN ({monitored}) AND (NOT r.risk_eliminated OR r.eliminated_date >= a.accepted_date)")}
                UNION ALL
                {Flag("women_federation_aid", "'women'", "r.registered_date", "FALSE", "FALSE", $"r.status = {Str(AidVocabulary.OnRegister)} OR r.exit_date >= a.accepted_date")}
                UNION ALL
                -- S15: the candidates of an S14 case, in the summary's own category, since the case was accepted.
                SELECT a.person_key, a.subject_key, a.role, a.accepted_date, 'summary', a.accepted_date, FALSE, FALSE, FALSE
                FROM cand_k a JOIN unlisted_text t ON t.case_id = a.case_id),
            reg AS (SELECT * FROM cand_k a WHERE EXISTS (SELECT 1 FROM flag f WHERE f.person_key = a.person_key)),
            hardship_text AS (SELECT DISTINCT case_id FROM eligible WHERE {ContainsAny("summary", hardship)} AND {aboutVictim})
            SELECT 'R1' AS rule_id, subject_key, role FROM reg WHERE harm = 'death'
            UNION ALL SELECT 'R2', subject_key, role FROM reg WHERE harm = 'serious'
            UNION ALL SELECT 'R3', subject_key, role FROM reg WHERE harm = 'minor'
            UNION ALL SELECT 'R4', subject_key, role FROM reg WHERE major_loss
            UNION ALL SELECT 'R5', subject_key, role FROM reg WHERE unpaid
            UNION ALL SELECT 'R6', subject_key, role FROM flag WHERE category = 'sub'
            UNION ALL SELECT 'R7', subject_key, role FROM flag WHERE category = 'dis'
            UNION ALL SELECT 'R8', subject_key, role FROM flag WHERE category = 'dis' AND severe
            UNION ALL SELECT 'R9', subject_key, role FROM flag WHERE category = 'mon'
            UNION ALL SELECT 'R10', subject_key, role FROM flag WHERE category = 'women'
            UNION ALL SELECT 'R11', subject_key, role FROM reg WHERE age_at_case < 18
            UNION ALL SELECT 'R12', subject_key, role FROM flag WHERE rural
            UNION ALL SELECT 'R17', subject_key, role FROM flag WHERE name_only
            UNION ALL SELECT 'R13', subject_key, role FROM flag WHERE since > accepted_date
            UNION ALL SELECT 'R14', subject_key, role FROM reg a
                WHERE NOT EXISTS (SELECT 1 FROM flag f WHERE f.person_key = a.person_key AND f.since > a.accepted_date)
            UNION ALL SELECT 'R15', subject_key, role FROM reg WHERE accepted_date > CAST({reference} - to_months({recent}) AS DATE)
            UNION ALL SELECT 'R16', a.subject_key, a.role FROM hardship_text t JOIN reg a ON a.case_id = t.case_id
            """;
    }

    // S5–S12: a register joined by ID number for candidates with one, else by normalised name within the township;
    // two equality joins, as the engine plans them.
    private static string Flag(string register, string category, string since, string severe, string rural, string counts) => $"""
        SELECT a.person_key, a.subject_key, a.role, a.accepted_date, {category} AS category, {since} AS since, {severe} AS severe, {rural} AS rural, FALSE AS name_only
        FROM cand_k a JOIN ({Keys.Person(register, "id_no", "name", "r")}) r ON a.subject_key = r.r_key
        WHERE a.has_id AND ({counts})
        UNION ALL
        SELECT a.person_key, a.subject_key, a.role, a.accepted_date, {category}, {since}, {severe}, {rural}, TRUE
        FROM cand_k a JOIN (SELECT *, 'PN:' || person_norm(name) AS r_pn FROM {register}) r ON a.subject_key = r.r_pn AND r.township = a.township
        WHERE NOT a.has_id AND ({counts})
        """;
}
