using SupervisionModels.Facts.Schema;
using SupervisionModels.Rules.Model;

namespace SupervisionModels.Runtime.Planning;

/// <summary>
/// Finds the scanned text columns that rules read only on records a keyword scan of that same column has already
/// matched (<c>.WhereText(j =&gt; j.FullText, …).Where(j =&gt; !NamesLawfulParty(j.FullText, …))</c>). Such a column need
/// not be built into every record: the scan decodes it anyway for every row it matches, and only those rows can reach
/// the reads, so the record gets its text from the scan, and the rows it does not match never become strings.
/// </summary>
/// <remarks>
/// The test is per rule and conservative: a column is gated only if, in every rule of every model, each expression
/// that reads it comes after a text step scanning it on the rule's first fact, the rule joins no second record of
/// that dataset (whose column a later expression could read), and no expression uses such a record whole (a derived
/// fact holding it could be read by a rule that never scanned it).
/// </remarks>
internal static class ScanGatedColumns
{
    /// <param name="models">The run's models.</param>
    /// <param name="scanned">The scanned (dataset, column) pairs.</param>
    public static HashSet<(Type Dataset, string Column)> Of(IReadOnlyList<CompiledModel> models, IEnumerable<(Type Dataset, string Column)> scanned)
    {
        var gated = scanned.ToHashSet();
        foreach (var rule in models.SelectMany(m => m.OrderedRules).Select(r => r.Definition))
        {
            var scannedHere = new HashSet<string>(StringComparer.Ordinal);
            foreach (var step in rule.Steps)
            {
                if (step is JoinStep join && gated.Any(g => g.Dataset == join.FactType))
                {
                    gated.RemoveWhere(g => g.Dataset == join.FactType);
                }

                if (step is TextStep text && TextScans.ScannedColumn(rule, text) is { } column)
                {
                    scannedHere.Add(column.Name);
                    continue;
                }

                Check(gated, rule, scannedHere, Collect(step, rule));
            }

            Check(gated, rule, scannedHere, Collect(rule.Action));
        }

        return gated;
    }

    /// <summary>Drops every gated column that <paramref name="reads"/> reads before its scan, or whose records it uses whole.</summary>
    private static void Check(HashSet<(Type Dataset, string Column)> gated, RuleDefinition rule, HashSet<string> scannedHere, ColumnCollector reads)
    {
        gated.RemoveWhere(g => reads.WholeRecords.Contains(g.Dataset)
            || (reads.Columns.TryGetValue(g.Dataset, out var columns) && columns.Contains(g.Column)
                && !(g.Dataset == rule.SourceType && scannedHere.Contains(g.Column))));
    }

    private static ColumnCollector Collect(RuleStep step, RuleDefinition rule)
    {
        var collector = new ColumnCollector();
        switch (step)
        {
            case MatchStep m:
                collector.Collect(m.Condition);
                break;
            case JoinStep j:
                collector.Collect(j.LeftKey);
                collector.Collect(j.RightKey);
                collector.Collect(j.RightCondition);
                collector.Collect(j.PairCondition);
                break;
            case FilterStep f:
                collector.Collect(f.Predicate);
                break;
            case GroupStep g:
                collector.Collect(g.Key);
                break;
            case TextStep t when TextScans.ScannedColumn(rule, t) is null:
                collector.Collect(t.Text);
                break;
        }

        return collector;
    }

    private static ColumnCollector Collect(RuleAction action)
    {
        var collector = new ColumnCollector();
        switch (action)
        {
            case DeriveAction d:
                collector.Collect(d.Selector);
                collector.CollectDerivedType(d.FactType);
                break;
            case ReasonAction r:
                collector.Collect(r.Subject);
                collector.Collect(r.Amount);
                break;
        }

        return collector;
    }
}
