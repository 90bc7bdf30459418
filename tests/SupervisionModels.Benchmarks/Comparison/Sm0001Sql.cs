using SupervisionModels.Datasets;
using SupervisionModels.Models;
using SupervisionModels.BuiltIn.PlateAuctionFakeLitigation;
using static SupervisionModels.Benchmarks.Comparison.SqlText;

namespace SupervisionModels.Benchmarks.Comparison;

/// <summary>SM0001 虚假诉讼·套取车牌额度拍卖款 as SQL: the rules of <see cref="PlateAuctionFakeLitigationModel"/>, rule by rule.</summary>
internal sealed class Sm0001Sql : ModelSql
{
    // The model's PlaintiffWords and LawfulPartyWindow (internal to it, restated): the words a judgment names its
    // plaintiff with, and how far after one a lawful plaintiff's name may end.
    private static readonly string[] PlaintiffWords = ["原告", "申请执行人", "申请人", "上诉人"];
    private const int LawfulPartyWindow = 24;

    public override string ModelId => "SM0001";

    public override IReadOnlyList<string> Datasets { get; } = ["judgments", "judgment_parties", "enterprises", "enforcement_cases", "asset_disposals"];

    /// <summary><c>context.LeadWhen(min-score, "R1", "R4", "R5")</c>.</summary>
    public override IReadOnlyList<string> RequiredRules { get; } = ["R1", "R4", "R5"];

