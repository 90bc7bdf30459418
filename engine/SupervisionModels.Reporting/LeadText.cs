using System.Globalization;
using SupervisionModels.Leads;

namespace SupervisionModels.Reporting;

/// <summary>How lead fields read in Chinese, the same in every format.</summary>
public static class LeadText
{
    /// <summary>The columns of a lead row, in order (the CSV and the per-model sheets).</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["模型", "排名", "线索编号", "对象", "对象类型", "角色", "主体标识", "识别方式", "分值", "涉案金额（元）", "命中规则", "证据数"];

    /// <summary>The values of a lead row, as text, in the order of <see cref="Columns"/>.</summary>
    public static IReadOnlyList<string> Row(Lead lead) =>
    [
        lead.ModelId,
        lead.Rank.ToString(CultureInfo.InvariantCulture),
        lead.LeadId,
        lead.Subject.Name,
        Kind(lead.Subject.Kind),
        lead.Subject.Role,
        lead.Subject.Key,
        Match(lead.Subject.Match),
        Number(lead.Score),
        lead.Amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? string.Empty,
        Reasons(lead),
        LeadEvidence.Records(lead).Count.ToString(CultureInfo.InvariantCulture), // each record once, as explain and the HTML count them
    ];

    /// <summary>The fired rules, one a line: <c>R2 同一原告多次起诉（+10，3 次）</c>.</summary>
    public static string Reasons(Lead lead) => string.Join("\n", lead.Rules.Select(r => Reason(lead, r)));

    /// <summary>One fired rule of a lead as a line, counting the records it stands on (see <see cref="LeadEvidence.Count"/>).</summary>
    public static string Reason(Lead lead, LeadRule rule) => Reason(rule, LeadEvidence.Count(lead, rule));

    private static string Reason(LeadRule rule, int count) =>
        $"{rule.RuleId} {rule.Description}（+{Number(rule.Weight)}，{count.ToString(CultureInfo.InvariantCulture)} 次{(rule.Amount is { } a ? "，" + a.ToString("N2", CultureInfo.InvariantCulture) + " 元" : string.Empty)}）";

    /// <summary>A rule's description cut to <paramref name="length"/> characters with an ellipsis, for a row that names many rules.</summary>
    public static string Short(string description, int length = 12)
    {
        ArgumentNullException.ThrowIfNull(description);
        return description.Length <= length ? description : description[..length] + "…";
    }

    /// <summary>A time with its offset, the same in every format: <c>2026-12-03 12:05:00 UTC+08:00</c>.</summary>
    public static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-dd HH:mm:ss 'UTC'zzz", CultureInfo.InvariantCulture);

    /// <summary>A subject kind in Chinese.</summary>
    public static string Kind(string kind) => kind switch
    {
        "person" => "自然人",
        "organization" => "单位",
        "venue" => "场所",
        "vehicle" => "车辆",
        _ => kind,
    };

    /// <summary>How the subject key was formed, in Chinese.</summary>
    public static string Match(string match) => match switch
    {
        "idNumber" => "身份证号",
        "creditCode" => "统一社会信用代码",
        "normalizedName" => "名称比对（需人工核实）",
        "recordKey" => "数据集记录号",
        _ => match,
    };

    /// <summary>A score or weight without trailing zeros, invariant.</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
