using System.Linq.Expressions;
using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;
using SupervisionModels.Rules.Model;
using SupervisionModels.Runtime.Text;

namespace SupervisionModels.Runtime.Planning;

/// <summary>What a run must read: per dataset, the columns kept in memory and the text columns scanned for keywords.</summary>
public sealed class RunPlan
{
    internal RunPlan(IReadOnlyList<CompiledModel> models, IReadOnlyList<DatasetPlan> datasets, IReadOnlyList<string> warnings, EngineOptions options)
    {
        Models = models;
        Datasets = datasets;
        Warnings = warnings;
        Options = options;
    }

    internal IReadOnlyList<CompiledModel> Models { get; }

    /// <summary>The options of the engine that made the plan (its classifiers are compiled into the rules).</summary>
    internal EngineOptions Options { get; }

    /// <summary>The datasets the run reads, in a stable order.</summary>
    public IReadOnlyList<DatasetPlan> Datasets { get; }

    /// <summary>Things the user should know (a classifier asked for but not registered, say).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The models' rules in the order they run, by model id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> RuleOrder =>
        Models.ToDictionary(m => m.Id, m => (IReadOnlyList<string>)m.OrderedRules.Select(r => r.RuleId).ToArray());

    /// <summary>
    /// This plan with other rule weight overrides for the models named (the others keep theirs), without initialising
    /// any model again: a caller can check the overrides' rule ids against <see cref="RuleOrder"/> first, its own way.
    /// </summary>
    /// <param name="overridesByModel">Weight overrides by rule id, by model id; they replace the plan's for that model.</param>
    /// <exception cref="ModelDefinitionException">An override names a rule the model does not have.</exception>
    public RunPlan WithWeightOverrides(IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> overridesByModel)
    {
        ArgumentNullException.ThrowIfNull(overridesByModel);
        var models = Models.Select(m => overridesByModel.TryGetValue(m.Id, out var overrides) ? m.WithWeightOverrides(overrides) : m).ToArray();
        return new RunPlan(models, Datasets, Warnings, Options);
    }

    /// <summary>The effective weights of a model's reason rules (after settings), by rule id.</summary>
    public IReadOnlyDictionary<string, double> RuleWeights(string modelId) => Model(modelId).Weights;

    /// <summary>The description of one rule.</summary>
    public string RuleDescription(string modelId, string ruleId) =>
        Model(modelId).OrderedRules.First(r => r.RuleId == ruleId).Description;

    private CompiledModel Model(string modelId) =>
        Models.FirstOrDefault(m => m.Id == modelId) ?? throw new ArgumentException($"Model {modelId} is not in the plan.", nameof(modelId));

    /// <summary>The columns each dataset must have for one model (kept and scanned), for <c>models describe</c>.</summary>
    public IReadOnlyList<(string Dataset, IReadOnlyList<string> Columns)> ColumnsFor(string modelId) =>
        Datasets
            .Select(d => (d.Schema.DatasetName, Columns: (IReadOnlyList<string>)(d.ColumnsByModel.TryGetValue(modelId, out var cols) ? cols : new HashSet<string>()).Order(StringComparer.Ordinal).ToArray()))
            .Where(x => x.Columns.Count > 0)
            .ToArray();
}

/// <summary>One dataset of a run.</summary>
public sealed class DatasetPlan
{
    internal DatasetPlan(FactSchema schema, IReadOnlyList<FactColumn> loaded, IReadOnlyList<TextScanPlan> scans, IReadOnlyDictionary<string, IReadOnlySet<string>> columnsByModel)
    {
        Schema = schema;
        LoadedColumns = loaded;
        Scans = scans;
        ColumnsByModel = columnsByModel;
    }

    /// <summary>The dataset's record schema.</summary>
    public FactSchema Schema { get; }

    /// <summary>Columns kept in memory (always including the record key).</summary>
    public IReadOnlyList<FactColumn> LoadedColumns { get; }