    public override string Reasons(SupervisionModel model)
    {
        var keywords = Keywords(model, "keywords");
        var causes = Keywords(model, "causes").Terms;
        var lawful = NamesLawfulParty("full_text", PlaintiffWords, Keywords(model, "lawful-plaintiffs").Terms,
            Keywords(model, "lawful-contexts").Terms, LawfulPartyWindow);
        var minCases = Param<int>(model, "min-cases");
        var missingYears = Param<int>(model, "min-missing-report-years");
        var fastDays = Param<int>(model, "fast-days");
        var plaintiff = Str(PartyRoles.Plaintiff);
        // Zombie.At(e, filing date, years)
        var zombie = $"""
            ((e.reg_status IN ({List([EnterpriseStatuses.Revoked, EnterpriseStatuses.Cancelled, EnterpriseStatuses.MovedOut])})
              AND (e.revoked_date IS NULL OR e.revoked_date <= d.filing_date)
              AND (e.cancelled_date IS NULL OR e.revoked_date IS NOT NULL OR e.cancelled_date <= d.filing_date))
             OR (e.abnormal_list AND (e.abnormal_since IS NULL OR e.abnormal_since <= d.filing_date))
             OR (e.insured_staff = 0 AND e.annual_report_missing_years >= {missingYears}))
            """;

        return $"""
            WITH screened AS (
                SELECT case_no, court, filing_date, judgment_date,
                       coalesce(closing_mode = '调解', FALSE) OR default_judgment OR defendant_admitted AS no_real_dispute
                FROM judgments
                WHERE case_type = {Str(CaseTypes.CivilFirstInstance)} AND cause IN ({List(causes)}) AND {ContainsAny("full_text", keywords)}
                  AND NOT {lawful}),
            parties AS (SELECT * FROM judgment_parties WHERE case_no IN (SELECT case_no FROM screened)),
            named AS ({Keys.Party($"(SELECT * FROM parties WHERE role = {plaintiff} AND (id_no IS NOT NULL OR credit_code IS NOT NULL))", "coalesce(id_no, credit_code)", "name", "k")}),
            others AS ({Keys.Person("(SELECT id_no, name, birth_date FROM judgment_parties WHERE id_no IS NOT NULL)", "id_no", "name", "o")}),
            plaintiff AS (
                SELECT c.case_no, c.court, p.k_key AS subject_key, c.filing_date, c.judgment_date, c.no_real_dispute, coalesce(p.agent, '') AS agent
                FROM screened c JOIN named p ON p.case_no = c.case_no
                UNION ALL
                SELECT c.case_no, c.court, o.o_key, c.filing_date, c.judgment_date, c.no_real_dispute, coalesce(p.agent, '')
                FROM screened c JOIN (SELECT *, person_norm(name) AS n FROM parties
                                      WHERE role = {plaintiff} AND id_no IS NULL AND credit_code IS NULL AND birth_date IS NOT NULL) p ON p.case_no = c.case_no
                JOIN others o ON o.o_n = p.n AND o.birth_date = p.birth_date),
            defendant AS (
                SELECT c.case_no, p.k_key AS k, c.filing_date
                FROM screened c JOIN ({Keys.Organization($"(SELECT * FROM parties WHERE role = {Str(PartyRoles.Defendant)} AND (credit_code IS NOT NULL OR party_type IS DISTINCT FROM '自然人'))", "credit_code", "name", "k")}) p
                  ON p.case_no = c.case_no),
            ent AS ({Keys.Organization($"({Keys.Organization("enterprises", "credit_code", "NULL", "c")})", "NULL", "name", "n")}),
            renamed AS ({Keys.Organization("(SELECT * FROM enterprises WHERE former_name IS NOT NULL)", "NULL", "former_name", "f")}),
            zombie_case AS (
                SELECT d.case_no FROM defendant d JOIN ent e ON d.k = e.c_key WHERE d.k LIKE 'CC:%' AND {zombie}
                UNION ALL
                SELECT d.case_no FROM defendant d JOIN ent e ON d.k = e.n_key WHERE d.k LIKE 'ON:%' AND {zombie}
                UNION ALL
                SELECT d.case_no FROM defendant d JOIN renamed e ON d.k = e.f_key WHERE d.k LIKE 'ON:%' AND {zombie}),
            enf AS (SELECT exec_case_no, nullif(basis_case_no, '') AS basis_case_no, court, filing_date, x_key AS k
                    FROM ({Keys.Party("enforcement_cases", "applicant_id", "applicant_name", "x")})),
            enforcement AS (
                SELECT x.exec_case_no, p.subject_key FROM plaintiff p JOIN enf x ON x.basis_case_no = p.case_no WHERE x.k = p.subject_key
                UNION ALL
                SELECT x.exec_case_no, p.subject_key FROM plaintiff p JOIN enf x ON x.k = p.subject_key AND x.court = p.court
                WHERE x.basis_case_no IS NULL AND x.filing_date >= p.judgment_date),
            shared_agent AS (SELECT agent FROM plaintiff WHERE agent <> '' GROUP BY agent HAVING count(DISTINCT subject_key) >= 2)
            SELECT 'R1' AS rule_id, subject_key, {plaintiff} AS role FROM plaintiff GROUP BY subject_key HAVING count(DISTINCT case_no) >= {minCases}
            UNION ALL SELECT 'R2', p.subject_key, {plaintiff} FROM zombie_case z JOIN plaintiff p ON p.case_no = z.case_no
            UNION ALL SELECT 'R3', subject_key, {plaintiff} FROM enforcement
            UNION ALL SELECT 'R4', x.subject_key, {plaintiff} FROM enforcement x
                JOIN ({Keys.Party($"(SELECT * FROM asset_disposals WHERE asset_type = {Str(AssetTypes.PlateQuota)})", "payee_id", "payee_name", "d")}) d
                  ON d.exec_case_no = x.exec_case_no WHERE d.d_key = x.subject_key
            UNION ALL SELECT 'R5', subject_key, {plaintiff} FROM plaintiff WHERE no_real_dispute
            UNION ALL SELECT 'R6', subject_key, {plaintiff} FROM plaintiff WHERE judgment_date - filing_date <= {fastDays}
            UNION ALL SELECT 'R7', p.subject_key, {plaintiff} FROM plaintiff p WHERE p.agent IN (SELECT agent FROM shared_agent)
            """;
    }
}
