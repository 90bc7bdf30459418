using System.Text;
using System.Text.RegularExpressions;
using SupervisionModels.Leads;

namespace SupervisionModels.Reporting.Masking;

/// <summary>
/// The one rule for masking personal data wherever leads are shown (reports, the console): natural persons' names
/// keep their first character (张*, 欧阳** keeps 欧), resident ids and other long identifiers their first four and last
/// four (3704**********1234), mobile numbers their first three and last four (138****5678), addresses their
/// administrative prefix down to the county or district. Organisations, venues and credit codes are not personal data
/// and stay as they are.
/// </summary>
public static partial class PersonalData
{
    /// <summary>The subject kind of a natural person, as leads write it.</summary>
    public const string PersonKind = "person";

    /// <summary>A natural person's name with all but its first character masked; other kinds as they are.</summary>
    public static string Name(string name, string kind) =>
        kind != PersonKind ? name : PersonName(name);

    /// <summary>A natural person's name with all but its first character masked: 张三 → 张*, 欧阳娜娜 → 欧***.</summary>
    public static string PersonName(string name) =>
        name.Length <= 1 ? name : string.Concat(name.AsSpan(0, 1), new string('*', name.Length - 1));

    /// <summary>An identifier with its first and last four characters kept: 370403198001011234 → 3704**********1234.</summary>
    public static string Identifier(string value) =>
        value.Length <= 8 ? new string('*', value.Length) : string.Concat(value.AsSpan(0, 4), new string('*', value.Length - 8), value.AsSpan(value.Length - 4));

    /// <summary>A mobile number with its first three and last four digits kept: 13812345678 → 138****5678.</summary>
    public static string Phone(string value) =>
        value.Length <= 7 ? new string('*', value.Length) : string.Concat(value.AsSpan(0, 3), new string('*', value.Length - 7), value.AsSpan(value.Length - 4));

    /// <summary>
    /// An address with what follows the county or district masked: 山东省烟台市龙口市石良镇杏山村309号 → 山东省烟台市龙口市****.
    /// An address without a recognisable county keeps its first three characters.
    /// </summary>
    public static string Address(string address)
    {
        var match = AddressPrefix().Match(address);
        var keep = match.Success ? match.Length : Math.Min(3, address.Length);
        return keep >= address.Length ? address : string.Concat(address.AsSpan(0, keep), new string('*', Math.Min(address.Length - keep, 6)));
    }

    /// <summary>
    /// An entity key as leads write it: <c>ID:</c> resident ids masked as identifiers, <c>PN:</c> person names as names;
    /// credit codes (<c>CC:</c>), organisation names (<c>ON:</c>) and dataset keys (<c>RK:</c>) are not personal.
    /// </summary>
    public static string Key(string key)
    {
        if (key.StartsWith("ID:", StringComparison.Ordinal))
        {
            return "ID:" + Identifier(key[3..]);
        }

        return key.StartsWith("PN:", StringComparison.Ordinal) ? "PN:" + PersonName(key[3..]) : key;
    }

    /// <summary>
    /// The natural persons' names a set of leads knows of, to mask wherever they show: the subjects that are persons,
    /// and every name that follows a party role (原告张三，法定代表人李四，被害人王五…) in any excerpt of any lead. A name
    /// learnt from one excerpt is masked in all of them, also where no role word stands before it or where the excerpt
    /// cuts it (see <see cref="Text"/>). Organisation names never follow a role this way (the name rule stops at two
    /// or three characters before a comma or a conjunction), so they stay readable.
    /// </summary>
    public static IReadOnlyCollection<string> PersonNames(IEnumerable<Lead> leads)
    {
        ArgumentNullException.ThrowIfNull(leads);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lead in leads)
        {
            if (lead.Subject.Kind == PersonKind)
            {
                names.Add(lead.Subject.Name);
            }

            foreach (var excerpt in lead.Evidence.Select(e => e.Excerpt).OfType<string>())
            {
                names.UnionWith(NameAfterRole().Matches(excerpt).Select(m => m.Groups["name"].Value).Where(IsName));
                names.UnionWith(NameBeforeOthers().Matches(excerpt).Select(m => m.Value).Where(IsName));
            }
        }