    /// <summary>Text columns streamed through keyword scans (and kept only if also in <see cref="LoadedColumns"/>).</summary>
    public IReadOnlyList<TextScanPlan> Scans { get; }

    /// <summary>Every column the file must provide: loaded and scanned.</summary>
    public IEnumerable<FactColumn> RequiredColumns => LoadedColumns.Concat(Scans.Select(s => s.Column)).DistinctBy(c => c.Name);

    /// <summary>
    /// Scanned text columns that rules also read, but only on records the scan matched (<see cref="ScanGatedColumns"/>):
    /// not in <see cref="LoadedColumns"/>, they are filled by the scan on the records it matches, from the text it
    /// decoded, so the other rows never become strings. A source that builds whole records may fill them itself.
    /// </summary>
    internal IReadOnlyList<FactColumn> GatedColumns { get; init; } = [];

    /// <summary>
    /// The conditions of every use of the dataset (<see cref="Planning.RowConditions"/>): a row that passes none is seen by
    /// no rule, so a source may leave it out before building its record. Empty when some use has no condition.
    /// </summary>
    internal IReadOnlyList<LambdaExpression> RowConditions { get; init; } = [];

    internal IReadOnlyDictionary<string, IReadOnlySet<string>> ColumnsByModel { get; }
}

/// <summary>All keyword conditions reading one text column, matched together in one pass per row.</summary>
public sealed class TextScanPlan
{
    internal TextScanPlan(FactColumn column, IReadOnlyList<TextScanRequest> requests)
    {
        Column = column;
        Requests = requests;
        Matcher = new KeywordMatcher(requests.SelectMany(r => r.Step.Keywords.Terms).Distinct(StringComparer.Ordinal).ToArray());
        foreach (var request in requests)
        {
            var own = request.Step.Keywords.Terms.ToHashSet(StringComparer.Ordinal);
            request.TermMask = Matcher.Terms.Select(own.Contains).ToArray();
        }

        _prefilter = new Lazy<Utf8Prefilter>(() => Utf8Prefilter.For(Matcher));
        _setText = new Lazy<Action<object, string>>(() => CompileSetText(column));
    }

    /// <summary>The text column.</summary>
    public FactColumn Column { get; }

    internal IReadOnlyList<TextScanRequest> Requests { get; }

    internal KeywordMatcher Matcher { get; }

    /// <summary>The matcher's terms as a byte-level pre-filter, for texts read as UTF-8 pages; built on first use.</summary>
    internal Utf8Prefilter Prefilter => _prefilter.Value;

    private readonly Lazy<Utf8Prefilter> _prefilter;

    /// <summary>Sets the column's property on a record (for a gated column, <see cref="DatasetPlan.GatedColumns"/>); compiled on first use.</summary>
    internal Action<object, string> SetText => _setText.Value;

    private readonly Lazy<Action<object, string>> _setText;

    private static Action<object, string> CompileSetText(FactColumn column)
    {
        var record = Expression.Parameter(typeof(object), "record");
        var text = Expression.Parameter(typeof(string), "text");
        var property = Expression.Property(Expression.Convert(record, column.Property.DeclaringType!), column.Property);
        return Expression.Lambda<Action<object, string>>(Expression.Assign(property, text), record, text).Compile();
    }
}

/// <summary>One rule's keyword condition on a dataset text column.</summary>
internal sealed class TextScanRequest(string modelId, RuleDefinition rule, TextStep step, Func<object, bool>? prefilter, ITextClassifier? classifier)
{
    public string ModelId { get; } = modelId;

    public RuleDefinition Rule { get; } = rule;

    public TextStep Step { get; } = step;

    /// <summary>The rule's conditions before the text step, so texts of rows the rule would drop are never scanned.</summary>
    public Func<object, bool>? Prefilter { get; } = prefilter;

    public ITextClassifier? Classifier { get; } = classifier;

    /// <summary>Which of the shared matcher's terms belong to this request's keyword set.</summary>
    public bool[] TermMask { get; set; } = [];
}
