using SupervisionModels.Models;
using SupervisionModels.Rules;

namespace SupervisionModels.Benchmarks.Comparison;

/// <summary>
/// A built-in model's rules as one DuckDB query: <see cref="Reasons"/> yields a row (rule_id, subject_key, role) per
/// reason that fires, as the engine's Reason steps do; <see cref="LeadQuery"/> then applies the engine's lead condition —
/// each rule's weight once per subject, the sum at least the model's minimum score, the required rules present.
/// Keyword lists and thresholds come from the model's parameters at run time, weights from the engine's plan.
/// </summary>
internal abstract class ModelSql
{
    public abstract string ModelId { get; }

    /// <summary>The datasets the query reads (as views of the same name).</summary>
    public abstract IReadOnlyList<string> Datasets { get; }

    /// <summary>Rules every lead needs (the model's <c>LeadWhen</c>; not exposed by the engine's plan, so restated here).</summary>
    public virtual IReadOnlyList<string> RequiredRules => [];

    /// <summary>The query of the reasons: columns rule_id, subject_key, role.</summary>
    public abstract string Reasons(SupervisionModel model);

    public string LeadQuery(SupervisionModel model, IReadOnlyDictionary<string, double> weights)
    {
        var minScore = Param<double>(model, "min-score");
        var required = string.Concat(RequiredRules.Select(r => $" AND bool_or(r.rule_id = {SqlText.Str(r)})"));
        return $"""
            WITH reasons AS ({Reasons(model)}),
            fired AS (SELECT DISTINCT rule_id, subject_key, role FROM reasons WHERE subject_key IS NOT NULL)
            SELECT r.subject_key, r.role
            FROM fired r JOIN {SqlText.Weights(weights)} ON r.rule_id = w.rule_id
            GROUP BY r.subject_key, r.role
            HAVING round(sum(w.weight), 4) >= {SqlText.Num(minScore)}{required}
            """;
    }

    /// <summary>A parameter's default value, by name.</summary>
    protected static T Param<T>(SupervisionModel model, string name) =>
        (T)model.Parameters.First(p => p.Name == name).DefaultValue;

    protected static KeywordSet Keywords(SupervisionModel model, string name) => Param<KeywordSet>(model, name);
}