        names.RemoveWhere(n => n.Length < 2 || n.Contains('*', StringComparison.Ordinal));
        return names;
    }

    /// <summary>
    /// Masks personal data inside free text (evidence excerpts): the names given (the natural persons the report is
    /// about), names that follow a party role (原告张三，), resident ids, mobile numbers, and addresses after their county.
    /// A known name the excerpt cuts is masked too: its head at the end of the excerpt or before a “…” (…原告徐兴 → 徐*),
    /// its tail at the start or after one (…兴强诉称 → **诉称).
    /// The 【】 marks around matched words are kept, so highlighting still works on the masked text.
    /// </summary>
    public static string Text(string text, IReadOnlyCollection<string> personNames)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(personNames);
        if (text.Length == 0)
        {
            return text;
        }

        var result = ResidentIdInText().Replace(text, m => Identifier(m.Value));
        result = PhoneInText().Replace(result, m => Phone(m.Value));
        result = AddressInText().Replace(result, m => Address(m.Value));
        var known = personNames.Where(n => n.Length >= 2).Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length).ToArray();
        if (known.Length > 0)
        {
            var sb = new StringBuilder(result);
            foreach (var name in known)
            {
                sb.Replace(name, PersonName(name));
            }

            result = CutNames(sb.ToString(), known);
        }

        result = NameAfterRole().Replace(result, m => IsName(m.Groups["name"].Value)
            ? string.Concat(m.Value.AsSpan(0, m.Groups["name"].Index - m.Index), PersonName(m.Groups["name"].Value))
            : m.Value);
        return NameBeforeOthers().Replace(result, m => IsName(m.Value) ? PersonName(m.Value) : m.Value);
    }

    // A name does not start with a preposition or an adverb (原告以现金…, 被告已…), nor end with a preposition (原告张三以
    // 被告名下… is 张三, not 张三以); a body part is not one (被害人腿部，); a name already masked (张*) is left as it is.
    private static bool IsName(string candidate) =>
        !NotNames.Contains(candidate) && !NotNameStarts.Contains(candidate[0]) && !candidate.EndsWith('部')
        && !NotNameEnds.Contains(candidate[^1]) && !candidate.Contains('*', StringComparison.Ordinal);

    private static readonly HashSet<char> NotNameEnds = ['以', '将', '对', '因', '被', '在', '向', '从', '把', '与', '和', '及'];

    private static readonly HashSet<char> NotNameStarts = ['某', '以', '在', '将', '对', '从', '因', '为', '已', '未', '均', '不', '也', '又', '即', '应', '所', '就', '并', '亦', '仍', '把', '被', '其', '该', '自', '经'];

    /// <summary>
    /// Masks the pieces of known names at the edges of an excerpt's pieces (the text is cut at its ends and at each “…”):
    /// a head of two characters or more keeps its first (徐兴 → 徐*); a tail loses all its characters, since its first
    /// one is not the surname (兴强 → **). A one-character tail is masked only before a comma or 诉称/辩称, where it
    /// is plainly the end of a name; elsewhere a single character is too common to be taken for one.
    /// </summary>
    private static string CutNames(string text, IReadOnlyList<string> known)
    {
        var pieces = text.Split('…');
        for (var p = 0; p < pieces.Length; p++)
        {
            pieces[p] = MaskHead(MaskTail(pieces[p], known), known);
        }

        return string.Join('…', pieces);
    }

    private static string MaskHead(string piece, IReadOnlyList<string> known)
    {
        foreach (var name in known)
        {
            for (var length = name.Length - 1; length >= 2; length--)
            {
                if (piece.EndsWith(name.AsSpan(0, length), StringComparison.Ordinal))
                {
                    return string.Concat(piece.AsSpan(0, piece.Length - length), PersonName(name[..length]));
                }
            }
        }

        return piece;
    }

    private static string MaskTail(string piece, IReadOnlyList<string> known)
    {
        foreach (var name in known)
        {
            for (var length = name.Length - 1; length >= 1; length--)
            {
                var tail = name.AsSpan(name.Length - length);
                if (!piece.AsSpan().StartsWith(tail, StringComparison.Ordinal))
                {
                    continue;
                }

                var after = piece.AsSpan(length);
                if (length >= 2 || after.StartsWith("，", StringComparison.Ordinal) || after.StartsWith("诉称", StringComparison.Ordinal) || after.StartsWith("辩称", StringComparison.Ordinal))
                {
                    return string.Concat(new string('*', length), after);
                }
            }
        }

        return piece;
    }

    /// <summary>An 18-character resident id (or a 15-digit old one) not inside a longer run of digits.</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")]
    private static partial Regex ResidentIdInText();

    /// <summary>A mainland mobile number not inside a longer run of digits.</summary>
    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex PhoneInText();

    /// <summary>The administrative prefix of an address: province, city, and county or district.</summary>
    [GeneratedRegex(@"^(?:[\u4e00-\u9fa5]{2,8}?(?:省|自治区))?(?:[\u4e00-\u9fa5]{2,8}?(?:市|自治州|州|盟|地区))?(?:[\u4e00-\u9fa5]{1,8}?(?:区|县|市|旗))")]
    private static partial Regex AddressPrefix();

    /// <summary>
    /// A street address in text: a county or district followed by a town, street or village and ending at a house
    /// number, room or group (镇、街道、村、路…号). Stops at 【】 so matched words stay marked.
    /// </summary>
    [GeneratedRegex(@"(?:[\u4e00-\u9fa5]{2,8}?(?:省|自治区))?(?:[\u4e00-\u9fa5]{2,8}?(?:市|自治州|州|盟))?[\u4e00-\u9fa5]{1,8}?(?:区|县|市|旗)[\u4e00-\u9fa5A-Za-z0-9\-]{0,20}?(?:镇|乡|街道|村|路|街|巷|小区|社区)[\u4e00-\u9fa5A-Za-z0-9\-]{0,20}?(?:号楼|号|室|组|单元)")]
    private static partial Regex AddressInText();

    /// <summary>Words that follow a party role as a name would (被告承担，原告诉称，) and are not names.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "承担", "负担", "辩称", "诉称", "述称", "认为", "同意", "答辩", "确认", "主张", "提出", "名下", "公司", "单位", "已经",
        "应当", "均未", "未到庭", "到庭", "陈述", "称", "方", "一方", "双方", "本人", "不服", "上诉", "起诉", "申请", "经传唤",
        "头部", "面部", "身体", "家属", "亲属", "先动手", "受伤", "报警", "先", "一人", "二人", "三人", "其", "处", "现场", "上述", "以上", "该店", "我们", "他们",
    };

    /// <summary>
    /// A two- or three-character name right after a party role that opens a clause (原告张三与被告…), or after a role
    /// that is never part of another word (法定代表人、负责人、代理人、被害人、犯罪嫌疑人、监护人、驾驶人, also where the excerpt
    /// cuts the role's head: …代表人刘娇，), and before a comma, bracket, conjunction, a verb of pleading (诉称、辩称) or
    /// the excerpt's end. A full stop is not enough: 由被告承担。 ends with a verb, not a name. A name written with a space
    /// (张 昊林, as some records have it) is still one name.
    /// </summary>
    [GeneratedRegex(@"(?:(?<=^|[\s，,。；;、：:…与及和])(?<role>原告|被告人|被告|被上诉人|上诉人|违法行为人|申请执行人|被执行人|申请人|被申请人|第三人|证人|当事人|受害人)|(?<role>代表人|表人|负责人|责人|代理人|理人|被害人|嫌疑人|监护人|驾驶人)|(?<=^|…)(?<role>人|(?=[：:])))[：:]?(?<name>[\u4e00-\u9fa5](?: ?[\u4e00-\u9fa5\*]){1,2}?)(?=$|…|[，,；;、：:与和及（(系在因于将持被等的到向对从]|诉称|辩称|述称|驾驶|伙同|酒后|无证|发生|一同|共同)")]
    private static partial Regex NameAfterRole();

    /// <summary>
    /// A two- or three-character name that opens a clause and is followed by 等人 (经查，张三等人系未成年人): police
    /// summaries name the first of a group this way, without a role word. Or a legal representative whose role word
    /// the excerpt cut off, known by the title after the name (…张志刚，该公司执行董事。).
    /// </summary>
    [GeneratedRegex(@"(?<=^|[，,。；;：:…])[\u4e00-\u9fa5]{2,3}?(?=等(?:人|[\d一二三四五六七八九十]+人))|(?<=^|…)[\u4e00-\u9fa5]{2,3}?(?=[，,](?:该公司|该店|该单位|董事长|总经理|经理|执行董事|负责人))")]
    private static partial Regex NameBeforeOthers();
}
