namespace SupervisionModels.Benchmarks.Comparison;

/// <summary>
/// Adds entity-key columns to a relation, one layer of projections per step. Nesting the macros of
/// <see cref="EntityMacros"/> inside one another expands them into expression trees so large that DuckDB spent seconds
/// planning a query over forty thousand rows; computed as columns, layer by layer, each step is evaluated once a row.
/// </summary>
internal static class Keys
{
    /// <summary>
    /// EntityKey.Person(id, name) as <c>{p}_key</c>, with <c>{p}_id</c> (the valid, normalised ID number or NULL) and
    /// <c>{p}_n</c> (NameNormalizer.Person of the name).
    /// </summary>
    public static string Person(string source, string id, string name, string p) => $"""
        SELECT *, CASE WHEN {p}_id IS NOT NULL THEN 'ID:' || {p}_id WHEN {p}_n = '' THEN NULL ELSE 'PN:' || {p}_n END AS {p}_key
        FROM (SELECT *, CASE WHEN id_valid({p}_u) THEN {p}_u END AS {p}_id
        FROM (SELECT *, upper(id_upgrade({p}_t)) AS {p}_u
        FROM (SELECT *, trim({id}) AS {p}_t, person_norm({name}) AS {p}_n FROM {source})))
        """;

    /// <summary>EntityKey.Organization(code, name) as <c>{p}_key</c>.</summary>
    public static string Organization(string source, string code, string name, string p) => $"""
        SELECT *, CASE WHEN cc_valid({p}_c) THEN 'CC:' || {p}_c WHEN {p}_o = '' THEN NULL ELSE 'ON:' || {p}_o END AS {p}_key
        FROM (SELECT *, org_strip({p}_oc) AS {p}_o
        FROM (SELECT *, upper(trim({code})) AS {p}_c, org_clean(person_norm({name})) AS {p}_oc FROM {source}))
        """;

    /// <summary>EntityKey.Party(identifier, name) as <c>{p}_key</c>: a person's or an organisation's key, whichever the identifier is.</summary>
    public static string Party(string source, string identifier, string name, string p) => $"""
        SELECT *, CASE WHEN {p}_idok THEN 'ID:' || {p}_u WHEN {p}_ccok THEN 'CC:' || {p}_i
                       WHEN {p}_org THEN (CASE WHEN {p}_o = '' THEN NULL ELSE 'ON:' || {p}_o END)
                       WHEN {p}_n = '' THEN NULL ELSE 'PN:' || {p}_n END AS {p}_key
        FROM (SELECT *, coalesce(id_valid({p}_u), FALSE) AS {p}_idok, coalesce(cc_valid({p}_i), FALSE) AS {p}_ccok, org_strip({p}_oc) AS {p}_o
        FROM (SELECT *, id_upgrade({p}_i) AS {p}_u, org_clean({p}_n) AS {p}_oc
        FROM (SELECT *, upper(trim({identifier})) AS {p}_i, person_norm({name}) AS {p}_n, looks_org({name}) AS {p}_org FROM {source})))
        """;

    /// <summary>The valid, normalised ID number of <paramref name="id"/> (or NULL) as <c>{p}_id</c>: for ages.</summary>
    public static string Id(string source, string id, string p) => $"""
        SELECT *, CASE WHEN id_valid({p}_u) THEN {p}_u END AS {p}_id
        FROM (SELECT *, upper(id_upgrade(trim({id}))) AS {p}_u FROM {source})
        """;

    /// <summary>Places.VenueKey(area, name) as <c>{p}_key</c>: 'VN:' area ':' normalised organisation name.</summary>
    public static string Venue(string source, string area, string name, string p) => $"""
        SELECT *, CASE WHEN {p}_o = '' OR {area} IS NULL OR trim({area}) = '' THEN NULL ELSE 'VN:' || trim({area}) || ':' || {p}_o END AS {p}_key
        FROM (SELECT *, org_strip({p}_oc) AS {p}_o
        FROM (SELECT *, org_clean(person_norm({name})) AS {p}_oc FROM {source}))
        """;
}
