using System.Globalization;
using System.Text;
using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.JudicialAid;

/// <summary>
/// One way a case record writes a person differently from the register (issue 11, identity): <see cref="RecordedName"/>
/// gives the record's name (null when the name has nothing to vary that way), <see cref="Resolvable"/> whether the
/// project is expected to join the two.
/// </summary>
internal sealed record IdentityVariant(string Kind, bool Resolvable, string Note, Func<string, string?> RecordedName);

/// <summary>The identity variants of hard data and the helpers that write them.</summary>
internal static class IdentityVariants
{
    /// <summary>Surnames written with a homophone (章/张, 汪/王…): no normaliser can know which was meant.</summary>
    private static readonly Dictionary<char, char> Homophones = new()
    {
        ['张'] = '章', ['王'] = '汪', ['李'] = '黎', ['刘'] = '柳', ['陈'] = '程', ['杨'] = '阳', ['黄'] = '皇', ['周'] = '州', ['吴'] = '伍', ['徐'] = '许',
        ['孙'] = '荪', ['马'] = '玛', ['朱'] = '诸', ['胡'] = '湖', ['郭'] = '国', ['何'] = '贺', ['高'] = '郜', ['林'] = '琳', ['罗'] = '骆', ['赵'] = '肇',
    };

    /// <summary>Simplified characters common in names and their traditional forms (陈/陳…).</summary>
    private static readonly Dictionary<char, char> Traditional = new()
    {
        ['陈'] = '陳', ['张'] = '張', ['刘'] = '劉', ['杨'] = '楊', ['黄'] = '黃', ['赵'] = '趙', ['吴'] = '吳', ['孙'] = '孫', ['马'] = '馬', ['郑'] = '鄭',
        ['冯'] = '馮', ['韩'] = '韓', ['邓'] = '鄧', ['许'] = '許', ['丽'] = '麗', ['华'] = '華', ['国'] = '國', ['军'] = '軍', ['伟'] = '偉', ['红'] = '紅',
        ['兰'] = '蘭', ['凤'] = '鳳', ['龙'] = '龍', ['刚'] = '剛', ['东'] = '東', ['发'] = '發', ['宝'] = '寶', ['万'] = '萬', ['长'] = '長', ['云'] = '雲',
    };

    public static readonly IdentityVariant[] All =
    [
        new("id15", true, "案件记录载 15 位旧身份证号（名单为 18 位），可升位比对", name => name),
        new("permit", true, "港澳居民来往内地通行证号（案件与名单相同，非居民身份证号），按姓名加乡镇比对，须复核", name => name),
        new("traditional", false, "案件记录无身份证号，姓名以繁体字书写；项目的姓名规范化不做繁简转换", name => Map(name, Traditional, all: true)),
        new("homophone", false, "案件记录无身份证号，姓氏写成同音字（章/张、汪/王），无法确认是否同一人", name => Map(name, Homophones, all: false)),
    ];

    /// <summary>The legacy 15-digit form of an 18-digit resident ID born in the 1900s: the century and the check character dropped.</summary>
    public static string? Legacy15(string id) =>
        id.Length == 18 && id.AsSpan(6, 2).SequenceEqual("19") ? string.Concat(id.AsSpan(0, 6), id.AsSpan(8, 9)) : null;

    /// <summary>A Hong Kong or Macau resident's mainland travel permit number (H/M and eight digits).</summary>
    public static string Permit(Rng rng) =>
        (rng.Chance(0.7) ? "H" : "M") + rng.Between(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);

    private static string? Map(string name, Dictionary<char, char> map, bool all)
    {
        var sb = new StringBuilder(name);
        var changed = false;
        for (var i = 0; i < sb.Length && (all || i == 0); i++)
        {
            if (map.TryGetValue(sb[i], out var to))
            {
                sb[i] = to;
                changed = true;
            }
        }

        return changed ? sb.ToString() : null;
    }
}
