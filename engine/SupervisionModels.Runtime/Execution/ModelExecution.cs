using SupervisionModels.Runtime.Leads;
using SupervisionModels.Runtime.Planning;
using SupervisionModels.Runtime.Text;

namespace SupervisionModels.Runtime.Execution;

/// <summary>The state of one model during a run: its derived facts and their lineage, its text matches, its leads.</summary>
internal sealed class ModelExecution(CompiledModel model, FactStore store, EngineOptions options)
{
    private readonly Dictionary<Type, List<object>> _derived = [];
    private readonly Dictionary<object, Lineage> _derivedLineage = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, TextMatch> _textMatches = new(ReferenceEqualityComparer.Instance);

    // Facts that passed a text condition of the rule being run: only for them does a classifier's demotion count,
    // so a later rule that merely joins the same judgment is not weakened by a condition it did not use.
    private readonly HashSet<object> _textInCurrentRule = new(ReferenceEqualityComparer.Instance);

    // Dataset records brought in by a join on an entity key, with the key's kind: the evidence says how each was tied.
    private readonly Dictionary<object, Entities.MatchKind> _matchedBy = new(ReferenceEqualityComparer.Instance);

    public CompiledModel Model { get; } = model;

    public FactStore Store { get; } = store;

    public EngineOptions Options { get; } = options;

    public LeadAccumulator Leads { get; } = new(model, options.MaxEvidencePerRule);

    public IReadOnlyList<object> Facts(Type type) =>
        Runtime.Facts.FactTypes.IsDataset(type) ? Store.Dataset(type) : _derived.TryGetValue(type, out var list) ? list : [];

    public void AddDerived(Type type, object fact, Lineage lineage)
    {
        if (!_derived.TryGetValue(type, out var list))
        {
            _derived[type] = list = [];
        }

        list.Add(fact);
        _derivedLineage[fact] = lineage;
    }

    public void NoteText(object fact, TextMatch match)
    {
        _textMatches.TryAdd(fact, match);
        _textInCurrentRule.Add(fact);
    }

    /// <summary>Called before each rule.</summary>
    public void BeginRule()
    {
        _textInCurrentRule.Clear();
        _matchedBy.Clear();
    }

    /// <summary>Notes that <paramref name="fact"/> joined the binding through an entity key of kind <paramref name="kind"/>.</summary>
    public void NoteMatch(object fact, Entities.MatchKind kind)
    {
        // The weakest tie wins: one name-only match is what a prosecutor must check.
        if (!_matchedBy.TryGetValue(fact, out var known) || kind == Entities.MatchKind.NormalizedName)
        {
            _matchedBy[fact] = known == Entities.MatchKind.NormalizedName ? known : kind;
        }
    }

    /// <summary>The lineage of one bound object: a dataset record, a derived fact, or a group.</summary>
    public Lineage LineageOf(object fact)
    {
        if (fact is ILineageCarrier carrier)
        {
            return carrier.Lineage;
        }

        if (_derivedLineage.TryGetValue(fact, out var lineage))
        {
            return lineage;
        }

        if (Store.IsDatasetFact(fact))
        {
            var dataset = SupervisionModels.Facts.Schema.FactSchema.For(fact.GetType()).DatasetName;
            _textMatches.TryGetValue(fact, out var text);
            var factor = text is not null && _textInCurrentRule.Contains(fact) ? text.Factor : 1.0;
            var match = _matchedBy.TryGetValue(fact, out var kind) ? SupervisionModels.Runtime.Leads.LeadAccumulator.MatchName(kind) : null;
            return new Lineage([new EvidenceSeed(dataset, Store.RecordKey(fact), text, match)], factor);
        }

        return Lineage.Empty;
    }

    public Lineage LineageOf(object[] row)
    {
        if (row.Length == 1)
        {
            return LineageOf(row[0]);
        }

        var parts = new Lineage[row.Length];
        for (var i = 0; i < row.Length; i++)
        {
            parts[i] = LineageOf(row[i]);
        }

        return Lineage.Combine(parts);
    }
}
