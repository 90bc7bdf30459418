using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;
using SupervisionModels.Runtime.Text;

namespace SupervisionModels.Runtime.Planning;

/// <summary>What a run reads: per dataset, the columns kept in memory and the text columns scanned for keywords.</summary>
internal static class ReadPlanner
{
    public static (IReadOnlyList<DatasetPlan> Datasets, IReadOnlyList<string> Warnings) Plan(
        IReadOnlyList<CompiledModel> models, IReadOnlyList<ITextClassifier> classifiers)
    {
        var warnings = new List<string>();
        var scanned = new ColumnsByModel();
        var scans = TextScans.Requests(models, classifiers.ToDictionary(c => c.Name, StringComparer.Ordinal), scanned, warnings);
        var kept = KeptColumns.Of(models);
        var gated = ScanGatedColumns.Of(models, scans.Keys);
        var rowConditions = RowConditions.Of(models);

        var datasets = kept.Datasets.Concat(scanned.Datasets).Distinct()
            .Select(FactSchema.For)
            .OrderBy(s => s.DatasetName, StringComparer.Ordinal)
            .Select(schema => DatasetPlan(schema, models, kept, scanned, scans, gated, rowConditions.GetValueOrDefault(schema.RecordType) ?? []))
            .ToArray();
        return (datasets, warnings);
    }

    private static DatasetPlan DatasetPlan(
        FactSchema schema, IReadOnlyList<CompiledModel> models, ColumnsByModel kept, ColumnsByModel scanned,
        Dictionary<(Type Dataset, string Column), List<TextScanRequest>> scans, HashSet<(Type Dataset, string Column)> gated,
        IReadOnlyList<System.Linq.Expressions.LambdaExpression> rowConditions)
    {
        var keptNames = kept.Of(schema.RecordType).ToHashSet(StringComparer.Ordinal);
        keptNames.Add(schema.Key.Name);
        var keptColumns = schema.Columns.Where(c => keptNames.Contains(c.Name)).ToArray();
        var gatedColumns = keptColumns.Where(c => gated.Contains((schema.RecordType, c.Name))).ToArray();
        var loaded = keptColumns.Except(gatedColumns).ToArray();
        var scanPlans = scans.Where(kv => kv.Key.Dataset == schema.RecordType)
            .OrderBy(kv => kv.Key.Column, StringComparer.Ordinal)
            .Select(kv => new TextScanPlan(schema.Columns.Single(c => c.Name == kv.Key.Column), kv.Value))
            .ToArray();
        var byModel = models.ToDictionary(
            m => m.Id,
            m => (IReadOnlySet<string>)kept.Of(schema.RecordType, m.Id).Concat(scanned.Of(schema.RecordType, m.Id)).ToHashSet(StringComparer.Ordinal));
        return new DatasetPlan(schema, loaded, scanPlans, byModel) { GatedColumns = gatedColumns, RowConditions = rowConditions };
    }
}
