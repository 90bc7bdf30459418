using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;
using SupervisionModels.Rules.Model;

namespace SupervisionModels.Runtime.Planning;

/// <summary>
/// Works out the columns each model needs kept in memory: those its rules' expressions read (text columns only
/// scanned excepted), every column of a dataset used whole, and the record key of every dataset matched or joined.
/// </summary>
internal static class KeptColumns
{
    public static ColumnsByModel Of(IReadOnlyList<CompiledModel> models)
    {
        var kept = new ColumnsByModel();
        foreach (var model in models)
        {
            var collector = new ColumnCollector();
            foreach (var rule in model.OrderedRules.Select(r => r.Definition))
            {
                Collect(collector, rule);
            }

            foreach (var (type, columns) in collector.Columns)
            {
                foreach (var column in columns)
                {
                    kept.Add(type, model.Id, column);
                }
            }

            foreach (var type in collector.WholeRecords)
            {
                foreach (var column in FactSchema.For(type).Columns)
                {
                    kept.Add(type, model.Id, column.Name);
                }
            }

            // Every dataset a rule matches or joins is read, at least for its record key.
            foreach (var type in model.OrderedRules.SelectMany(r => r.Definition.MatchedTypes).Where(FactSchema.IsDataset))
            {
                kept.Add(type, model.Id, FactSchema.For(type).Key.Name);
            }
        }

        return kept;
    }

    private static void Collect(ColumnCollector collector, RuleDefinition rule)
    {
        foreach (var step in rule.Steps)
        {
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
                    collector.Collect(t.Text); // a scanned column is read by the scan, not kept
                    break;
            }
        }

        switch (rule.Action)
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
    }
}
