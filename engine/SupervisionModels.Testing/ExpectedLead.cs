using System.Globalization;
using SupervisionModels.Entities;
using SupervisionModels.Leads;

namespace SupervisionModels.Testing;

/// <summary>
/// A lead a test expects, like a diagnostic in a Roslyn analyzer test: the subject, and optionally the role, the rules
/// that fired, the score and the rank. Unset parts are not checked.
/// </summary>
/// <param name="SubjectKey">The subject's key value (<c>ID:…</c>, <c>CC:…</c>, <c>PN:…</c>, <c>ON:…</c>, <c>RK:…</c>).</param>
public sealed record ExpectedLead(string SubjectKey)
{
    /// <summary>The expected role, or null not to check it.</summary>
    public string? Role { get; init; }

    /// <summary>The exact set of rules expected to fire, or null not to check them.</summary>
    public IReadOnlyList<string>? Rules { get; init; }

    /// <summary>The expected score, or null.</summary>
    public double? Score { get; init; }

    /// <summary>The expected rank, or null.</summary>
    public int? Rank { get; init; }

    /// <summary>A lead about <paramref name="key"/>.</summary>
    public static ExpectedLead About(EntityKey key) => new(key.Value);

    /// <summary>A lead about a person with this ID number (or name, when the ID is not valid).</summary>
    public static ExpectedLead AboutPerson(string? idNumber, string? name = null) => About(EntityKey.Person(idNumber, name));

    /// <summary>A lead about an organisation with this credit code (or name).</summary>
    public static ExpectedLead AboutOrganization(string? creditCode, string? name = null) => About(EntityKey.Organization(creditCode, name));

    /// <summary>A lead about a venue or other record key.</summary>
    public static ExpectedLead AboutRecord(string key) => About(EntityKey.Record(key));

    /// <summary>Expects this role.</summary>
    public ExpectedLead InRole(string role) => this with { Role = role };

    /// <summary>Expects exactly these rules to fire.</summary>
    public ExpectedLead WithRules(params string[] rules) => this with { Rules = rules };

    /// <summary>Expects this score.</summary>
    public ExpectedLead WithScore(double score) => this with { Score = score };

    /// <summary>Expects this rank.</summary>
    public ExpectedLead AtRank(int rank) => this with { Rank = rank };

    /// <summary>True when <paramref name="lead"/> is about the same subject (and role, when set).</summary>
    public bool IsAbout(Lead lead) =>
        lead.Subject.Key == SubjectKey && (Role is null || lead.Subject.Role == Role);

    /// <summary>The differences between this expectation and <paramref name="lead"/>, empty when it matches.</summary>
    public IEnumerable<string> Differences(Lead lead)
    {
        if (Rules is not null)
        {
            var actual = lead.Rules.Select(r => r.RuleId).Order(StringComparer.Ordinal).ToArray();
            var expected = Rules.Order(StringComparer.Ordinal).ToArray();
            if (!actual.SequenceEqual(expected, StringComparer.Ordinal))
            {
                yield return $"rules: expected [{string.Join(", ", expected)}], fired [{string.Join(", ", actual)}]";
            }
        }

        if (Score is { } score && Math.Abs(score - lead.Score) > 1e-9)
        {
            yield return $"score: expected {score.ToString(CultureInfo.InvariantCulture)}, was {lead.Score.ToString(CultureInfo.InvariantCulture)}";
        }

        if (Rank is { } rank && rank != lead.Rank)
        {
            yield return $"rank: expected {rank}, was {lead.Rank}";
        }
    }

    /// <inheritdoc/>
    public override string ToString() =>
        SubjectKey + (Role is null ? string.Empty : $" ({Role})") + (Rules is null ? string.Empty : $" rules [{string.Join(", ", Rules)}]");
}
