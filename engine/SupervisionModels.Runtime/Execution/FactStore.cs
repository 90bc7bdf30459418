using System.Linq.Expressions;
using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;
using SupervisionModels.Runtime.Planning;
using SupervisionModels.Runtime.Text;

namespace SupervisionModels.Runtime.Execution;

/// <summary>The dataset facts of a run (shared by all models) and the results of the load-time keyword scans.</summary>
internal sealed class FactStore
{
    private readonly Dictionary<Type, List<object>> _datasets = [];
    private readonly Dictionary<Type, Func<object, string>> _keys = [];
    private readonly Dictionary<TextScanRequest, Dictionary<object, TextMatch>> _scans = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Rules.Model.TextStep, TextScanRequest> _requestByStep = new(ReferenceEqualityComparer.Instance);

    public void AddDataset(Type type, List<object> facts)
    {
        _datasets[type] = facts;
        var schema = FactSchema.For(type);
        var p = Expression.Parameter(typeof(object));
        var value = Expression.Property(Expression.Convert(p, type), schema.Key.Property);
        Expression text = schema.Key.Property.PropertyType == typeof(string)
            ? Expression.Coalesce(value, Expression.Constant(string.Empty))
            : Expression.Call(typeof(Convert), nameof(Convert.ToString), null, Expression.Convert(value, typeof(object)), Expression.Constant(System.Globalization.CultureInfo.InvariantCulture));
        _keys[type] = Expression.Lambda<Func<object, string>>(Expression.Coalesce(text, Expression.Constant(string.Empty)), p).Compile();
    }

    public void AddScan(TextScanRequest request, Dictionary<object, TextMatch> matches)
    {
        _scans[request] = matches;
        _requestByStep[request.Step] = request;
    }

    public IReadOnlyList<object> Dataset(Type type) => _datasets.TryGetValue(type, out var list) ? list : [];

    public string RecordKey(object fact) => _keys[fact.GetType()](fact);

    public bool IsDatasetFact(object fact) => _keys.ContainsKey(fact.GetType());

    /// <summary>The load-time scan results of a text step, or null when the step is evaluated in memory.</summary>
    public Dictionary<object, TextMatch>? ScanResults(Rules.Model.TextStep step) =>
        _requestByStep.TryGetValue(step, out var request) ? _scans[request] : null;

    public long Count => _datasets.Values.Sum(l => (long)l.Count);
}
