using SupervisionModels.Entities;
using SupervisionModels.Leads;
using SupervisionModels.Rules;
using SupervisionModels.Rules.Model;
using SupervisionModels.Runtime.Execution;
using SupervisionModels.Runtime.Planning;

namespace SupervisionModels.Runtime.Leads;

/// <summary>
/// Gathers the reasons of one model per subject and turns them into ranked leads. A rule adds its weight once per
/// subject however many bindings fired it (the count is kept), so one busy rule cannot outvote independent signals.
/// </summary>
internal sealed class LeadAccumulator(CompiledModel model, int maxEvidencePerRule)
{
    private readonly Dictionary<(string Key, string Role), SubjectReasons> _subjects = [];
    private readonly List<(string Key, string Role)> _order = [];

    /// <summary>Bindings whose subject had neither an identifier nor a name, so no lead could be about it.</summary>
    public int SkippedWithoutSubject { get; private set; }

    public void Add(RuleDefinition rule, Subject subject, decimal? amount, Lineage lineage)
    {
        if (subject is null || subject.Key.IsEmpty)
        {
            SkippedWithoutSubject++;
            return;
        }

        var id = (subject.Key.Value, subject.Role);
        if (!_subjects.TryGetValue(id, out var reasons))
        {
            _subjects[id] = reasons = new SubjectReasons(subject);
            _order.Add(id);
        }

        reasons.Add(rule, amount, lineage);
    }

    public IReadOnlyList<Lead> Finish()
    {
        var rulesInOrder = model.OrderedRules.Select(r => r.RuleId).ToList();
        var candidates = new List<(Lead Lead, decimal Amount)>();
        foreach (var id in _order)
        {
            var reasons = _subjects[id];
            var fired = reasons.Rules.Values.OrderBy(r => rulesInOrder.IndexOf(r.Rule.RuleId)).ToList();
            if (model.RequiredRules.Any(req => fired.All(f => f.Rule.RuleId != req)))
            {
                continue;
            }

            var rules = fired.Select(f => new LeadRule(f.Rule.RuleId, f.Rule.Description, Math.Round(model.Weights[f.Rule.RuleId] * f.Factor, 4), f.Matches)
            {
                Amount = f.Amount,
            }).ToArray();
            var score = Math.Round(rules.Sum(r => r.Weight), 4);
            if (score < model.MinScore)
            {
                continue;
            }

            var evidence = fired.SelectMany(f => f.Seeds.Take(maxEvidencePerRule).Select(s => new Evidence(f.Rule.RuleId, s.Dataset, s.RecordKey)
            {
                Excerpt = s.Text?.Excerpt,
                MatchedWords = s.Text?.MatchedWords ?? [],
                Probability = s.Text?.Probability is { } p ? Math.Round(p, 4) : null,
                Match = s.Match,
            })).ToArray();
            var amount = rules.Any(r => r.Amount is not null) ? rules.Max(r => r.Amount ?? 0m) : (decimal?)null;
            var s0 = reasons.Subject;
            var lead = new Lead(
                LeadIds.For(model.Id, s0.Key.Value, s0.Role),
                model.Id,
                model.Descriptor.Version,
                new LeadSubject(s0.Key.Value, s0.Name, KindName(s0.Kind), s0.Role, MatchName(s0.Key.Kind)),
                score,
                0,
                rules,
                evidence)
            {
                Amount = amount,
            };
            candidates.Add((lead, amount ?? 0m));
        }

        return candidates
            .OrderByDescending(c => c.Lead.Score)
            .ThenByDescending(c => c.Amount)
            .ThenBy(c => c.Lead.Subject.Key, StringComparer.Ordinal)
            .ThenBy(c => c.Lead.Subject.Role, StringComparer.Ordinal)
            .Select((c, i) => c.Lead with { Rank = i + 1 })
            .ToArray();
    }

    internal static string KindName(SubjectKind kind) => kind switch
    {
        SubjectKind.Person => "person",
        SubjectKind.Organization => "organization",
        SubjectKind.Venue => "venue",
        SubjectKind.Vehicle => "vehicle",
        _ => kind.ToString(),
    };

    internal static string MatchName(MatchKind kind) => kind switch
    {
        MatchKind.IdNumber => "idNumber",
        MatchKind.CreditCode => "creditCode",
        MatchKind.NormalizedName => "normalizedName",
        MatchKind.RecordKey => "recordKey",
        _ => kind.ToString(),
    };

    private sealed class SubjectReasons(Subject subject)
    {
        public Subject Subject { get; } = subject;

        public Dictionary<string, RuleReasons> Rules { get; } = new(StringComparer.Ordinal);

        public void Add(RuleDefinition rule, decimal? amount, Lineage lineage)
        {
            if (!Rules.TryGetValue(rule.RuleId, out var reasons))
            {
                Rules[rule.RuleId] = reasons = new RuleReasons(rule);
            }

            reasons.Add(amount, lineage);
        }
    }

    private sealed class RuleReasons(RuleDefinition rule)
    {
        private readonly Dictionary<(string, string), int> _seen = [];

        public RuleDefinition Rule { get; } = rule;

        public int Matches { get; private set; }

        public decimal? Amount { get; private set; }

        /// <summary>The strongest binding's factor: one in-context text is enough for the full weight.</summary>
        public double Factor { get; private set; }

        public List<EvidenceSeed> Seeds { get; } = [];

        public void Add(decimal? amount, Lineage lineage)
        {
            Matches++;
            Factor = Math.Max(Factor, lineage.Factor);
            if (amount is not null)
            {
                Amount = (Amount ?? 0m) + amount.Value;
            }

            foreach (var seed in lineage.Seeds)
            {
                if (_seen.TryGetValue((seed.Dataset, seed.RecordKey), out var at))
                {
                    var known = Seeds[at];
                    if ((known.Text is null && seed.Text is not null) || (known.Match is null && seed.Match is not null))
                    {
                        Seeds[at] = known with { Text = known.Text ?? seed.Text, Match = known.Match ?? seed.Match };
                    }
                }
                else if (Seeds.Count < Lineage.MaxSeeds)
                {
                    _seen[(seed.Dataset, seed.RecordKey)] = Seeds.Count;
                    Seeds.Add(seed);
                }
            }
        }
    }
}
