using SupervisionModels.Leads;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.LeadBook.Tests;

/// <summary>Tiny leads written in the tests, the way analyzer tests write a few lines of code.</summary>
internal static class BookLeads
{
    /// <summary>A lead of <paramref name="model"/> about <paramref name="subject"/>: each evidence entry is "RULE:dataset:record".</summary>
    public static Lead Lead(string model, string subject, params string[] evidence)
    {
        var parsed = evidence.Select(e => e.Split(':')).Select(p => new Evidence(p[0], p[1], p[2])).ToArray();
        var rules = parsed.Select(e => e.RuleId).Distinct().Select(r => new LeadRule(r, $"规则 {r}", 10, parsed.Count(e => e.RuleId == r))).ToArray();
        return new Lead(LeadIds.For(model, subject, "原告"), model, "1.0.0", new LeadSubject(subject, "张三", "person", "原告", "idNumber"),
            rules.Sum(r => r.Weight), 1, rules, parsed);
    }

    public static RunImport Run(params string[] models) => new("leads.jsonl", null, models, null);
}

/// <summary>A clock the test moves.</summary>
internal sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
