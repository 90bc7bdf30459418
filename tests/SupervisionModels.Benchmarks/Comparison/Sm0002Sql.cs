using SupervisionModels.Datasets;
using SupervisionModels.Models;
using SupervisionModels.BuiltIn.MinorsNitrousOxide;
using static SupervisionModels.Benchmarks.Comparison.SqlText;

namespace SupervisionModels.Benchmarks.Comparison;

/// <summary>SM0002 未成年人“笑气”滥用 as SQL: the rules of <see cref="MinorsNitrousOxideModel"/>, rule by rule.</summary>
internal sealed class Sm0002Sql : ModelSql
{
    private const string PoliceSource = "police_cases";
    private const string WaybillSource = "waybills";

    // Suppliers.NamedIn's pattern (private to the model, restated) in RE2: the same lazy group; \s widened to the
    // Unicode spaces .NET's \s also takes.
    private const string SupplierPattern = "(?:系从|是从|从)([^，。；、“”\"\\s\\x{85}\\x{A0}\\x{3000}]{2,30}?)(?:处|那里|手中)(?:购买|购得|购入|买来|买的|拿货)";

    public override string ModelId => "SM0002";

    public override IReadOnlyList<string> Datasets { get; } =
    [
        "police_cases", "police_persons", "hazchem_permits", "waybills", "transport_permits", "transport_vehicles", "transport_workers",
        "vehicles", "venues", "lodging_checkins",
    ];

