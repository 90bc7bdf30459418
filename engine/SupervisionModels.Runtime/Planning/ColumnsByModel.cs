namespace SupervisionModels.Runtime.Planning;

/// <summary>Column names by dataset record type and model: what each model needs of each dataset.</summary>
internal sealed class ColumnsByModel
{
    private readonly Dictionary<Type, Dictionary<string, HashSet<string>>> _columns = [];

    /// <summary>The dataset record types with at least one column.</summary>
    public IEnumerable<Type> Datasets => _columns.Keys;

    public void Add(Type dataset, string modelId, string column)
    {
        if (!_columns.TryGetValue(dataset, out var byModel))
        {
            _columns[dataset] = byModel = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        }

        if (!byModel.TryGetValue(modelId, out var set))
        {
            byModel[modelId] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(column);
    }

    /// <summary>The columns of <paramref name="dataset"/> any model needs.</summary>
    public IEnumerable<string> Of(Type dataset) =>
        _columns.TryGetValue(dataset, out var byModel) ? byModel.Values.SelectMany(s => s) : [];

    /// <summary>The columns of <paramref name="dataset"/> one model needs.</summary>
    public IEnumerable<string> Of(Type dataset, string modelId) =>
        _columns.GetValueOrDefault(dataset)?.GetValueOrDefault(modelId) ?? [];
}
