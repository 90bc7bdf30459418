using System.Data.Common;

namespace SupervisionModels.LeadBook;

/// <summary>
/// Closed leads as a measure of a model, per model and per rule: how many were closed, the share that became cases
/// (成案率), the share of 不成案 by reason, the share referred, and the median days from first import to closing.
/// </summary>
/// <param name="ModelId">The model.</param>
/// <param name="RuleId">The rule, or null for the model as a whole.</param>
/// <param name="Closed">Leads closed (办结).</param>
/// <param name="Cases">Of those, 成案.</param>
/// <param name="Referred">Of those, 移送.</param>
/// <param name="NotCaseByReason">Of those, 不成案, counted per reason.</param>
/// <param name="MedianDaysToClose">Median days from first import to closing.</param>
public sealed record OutcomeFigures(string ModelId, string? RuleId, int Closed, int Cases, int Referred, IReadOnlyDictionary<string, int> NotCaseByReason, double MedianDaysToClose)
{
    /// <summary>成案率: cases over leads closed.</summary>
    public double CaseRate => Closed == 0 ? 0 : (double)Cases / Closed;

    /// <summary>The share of closed leads that were 不成案 for each reason.</summary>
    public IReadOnlyDictionary<string, double> NotCaseShareByReason => NotCaseByReason.ToDictionary(p => p.Key, p => (double)p.Value / Closed);
}

public sealed partial class LeadBook
{
    /// <summary>The outcome figures of every model (RuleId null) and every rule of it that closed leads fired.</summary>
    public async Task<IReadOnlyList<OutcomeFigures>> OutcomeFiguresAsync(CancellationToken cancellationToken = default)
    {
        var closed = new List<(string Model, string[] Rules, string Outcome, string? Reason, double Days)>();
        await using (var command = Sql.Command(connection, null,
            "SELECT model_id, rule_ids, outcome, outcome_reason, first_seen_at, closed_at FROM leads WHERE status = @closed AND outcome IS NOT NULL"))
        {
            Sql.Add(command, "@closed", LeadWorkflow.Closed);
            await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var days = (Sql.ParseTime(reader.GetString(5)) - Sql.ParseTime(reader.GetString(4))).TotalDays;
                closed.Add((reader.GetString(0), reader.GetString(1).Split(',', StringSplitOptions.RemoveEmptyEntries), reader.GetString(2), Sql.NullableString(reader, 3), days));
            }
        }

        var figures = new List<OutcomeFigures>();
        foreach (var model in closed.GroupBy(c => c.Model).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            figures.Add(Figures(model.Key, null, [.. model]));
            foreach (var rule in model.SelectMany(c => c.Rules).Distinct().Order(StringComparer.Ordinal))
            {
                figures.Add(Figures(model.Key, rule, [.. model.Where(c => c.Rules.Contains(rule))]));
            }
        }

        return figures;
    }

    private static OutcomeFigures Figures(string model, string? rule, IReadOnlyList<(string Model, string[] Rules, string Outcome, string? Reason, double Days)> closed) => new(
        model,
        rule,
        closed.Count,
        closed.Count(c => c.Outcome == LeadWorkflow.Case),
        closed.Count(c => c.Outcome == LeadWorkflow.Referred),
        closed.Where(c => c.Outcome == LeadWorkflow.NotCase).GroupBy(c => c.Reason ?? "").ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
        Median([.. closed.Select(c => c.Days)]));

    private static double Median(double[] values)
    {
        if (values.Length == 0)
        {
            return 0;
        }

        Array.Sort(values);
        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
