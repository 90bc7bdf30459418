using System.Text;
using SupervisionModels.Entities;

namespace SupervisionModels.Benchmarks.Comparison;

/// <summary>
/// <see cref="EntityKey"/>, <see cref="NameNormalizer"/>, <see cref="ResidentId"/> and <see cref="CreditCode"/> as DuckDB
/// macros, so that SQL joins and groups on the same keys as the engine ('ID:…', 'CC:…', 'PN:…', 'ON:…'; the engine's
/// empty key is NULL, which never joins). The keys themselves are built from these steps by <see cref="Keys"/>. NFKC is reduced to what it does to these datasets: full-width ASCII forms
/// (U+FF01–U+FF5E), the ideographic space and sub- and superscript digits; DuckDB has no NFKC function.
/// </summary>
internal static class EntityMacros
{
    // The sub- and superscript digits NFKC (and KeywordMatcher.Fold) turn into ASCII digits: ₀–₉, ⁰, ⁴–⁹, ¹, ², ³.
    private const string ScriptDigits = "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089\u2070\u2074\u2075\u2076\u2077\u2078\u2079\u00B9\u00B2\u00B3";
    private const string ScriptDigitValues = "01234567890456789123";

    public static IEnumerable<string> Statements()
    {
        var wide = new StringBuilder();
        var narrow = new StringBuilder();
        for (var c = '\uFF01'; c <= '\uFF5E'; c++)
        {
            wide.Append(c);
            narrow.Append((char)(c - 0xFEE0));
        }

        wide.Append('\u3000');
        narrow.Append(' ');
        wide.Append(ScriptDigits);
        narrow.Append(ScriptDigitValues);
        yield return $"CREATE MACRO nfkc_lite(s) AS translate(s, {SqlText.Str(wide.ToString())}, {SqlText.Str(narrow.ToString())})";

        // KeywordMatcher.Fold: full-width digits and letters, sub- and superscript digits (the ₂ of N₂O).
        var fw = new StringBuilder();
        var fn = new StringBuilder();
        foreach (var (from, to) in new[] { ('\uFF10', '\uFF19'), ('\uFF21', '\uFF3A'), ('\uFF41', '\uFF5A') })
        {
            for (var c = from; c <= to; c++)
            {
                fw.Append(c);
                fn.Append((char)(c - 0xFEE0));
            }
        }

        fw.Append(ScriptDigits);
        fn.Append(ScriptDigitValues);
        yield return $"CREATE MACRO fold_wide(s) AS translate(s, {SqlText.Str(fw.ToString())}, {SqlText.Str(fn.ToString())})";

        // NameNormalizer.Person: NFKC, drop white space and the dots of transliterated names, upper case.
        yield return @"CREATE MACRO person_norm(n) AS upper(regexp_replace(nfkc_lite(coalesce(n, '')), '[\s\x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}·•.・]', '', 'g'))";

        // NameNormalizer.Organization: also drop brackets, quotes, dashes and commas, then cut one company form, longest first.
        yield return @"CREATE MACRO org_clean(p) AS regexp_replace(p, '[()\[\]【】〔〕""''“”\-,，]', '', 'g')";
        var forms = new[] { "股份有限公司", "有限责任公司", "有限公司", "股份公司", "集团公司", "分公司", "公司", "个体工商户", "合伙企业", "普通合伙", "有限合伙", "经营部", "商行", "工作室" };
        var cases = string.Join(" ", forms.Select(f => $"WHEN length(r) > {f.Length} AND suffix(r, {SqlText.Str(f)}) THEN left(r, length(r) - {f.Length})"));
        yield return $"CREATE MACRO org_strip(r) AS CASE {cases} ELSE r END";

        // ResidentId: check character, 15 → 18 digit upgrade, validity (digits, check character, a real birth date).
        var weights = new[] { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        var sum = string.Join(" + ", weights.Select((w, i) => $"{w} * (ascii(substr(b, {i + 1}, 1)) - 48)"));
        yield return $"CREATE MACRO id_check(b) AS substr('10X98765432', 1 + (({sum}) % 11), 1)";
        yield return "CREATE MACRO id_upgrade(s) AS CASE WHEN length(s) = 15 AND regexp_full_match(s, '[0-9]{15}') THEN left(s, 6) || '19' || substr(s, 7) || id_check(left(s, 6) || '19' || substr(s, 7)) ELSE s END";
        yield return "CREATE MACRO id_valid(u) AS coalesce(length(u) = 18 AND regexp_full_match(left(u, 17), '[0-9]{17}') AND upper(right(u, 1)) = id_check(u) AND substr(u, 7, 4) <> '0000' AND try_strptime(substr(u, 7, 8), '%Y%m%d') IS NOT NULL, FALSE)";
        yield return "CREATE MACRO id_birth(u) AS CAST(try_strptime(substr(u, 7, 8), '%Y%m%d') AS DATE)";

        // CreditCode: 18 characters of the alphabet, check character.
        const string alphabet = CreditCode.Alphabet;
        var ccWeights = new[] { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
        var ccSum = string.Join(" + ", ccWeights.Select((w, i) => $"{w} * (instr('{alphabet}', substr(c, {i + 1}, 1)) - 1)"));
        yield return $"CREATE MACRO cc_valid(c) AS coalesce(length(c) = 18 AND regexp_full_match(c, '[{alphabet}]{{18}}') AND right(c, 1) = substr('{alphabet}', 1 + ((31 - (({ccSum}) % 31)) % 31), 1), FALSE)";

        var orgWords = new[] { "公司", "厂", "中心", "合作社", "银行", "事务所", "商行", "经营部", "医院", "酒店", "宾馆", "管理人" };
        yield return $"CREATE MACRO looks_org(n) AS coalesce({string.Join(" OR ", orgWords.Select(w => $"contains(n, {SqlText.Str(w)})"))}, FALSE)";
        // SM0002's helpers (Plates.Normalize, Permits.CoversClass, Places.WithoutRegion; the region pattern is private to the model, restated).
        yield return @"CREATE MACRO plate_norm(x) AS nullif(upper(regexp_replace(nfkc_lite(coalesce(x, '')), '[\s\x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}·•・.\-]', '', 'g')), '')";
        yield return "CREATE MACRO covers_class(classes, hc, whole) AS coalesce(list_has_any(list_transform(regexp_split_to_array(classes, '[;；、,， ]'), x -> trim(x)), [hc, whole]), FALSE)";
        yield return "CREATE MACRO without_region(place) AS CASE WHEN place IS NULL OR trim(place) = '' THEN '' ELSE regexp_replace(trim(place), '^(?:[^省市区县]{1,7}省)?(?:[^省市区县]{1,7}市)?(?:[^省市区县]{1,7}?(?:市|区|县|旗))?', '') END";

        // Texts.ContainsAffirmed's test of the text before an occurrence (its negations and window are private to the
        // model, restated): one of the negations within the last eight characters, after the clause's last ，。；！？,;!?.
        var negations = new[] { "未发现", "未查获", "未查见", "未见", "没有", "否认", "不涉及", "排除", "并无", "均无" };
        yield return $"CREATE MACRO negated_before(p) AS regexp_matches(regexp_extract(right(p, 8), '[^，。；！？,;!?]*$'), {SqlText.Str(string.Join("|", negations))})";

        // Age at a date: full years, as DateOnly.AddYears counts them (29 February becomes 28 February).
        yield return "CREATE MACRO age_at(b, d) AS year(d) - year(b) - CASE WHEN d < CAST(b + to_years(CAST(year(d) - year(b) AS INTEGER)) AS DATE) THEN 1 ELSE 0 END";
    }
}