    public override string Reasons(SupervisionModel model)
    {
        IReadOnlyList<string> T(string name) => Keywords(model, name).Terms;
        var substance = Keywords(model, "substance-terms");
        var action = Keywords(model, "action-terms");
        var exclude = Keywords(model, "exclude-terms");
        var goodsSet = Keywords(model, "goods-terms");
        var goods = goodsSet.Terms;
        var un = T("un-numbers");
        var hazard = Param<string>(model, "hazard-class");
        var whole = hazard.Split('.')[0];
        var ageLimit = Param<int>(model, "age-limit");
        var youngAge = Param<int>(model, "young-age");
        var window = Param<int>(model, "checkin-window-hours");
        var seller = Str(Subjects.Seller);
        var transporter = Str(Subjects.Transporter);
        var venue = Str(Subjects.Venue);
        var minor = Str(Subjects.Minor);
        var police = Str(PoliceSource);
        var waybill = Str(WaybillSource);
        var covers = $"covers_class(permitted_classes, {Str(hazard)}, {Str(whole)})";
        // The model's Not<LicensedSale>: no valid N2O licence on the day of the sale (alias e).
        var unlicensedSale = "NOT EXISTS (SELECT 1 FROM licensed x WHERE x.sale_id = e.sale_id)";
        var live = List([VehicleStatuses.Scrapped, VehicleStatuses.ForciblyDeregistered, VehicleStatuses.TransferredOut]);

        return $"""
            WITH innocent AS (SELECT DISTINCT police_case_no FROM police_cases WHERE {ContainsAny("summary", exclude)}),
            other_drug AS (
                SELECT DISTINCT police_case_no FROM police_cases
                WHERE {ContainsAny("summary", Keywords(model, "other-drug-terms"))} AND NOT {ContainsAffirmed("summary", substance.Terms)}),
            nox_case AS (
                SELECT police_case_no AS case_no, event_time, CAST(event_time AS DATE) AS event_date, area_code, place, venue_id, vehicle_plate AS plate,
                       {ContainsAnyFolded("summary", T("sale-terms"))} OR {ContainsAnyFolded("cause", T("sale-terms"))} AS sale,
                       vehicle_plate IS NOT NULL OR {ContainsAnyFolded("summary", T("transport-terms"))} OR {ContainsAnyFolded("cause", T("transport-terms"))} AS transport,
                       {ContainsAffirmed("summary", T("minor-terms"))} AS to_minors,
                       {ContainsAnyFolded("summary", T("channel-terms"))} OR {IsOneOf("seized_unit", T("bulk-units"))} OR coalesce(seized_qty >= {Param<int>(model, "bulk-quantity")}, FALSE) AS bulk,
                       nullif(regexp_extract(summary, {Str(SupplierPattern)}, 1), '') AS supplier
                FROM police_cases
                WHERE {ContainsAny("summary", substance)} AND {ContainsAny("summary", action)}
                  AND NOT EXISTS (SELECT 1 FROM innocent i WHERE i.police_case_no = nullif(police_cases.police_case_no, ''))
                  AND NOT EXISTS (SELECT 1 FROM other_drug o WHERE o.police_case_no = nullif(police_cases.police_case_no, ''))),
            people AS ({Keys.Person($"({Keys.Organization("(SELECT * FROM police_persons WHERE police_case_no IN (SELECT case_no FROM nox_case))", "unit_credit_code", "unit_name", "u")})", "id_no", "name", "pp")}),
            offender AS (SELECT *, coalesce(u_key, pp_key) AS party, coalesce(unit_name, name) AS party_name FROM people WHERE {IsOneOf("role", T("offender-roles"))}),
            police_sale AS (
                SELECT c.case_no, c.event_date AS date, p.party AS seller, p.party_name AS seller_name, c.to_minors, c.bulk
                FROM nox_case c JOIN offender p ON p.police_case_no = c.case_no WHERE c.sale),
            known_seller AS (SELECT DISTINCT seller FROM police_sale WHERE seller IS NOT NULL),
            wb AS ({Keys.Party($"({Keys.Party("waybills", "consignor_id", "consignor_name", "cs")})", "carrier_id", "carrier_name", "cr")}),
            shipment AS (
                SELECT waybill_no, ship_date, cs_key AS consignor, consignor_name, cr_key AS carrier, carrier_name, plate_no AS plate, driver_id, TRUE AS declared
                FROM wb WHERE {ContainsAny("goods_name", goodsSet)}
                UNION ALL
                SELECT waybill_no, ship_date, cs_key, consignor_name, cr_key, carrier_name, plate_no, driver_id, TRUE
                FROM wb WHERE {IsOneOf("un_no", un)} AND NOT {ContainsAnyFolded("goods_name", goods)}
                UNION ALL
                SELECT w.waybill_no, w.ship_date, k.seller, w.consignor_name, w.cr_key, w.carrier_name, w.plate_no, w.driver_id, FALSE
                FROM wb w JOIN known_seller k ON k.seller = w.cs_key
                WHERE NOT {IsOneOf("w.un_no", un)} AND NOT {ContainsAnyFolded("w.goods_name", goods)}),
            sale AS (
                SELECT DISTINCT case_no || '|' || coalesce(seller, '') AS sale_id, {police} AS source, case_no AS record_key, date, seller, seller_name, to_minors, bulk
                FROM police_sale
                UNION
                SELECT waybill_no || '|' || coalesce(consignor, ''), {waybill}, waybill_no, ship_date, consignor, consignor_name, FALSE, FALSE FROM shipment),
            hp AS ({Keys.Organization($"({Keys.Organization("hazchem_permits", "credit_code", "NULL", "c")})", "NULL", "enterprise_name", "n")}),
            licence AS (
                SELECT e.sale_id, {ContainsAnyFolded("p.scope", T("licence-terms"))} AS covers, e.date <= p.valid_to AS not_expired
                FROM sale e JOIN hp p ON p.c_key = e.seller WHERE e.seller LIKE 'CC:%'
                UNION ALL
                SELECT e.sale_id, {ContainsAnyFolded("p.scope", T("licence-terms"))}, e.date <= p.valid_to
                FROM sale e JOIN hp p ON p.n_key = e.seller WHERE e.seller LIKE 'ON:%'),
            licensed AS (SELECT DISTINCT sale_id FROM licence WHERE covers AND not_expired),
            unlicensed AS (
                SELECT e.*, 'none' AS gap FROM sale e WHERE NOT EXISTS (SELECT 1 FROM licence l WHERE l.sale_id = e.sale_id)
                UNION ALL
                SELECT e.*, CASE WHEN l.covers THEN 'expired' ELSE 'scope' END FROM sale e JOIN licence l ON l.sale_id = e.sale_id
                WHERE (NOT l.covers OR NOT l.not_expired) AND NOT EXISTS (SELECT 1 FROM licensed x WHERE x.sale_id = e.sale_id)),
            carriage AS (
                SELECT waybill_no || '|' || coalesce(carrier, '') AS carriage_id, {waybill} AS source, waybill_no AS record_key, ship_date AS date,
                       carrier, carrier_name, plate, driver_id, declared
                FROM shipment s
                WHERE declared OR NOT EXISTS (SELECT 1 FROM licensed x WHERE x.sale_id = s.waybill_no || '|' || coalesce(s.consignor, ''))
                UNION
                SELECT c.case_no || '|' || p.person_key, {police}, c.case_no, c.event_date, p.party, p.party_name, c.plate, p.id_no, TRUE
                FROM nox_case c JOIN offender p ON p.police_case_no = c.case_no WHERE c.transport),
            tp AS ({Keys.Organization($"({Keys.Organization("transport_permits", "carrier_credit_code", "NULL", "c")})", "NULL", "carrier_name", "n")}),
            permit AS (
                SELECT c.carriage_id, {ContainsAnyFolded("p.business_type", T("dangerous-business"))} AND covers_class(p.permitted_classes, {Str(hazard)}, {Str(whole)}) AS covers,
                       c.date <= p.valid_to AS not_expired
                FROM carriage c JOIN tp p ON p.c_key = c.carrier WHERE c.carrier LIKE 'CC:%'
                UNION ALL
                SELECT c.carriage_id, {ContainsAnyFolded("p.business_type", T("dangerous-business"))} AND covers_class(p.permitted_classes, {Str(hazard)}, {Str(whole)}),
                       c.date <= p.valid_to
                FROM carriage c JOIN tp p ON p.n_key = c.carrier WHERE c.carrier LIKE 'ON:%'),
            permitted AS (SELECT DISTINCT carriage_id FROM permit WHERE covers AND not_expired),
            minor_person AS ({Keys.Id($"({Keys.Person("(SELECT * FROM police_persons WHERE police_case_no IN (SELECT case_no FROM nox_case))", "id_no", "name", "m")})", "id_no", "a")}),
            minor_use AS (
                SELECT * FROM (
                    SELECT c.case_no, p.m_key AS person, p.id_no, c.event_time, p.guardian_contact IS NOT NULL AS guardian_recorded,
                           CASE WHEN p.a_id IS NOT NULL THEN age_at(id_birth(p.a_id), c.event_date) ELSE p.age_at_event END AS age
                    FROM nox_case c JOIN minor_person p ON p.police_case_no = c.case_no WHERE {IsOneOf("p.role", T("user-roles"))})
                WHERE age < {ageLimit}),
            venue_k AS ({Keys.Venue("venues", "area_code", "name", "v")}),
            ambiguous AS (SELECT v_key FROM venue_k WHERE v_key IS NOT NULL GROUP BY v_key HAVING count(*) > 1),
            case_k AS ({Keys.Venue("(SELECT *, without_region(place) AS bare_place FROM nox_case WHERE venue_id IS NULL)", "area_code", "bare_place", "v")}),
            venue_event AS (
                SELECT v.venue_id, v.minors_banned, c.case_no, c.event_time
                FROM nox_case c JOIN venues v ON nullif(trim(v.venue_id), '') = nullif(trim(c.venue_id), '')
                UNION ALL
                SELECT v.venue_id, v.minors_banned, c.case_no, c.event_time
                FROM case_k c JOIN venue_k v ON v.v_key = c.v_key
                WHERE NOT EXISTS (SELECT 1 FROM ambiguous a WHERE a.v_key = v.v_key)),
            lodging AS (SELECT * FROM lodging_checkins WHERE NOT guardian_contact_recorded)
            SELECT 'S1' AS rule_id, seller AS subject_key, {seller} AS role FROM sale e WHERE source = {police} AND (to_minors OR {unlicensedSale})
            UNION ALL SELECT 'S2', seller, {seller} FROM sale e WHERE source = {waybill} AND {unlicensedSale}
            UNION ALL SELECT CASE gap WHEN 'none' THEN 'S3' WHEN 'scope' THEN 'S4' ELSE 'S5' END, seller, {seller} FROM unlicensed
            UNION ALL SELECT 'S6', seller, {seller} FROM sale e WHERE bulk AND (to_minors OR {unlicensedSale})
            UNION ALL SELECT 'S7', seller, {seller} FROM sale WHERE to_minors
            UNION ALL SELECT 'S9', e.seller, {seller}
                FROM (SELECT *, org_strip(org_clean(person_norm(seller_name))) AS k FROM sale) e
                JOIN (SELECT *, org_strip(org_clean(person_norm(supplier))) AS k FROM nox_case WHERE supplier IS NOT NULL) c ON c.k = e.k AND e.k <> ''
                WHERE EXISTS (SELECT 1 FROM minor_use m WHERE m.case_no = c.case_no)
            UNION ALL SELECT 'S8', seller, {seller} FROM sale e WHERE {unlicensedSale} GROUP BY seller HAVING count(DISTINCT source) >= 2
            UNION ALL SELECT 'T1', carrier, {transporter} FROM carriage WHERE source = {police}
            UNION ALL SELECT 'T2', carrier, {transporter} FROM carriage WHERE source = {waybill} AND declared
            UNION ALL SELECT 'T3', carrier, {transporter} FROM carriage WHERE source = {waybill} AND NOT declared
            UNION ALL SELECT 'T4', carrier, {transporter} FROM carriage c WHERE NOT EXISTS (SELECT 1 FROM permit p WHERE p.carriage_id = c.carriage_id)
            UNION ALL SELECT CASE WHEN p.covers THEN 'T6' ELSE 'T5' END, c.carrier, {transporter} FROM carriage c JOIN permit p ON p.carriage_id = c.carriage_id
                WHERE (NOT p.covers OR NOT p.not_expired) AND NOT EXISTS (SELECT 1 FROM permitted x WHERE x.carriage_id = c.carriage_id)
            UNION ALL SELECT 'T7', carrier, {transporter} FROM carriage c WHERE c.plate IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM transport_vehicles v WHERE plate_norm(v.plate_no) = plate_norm(c.plate)
                  AND {ContainsAnyFolded("v.vehicle_class", T("dangerous-vehicle-classes"))} AND covers_class(v.permitted_classes, {Str(hazard)}, {Str(whole)}) AND v.cert_valid_to >= c.date)
            UNION ALL SELECT 'T8', carrier, {transporter} FROM carriage c WHERE NOT EXISTS (
                SELECT 1 FROM transport_workers w WHERE w.id_no = nullif(c.driver_id, '')
                  AND {ContainsAnyFolded("w.categories", T("dangerous-driver-categories"))} AND w.valid_to >= c.date)
            UNION ALL SELECT 'T9', c.carrier, {transporter} FROM carriage c JOIN vehicles v ON plate_norm(v.plate_no) = plate_norm(c.plate)
                WHERE c.plate IS NOT NULL AND {IsOneOf("v.use_nature", T("private-uses"))} AND coalesce(v.status, '') NOT IN ({live})
            UNION ALL SELECT 'T10', c.carrier, {transporter} FROM carriage c JOIN unlicensed u ON u.record_key = c.record_key
                WHERE c.source = {waybill} AND u.source = {waybill}
            UNION ALL SELECT 'V1', 'RK:' || trim(venue_id), {venue} FROM venue_event
            UNION ALL SELECT 'V2', 'RK:' || trim(venue_id), {venue} FROM venue_event GROUP BY venue_id HAVING count(DISTINCT case_no) >= {Param<int>(model, "min-venue-events")}
            UNION ALL SELECT 'V3', 'RK:' || trim(v.venue_id), {venue} FROM venue_event v JOIN minor_use m ON m.case_no = v.case_no
            UNION ALL SELECT 'V4', 'RK:' || trim(v.venue_id), {venue} FROM venue_event v JOIN minor_use m ON m.case_no = v.case_no WHERE v.minors_banned
            UNION ALL SELECT 'V5', 'RK:' || trim(v.venue_id), {venue} FROM venue_event v JOIN minor_use m ON m.case_no = v.case_no
                JOIN lodging l ON l.venue_id = v.venue_id AND l.guest_id_no = m.id_no
                WHERE l.checkin_time <= v.event_time AND l.checkin_time >= v.event_time - to_hours({window})
            UNION ALL SELECT 'V6', 'RK:' || trim(venue_id), {venue}
                FROM ({Keys.Id("lodging", "guest_id_no", "g")})
                WHERE age_at(id_birth(g_id), CAST(checkin_time AS DATE)) < {ageLimit}
                GROUP BY venue_id HAVING count(*) >= {Param<int>(model, "min-unguarded-checkins")}
            UNION ALL SELECT 'M1', person, {minor} FROM minor_use
            UNION ALL SELECT 'M2', person, {minor} FROM minor_use WHERE age < {youngAge}
            UNION ALL SELECT 'M3', person, {minor} FROM minor_use GROUP BY person HAVING count(DISTINCT case_no) >= {Param<int>(model, "min-repeat-events")}
            UNION ALL SELECT 'M4', m.person, {minor} FROM minor_use m JOIN venue_event v ON v.case_no = m.case_no
            UNION ALL SELECT 'M5', m.person, {minor} FROM minor_use m JOIN lodging l ON l.guest_id_no = nullif(m.id_no, '')
                WHERE l.checkin_time <= m.event_time AND l.checkin_time >= m.event_time - to_hours({window})
            UNION ALL SELECT 'M6', person, {minor} FROM minor_use WHERE NOT guardian_recorded
            """;
    }
}
