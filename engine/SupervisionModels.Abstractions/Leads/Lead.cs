using System.Text.Json.Serialization;

namespace SupervisionModels.Leads;

/// <summary>
/// A lead (线索): who, why and on what evidence, ranked within its model. Written as one JSON line with camelCase
/// fields; the format is documented in the README.
/// </summary>
/// <param name="LeadId">Stable id: the same model, subject and role give the same id on every run.</param>
/// <param name="ModelId">The model's id.</param>
/// <param name="ModelVersion">The model's version when the lead was made.</param>
/// <param name="Subject">Who the lead is about.</param>
/// <param name="Score">The sum of the fired rules' effective weights.</param>
/// <param name="Rank">1-based rank within the model: by score, then amount, then subject key.</param>
/// <param name="Rules">The rules that fired for the subject.</param>
/// <param name="Evidence">The records behind the rules.</param>
public sealed record Lead(
    string LeadId,
    string ModelId,
    string ModelVersion,
    LeadSubject Subject,
    double Score,
    int Rank,
    IReadOnlyList<LeadRule> Rules,
    IReadOnlyList<Evidence> Evidence)
{
    /// <summary>Money involved across the fired rules (auction proceeds, loss), when the model gives it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Amount { get; init; }
}

/// <summary>The subject of a lead as written out.</summary>
/// <param name="Key">The entity key (<c>ID:…</c>, <c>CC:…</c>, <c>PN:…</c>, <c>ON:…</c>, <c>RK:…</c>).</param>
/// <param name="Name">The name as the data gives it.</param>
/// <param name="Kind">person, organization, venue or vehicle.</param>
/// <param name="Role">The lead's kind in the model's words (原告, 非法运输者, 场所…), or empty.</param>
/// <param name="Match">How the key was formed: idNumber, creditCode, normalizedName or recordKey.</param>
public sealed record LeadSubject(string Key, string Name, string Kind, string Role, string Match);

/// <summary>A rule that fired for a lead's subject.</summary>
/// <param name="RuleId">The rule's id within its model.</param>
/// <param name="Description">The rule's Chinese description.</param>
/// <param name="Weight">Its effective weight for this lead (after settings and any classifier demotion).</param>
/// <param name="Matches">How many bindings fired it for this subject.</param>
public sealed record LeadRule(string RuleId, string Description, double Weight, int Matches)
{
    /// <summary>Money summed over the bindings, when the rule gives it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Amount { get; init; }
}

/// <summary>A record behind a lead.</summary>
/// <param name="RuleId">The rule it supports.</param>
/// <param name="Dataset">The dataset the record comes from.</param>
/// <param name="RecordKey">The record's key in that dataset (case number, credit code, permit number…).</param>
public sealed record Evidence(string RuleId, string Dataset, string RecordKey)
{
    /// <summary>A short excerpt of the record's text around the matched words, when a keyword condition read it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Excerpt { get; init; }

    /// <summary>The keywords found in the excerpt's text.</summary>
    public IReadOnlyList<string> MatchedWords { get; init; } = [];

    /// <summary>
    /// How the record was tied to the others when a join on an entity key brought it in: <c>idNumber</c>,
    /// <c>creditCode</c>, or <c>normalizedName</c> (weaker: confirm by hand). Null when it was not joined on an entity key.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Match { get; init; }

    /// <summary>The classifier's probability that the text is relevant, when one was used.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Probability { get; init; }
}
