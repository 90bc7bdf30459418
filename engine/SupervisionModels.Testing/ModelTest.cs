using System.Globalization;
using System.Text;
using SupervisionModels.Leads;
using SupervisionModels.Models;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Facts;
using SupervisionModels.Runtime.Text;

namespace SupervisionModels.Testing;

/// <summary>
/// The model test kit: a tiny dataset written in the test, one model, the leads expected — the way Roslyn analyzer
/// tests give source text and the diagnostics expected.
/// <code>
/// await new ModelTest&lt;PlateAuctionModel&gt;()
///     .With(new Judgment { CaseNo = "（2021）鲁0403民初1号", … })
///     .WithParameter("min-cases", 2)
///     .VerifyAsync(ExpectedLead.AboutPerson("370403198001011234").WithRules("R1", "R2"));
/// </code>
/// </summary>
/// <typeparam name="TModel">The model under test.</typeparam>
public sealed class ModelTest<TModel> where TModel : SupervisionModel, new()
{
    private readonly InMemoryFactSource _facts = new();
    private readonly Dictionary<string, object> _parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);
    private readonly List<ITextClassifier> _classifiers = [];

    /// <summary>Adds dataset records.</summary>
    public ModelTest<TModel> With<T>(params IEnumerable<T> records) where T : class
    {
        _facts.Add(records);
        return this;
    }

    /// <summary>Sets a parameter as a settings file would (keyword lists as string arrays or a <see cref="Rules.KeywordSet"/>).</summary>
    public ModelTest<TModel> WithParameter(string name, object value)
    {
        _parameters[name] = value is string[] terms ? new Rules.KeywordSet(name, terms) : value;
        return this;
    }

    /// <summary>Overrides a rule's weight as a settings file would.</summary>
    public ModelTest<TModel> WithWeight(string ruleId, double weight)
    {
        _weights[ruleId] = weight;
        return this;
    }

    /// <summary>Registers a text classifier.</summary>
    public ModelTest<TModel> WithClassifier(ITextClassifier classifier)
    {
        _classifiers.Add(classifier);
        return this;
    }

    /// <summary>Runs the model over the records.</summary>
    public Task<RunResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var engine = new SupervisionEngine(new EngineOptions { Classifiers = _classifiers });
        var run = new ModelRun(new TModel()) { ParameterValues = _parameters, WeightOverrides = _weights };
        return engine.RunAsync([run], _facts, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Runs the model and checks that its leads are exactly <paramref name="expected"/> (in any order, unless ranks
    /// are given); throws <see cref="LeadAssertionException"/> listing every difference otherwise.
    /// </summary>
    public async Task<IReadOnlyList<Lead>> VerifyAsync(params ExpectedLead[] expected)
    {
        var result = await RunAsync().ConfigureAwait(false);
        var leads = result.Leads;
        var problems = new List<string>();
        var matched = new HashSet<Lead>(ReferenceEqualityComparer.Instance);
        foreach (var e in expected)
        {
            var lead = leads.FirstOrDefault(l => !matched.Contains(l) && e.IsAbout(l));
            if (lead is null)
            {
                problems.Add($"missing lead: {e}");
                continue;
            }

            matched.Add(lead);
            problems.AddRange(e.Differences(lead).Select(d => $"lead {e.SubjectKey}: {d}"));
        }

        problems.AddRange(leads.Where(l => !matched.Contains(l)).Select(l => $"unexpected lead: {Describe(l)}"));
        if (problems.Count > 0)
        {
            var sb = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"{typeof(TModel).Name}: the leads differ from those expected.");
            problems.ForEach(p => sb.Append("  ").AppendLine(p));
            sb.AppendLine("Actual leads:");
            foreach (var l in leads)
            {
                sb.Append("  ").AppendLine(Describe(l));
            }

            throw new LeadAssertionException(sb.ToString());
        }

        return leads;
    }

    private static string Describe(Lead l) =>
        FormattableString.Invariant($"#{l.Rank} {l.Subject.Key}{(l.Subject.Role.Length > 0 ? $" ({l.Subject.Role})" : string.Empty)} score {l.Score} rules [{string.Join(", ", l.Rules.Select(r => r.RuleId))}]");
}

/// <summary>The leads of a model test differ from those expected; the message lists every difference.</summary>
public sealed class LeadAssertionException(string message) : Exception(message);
