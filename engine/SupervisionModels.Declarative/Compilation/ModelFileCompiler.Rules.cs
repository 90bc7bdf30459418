using System.Globalization;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using SupervisionModels.Declarative.Diagnostics;
using SupervisionModels.Declarative.Expressions;
using SupervisionModels.Declarative.Files;
using SupervisionModels.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SupervisionModels.Declarative.Compilation;

internal sealed partial class ModelFileCompiler
{
    private static readonly string[] StepKinds = ["where", "text", "join", "not", "exists"];
    private readonly List<(string Rule, YamlNode At, string Derived, IReadOnlyList<string> Sources)> _dependencies = [];

    private List<PlannedRule> CompileRules(IReadOnlyDictionary<string, ParameterValue> values)
    {
        _dependencies.Clear();
        var rules = new List<PlannedRule>();
        if (!_top.TryGetValue("rules", out var node))
        {
            return rules;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ruleNode in _yaml.Items(node, "'rules'"))
        {
            var fields = _yaml.Fields(ruleNode, "a rule", ["id", "description", "match"], ["steps", "group", "derive", "reason"]);
            if (fields is null || !fields.ContainsKey("id"))
            {
                continue;
            }

            var id = _yaml.Text(fields["id"], "a rule's id") ?? string.Empty;
            if (!ids.Add(id))
            {
                _yaml.Error(DiagnosticIds.Duplicate, fields["id"], $"rule id '{id}' is used twice");
            }

            if (CompileRule(id, fields, values) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private PlannedRule? CompileRule(string id, IReadOnlyDictionary<string, YamlNode> fields, IReadOnlyDictionary<string, ParameterValue> values)
    {
        var errors = _diagnostics.Count;
        var description = fields.TryGetValue("description", out var descriptionNode) ? Describe(descriptionNode, values) : string.Empty;
        if (!fields.TryGetValue("match", out var matchNode) || Source(matchNode, "'match'", allowOn: false) is not { } match)
        {
            return null;
        }

        var facts = new List<BoundFact> { match.Fact };
        var sources = new List<string> { match.Fact.Shape.Name };
        var matchCondition = match.Where is { } where && Condition(where, facts, values) is { } condition ? Lambda(facts, condition) : null;
        var steps = new List<PlannedStep>();
        if (fields.TryGetValue("steps", out var stepsNode))
        {
            foreach (var stepNode in _yaml.Items(stepsNode, "'steps'"))
            {
                if (Step(stepNode, facts, values, sources) is { } step)
                {
                    steps.Add(step);
                }
            }
        }

        var scope = new RuleScope(facts, null);
        PlannedGroup? group = null;
        if (fields.TryGetValue("group", out var groupNode))
        {
            (group, scope) = Group(groupNode, facts, values);
            if (group is null)
            {
                return null;
            }
        }

        PlannedAction? action = null;
        var hasDerive = fields.TryGetValue("derive", out var deriveNode);
        var hasReason = fields.TryGetValue("reason", out var reasonNode);
        if (hasDerive == hasReason)
        {
            _yaml.Error(DiagnosticIds.BadField, matchNode, $"rule '{id}' must end with exactly one of 'derive' or 'reason'");
        }
        else if (hasDerive)
        {
            action = Derive(id, deriveNode!, scope, values, sources);
        }
        else
        {
            action = Reason(reasonNode!, scope, values);
        }

        return _diagnostics.Count == errors && action is not null
            ? new PlannedRule(id, description, match.Fact.Shape.Type, matchCondition, steps, action) { Group = group }
            : null;
    }

    // What the action reads: the bound facts, or, after a group step, the group.
    private sealed record RuleScope(IReadOnlyList<BoundFact> Facts, GroupScope? Group)
    {
        public ExpressionBinder Binder(IReadOnlyDictionary<string, ParameterValue> values) =>
            Group is null ? new ExpressionBinder(Facts, values) : new ExpressionBinder(Group, values);

        public LambdaExpression Lambda(Expression body) =>
            Group is null ? ModelFileCompiler.Lambda(Facts, body) : Expression.Lambda(Expression.GetFuncType(Group.Group.Type, body.Type), body, Group.Group);
    }

    // group: { by: p.id_no, having: count_distinct(p.case_id) >= $min-cases }
    private (PlannedGroup? Group, RuleScope Scope) Group(YamlNode node, List<BoundFact> facts, IReadOnlyDictionary<string, ParameterValue> values)
    {
        var fields = _yaml.Fields(node, "'group'", ["by"], ["having"]);
        if (fields is null || !fields.ContainsKey("by") || Parse(fields["by"], "'by'") is not { } by
            || Bind(fields["by"], () => new ExpressionBinder(facts, values).BindValue(by)) is not { } key)
        {
            return (null, new RuleScope(facts, null));
        }

        var itemType = ItemAccess.ItemType(facts);
        var groupType = typeof(IFactGroup<,>).MakeGenericType(key.Type, itemType);
        var scope = new RuleScope(facts, new GroupScope(Expression.Parameter(groupType, "g"), facts));
        LambdaExpression? having = null;
        if (fields.TryGetValue("having", out var havingNode))
        {
            if (Parse(havingNode, "'having'") is not { } syntax || Bind(havingNode, () => scope.Binder(values).BindCondition(syntax)) is not { } condition)
            {
                return (null, scope);
            }

            having = scope.Lambda(condition);
        }

        return (new PlannedGroup(Lambda(facts, key), key.Type, itemType, having), scope);
    }

    // The description with {parameter} replaced by this run's value, as a C# model's interpolated string would be.
    private string Describe(YamlNode node, IReadOnlyDictionary<string, ParameterValue> values)
    {
        var text = _yaml.Text(node, "a rule's description") ?? string.Empty;
        return Placeholder().Replace(text, m =>
        {
            var name = m.Groups[1].Value;
            var parameter = _parameters.FirstOrDefault(p => p.Name == name);
            if (parameter is null)
            {
                _yaml.Error(DiagnosticIds.UnknownParameter, node, $"the description names parameter '{name}', which the model does not declare{Suggestions.For(name, _parameters.Select(p => p.Name))}");
                return m.Value;
            }

            return parameter.Format(values[name].Value);
        });
    }

    [GeneratedRegex(@"\{([a-z0-9-]+)\}")]
    private static partial Regex Placeholder();

    private sealed record SourceDecl(BoundFact Fact, YamlNode? Where, YamlNode? On);

    // match / join / not / exists: { dataset: x | fact: x, as: alias, where: …, on: … }
    private SourceDecl? Source(YamlNode node, string what, bool allowOn)
    {
        string[] required = allowOn ? ["on"] : [];
        var fields = _yaml.Fields(node, what, required, ["dataset", "fact", "as", "where"]);
        if (fields is null)
        {
            return null;
        }

        FactShape? shape = null;
        if (fields.ContainsKey("dataset") == fields.ContainsKey("fact"))
        {
            _yaml.Error(DiagnosticIds.BadField, node, $"{what} names exactly one 'dataset' or one derived 'fact'");
            return null;
        }

        if (fields.TryGetValue("dataset", out var datasetNode) && _yaml.Text(datasetNode, "'dataset'") is { } dataset)
        {
            if (!_datasets.TryGetValue(dataset, out shape))
            {
                var message = AllDatasets.ContainsKey(dataset)
                    ? $"dataset '{dataset}' is not in the model's 'datasets' ({string.Join(", ", _datasets.Keys)}); add it there"
                    : $"dataset '{dataset}' does not exist{Suggestions.For(dataset, _datasets.Keys.Concat(AllDatasets.Keys))}";
                _yaml.Error(DiagnosticIds.UnknownDataset, datasetNode, message);
            }
        }
        else if (fields.TryGetValue("fact", out var factNode) && _yaml.Text(factNode, "'fact'") is { } fact && !_facts.TryGetValue(fact, out shape))
        {
            _yaml.Error(DiagnosticIds.UnknownDataset, factNode, $"derived fact '{fact}' is not declared under 'facts'{Suggestions.For(fact, _facts.Keys)}");
        }

        if (shape is null)
        {
            return null;
        }

        var alias = _yaml.Text(fields, "as", "'as'") ?? shape.Name;
        var parameter = Expression.Parameter(shape.Type, alias);
        return new SourceDecl(new BoundFact(alias, shape, parameter), fields.GetValueOrDefault("where"), fields.GetValueOrDefault("on"));
    }

    private PlannedStep? Step(YamlNode node, List<BoundFact> facts, IReadOnlyDictionary<string, ParameterValue> values, List<string> sources)
    {
        if (node is not YamlMappingNode { Children.Count: 1 } map || map.Children.First().Key is not YamlScalarNode { Value: { } kind })
        {
            _yaml.Error(DiagnosticIds.BadField, node, $"a step is one of {string.Join(", ", StepKinds)} (a mapping with one of these keys)");
            return null;
        }

        var body = map.Children.First().Value;
        switch (kind)
        {
            case "where":
                return Condition(body, facts, values) is { } predicate ? new PlannedWhere(Lambda(facts, predicate)) : null;
            case "text":
                return Text(body, facts, values);
            case "join" or "not" or "exists":
                return Join(kind, map.Children.First().Key, body, facts, values, sources);
            default:
                _yaml.Error(DiagnosticIds.BadField, map.Children.First().Key, $"'{kind}' is not a step{Suggestions.For(kind, StepKinds)}");
                return null;
        }
    }

    private PlannedText? Text(YamlNode node, List<BoundFact> facts, IReadOnlyDictionary<string, ParameterValue> values)
    {
        var fields = _yaml.Fields(node, "a text step", ["of", "keywords"], ["classifier"]);
        if (fields is null || !fields.ContainsKey("of") || !fields.ContainsKey("keywords"))
        {
            return null;
        }

        if (facts.Count > 1)
        {
            _yaml.Error(DiagnosticIds.RuleShape, node, "a text step reads the first fact, before any join: move it above the joins");
            return null;
        }

        var text = Value(fields["of"], facts, values, typeof(string));
        var keywords = Keywords(fields["keywords"], values);
        var options = fields.TryGetValue("classifier", out var classifierNode) ? Classifier(classifierNode, values) : null;
        return text is null || keywords is null ? null : new PlannedText(Lambda(facts, text), keywords, options);
    }

    private KeywordSet? Keywords(YamlNode node, IReadOnlyDictionary<string, ParameterValue> values)
    {
        if (node is YamlScalarNode { Value: { } text } && text.StartsWith('$'))
        {
            var name = text[1..];
            if (values.TryGetValue(name, out var value) && value.Value is KeywordSet set)
            {
                return set;
            }

            _yaml.Error(DiagnosticIds.UnknownParameter, node,
                $"'{name}' is not a keyword parameter of the model{Suggestions.For(name, values.Where(v => v.Value.Type == typeof(KeywordSet)).Select(v => v.Key))}");
            return null;
        }

        var terms = _yaml.Items(node, "'keywords' (a $keyword-parameter or a list of words)").Select(n => _yaml.Text(n, "a keyword")).OfType<string>().ToArray();
        return terms.Length == 0 ? null : new KeywordSet("keywords", terms);
    }

    private TextOptions? Classifier(YamlNode node, IReadOnlyDictionary<string, ParameterValue> values)
    {
        var fields = _yaml.Fields(node, "a classifier", ["name"], ["accept-above", "demote-below", "demotion-factor", "enabled"]);
        if (fields is null || _yaml.Text(fields, "name", "'name'") is not { } name)
        {
            return null;
        }

        var options = new TextOptions(name);
        if (fields.TryGetValue("accept-above", out var accept) && Scalar<double>(accept, values) is { } a)
        {
            options = options with { AcceptAbove = a };
        }

        if (fields.TryGetValue("demote-below", out var demote) && Scalar<double>(demote, values) is { } d)
        {
            options = options with { DemoteBelow = d };
        }

        if (fields.TryGetValue("demotion-factor", out var factor) && Scalar<double>(factor, values) is { } f)
        {
            options = options with { DemotionFactor = f };
        }

        if (fields.TryGetValue("enabled", out var enabled) && Scalar<bool>(enabled, values) is { } e)
        {
            options = options with { Enabled = e };
        }

        return options;
    }

    // A number or switch given in place, or a $parameter of that type.
    private T? Scalar<T>(YamlNode node, IReadOnlyDictionary<string, ParameterValue> values) where T : struct
    {
        if (_yaml.Text(node, "a value") is not { } text)
        {
            return null;
        }

        if (text.StartsWith('$'))
        {
            var name = text[1..];
            if (!values.TryGetValue(name, out var value))
            {
                _yaml.Error(DiagnosticIds.UnknownParameter, node, $"parameter '{name}' is not declared by the model{Suggestions.For(name, values.Keys)}");
                return null;
            }

            if (value.Value is T typed)
            {
                return typed;
            }

            if (typeof(T) == typeof(double) && value.Value is int or long or decimal)
            {
                return (T)(object)Convert.ToDouble(value.Value, CultureInfo.InvariantCulture);
            }

            _yaml.Error(DiagnosticIds.TypeMismatch, node, $"parameter '{name}' is {ExpressionBinder.Describe(value.Type)}; {ExpressionBinder.Describe(typeof(T))} is expected here");
            return null;
        }

        if (typeof(T) == typeof(double) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return (T)(object)number;
        }

        if (typeof(T) == typeof(bool) && bool.TryParse(text, out var flag))
        {
            return (T)(object)flag;
        }

        _yaml.Error(DiagnosticIds.TypeMismatch, node, $"'{text}' is not a {ExpressionBinder.Describe(typeof(T))} (nor a $parameter)");
        return null;
    }

    private PlannedJoin? Join(string kind, YamlNode keyNode, YamlNode node, List<BoundFact> facts, IReadOnlyDictionary<string, ParameterValue> values, List<string> sources)
    {
        if (Source(node, $"a '{kind}' step", allowOn: true) is not { On: { } onNode } source)
        {
            return null;
        }

        if (facts.Any(f => f.Alias == source.Fact.Alias))
        {
            _yaml.Error(DiagnosticIds.Duplicate, node, $"alias '{source.Fact.Alias}' is already bound in this rule; give the joined fact another name with 'as'");
            return null;
        }

        if (kind == "join" && facts.Count == 4)
        {
            _yaml.Error(DiagnosticIds.RuleShape, keyNode, "a rule joins at most four facts (not and exists steps do not count)");
            return null;
        }

        sources.Add(source.Fact.Shape.Name);
        var other = source.Fact;
        var join = JoinOn(kind, onNode, source, facts, values);

        // A joined fact stays bound even when its step is wrong, so that later steps are checked and not reported as
        // naming an unknown alias.
        if (kind == "join" && join is null)
        {
            facts.Add(other);
        }

        return join;
    }

    private PlannedJoin? JoinOn(string kind, YamlNode onNode, SourceDecl source, List<BoundFact> facts, IReadOnlyDictionary<string, ParameterValue> values)
    {
        var other = source.Fact;
        if (Parse(onNode, "'on'") is not { } on)
        {
            return null;
        }

        if (on is not BinarySyntax { Operator: "==" } equality)
        {
            Report(onNode, on.Offset, DiagnosticIds.RuleShape, $"'on' is one equality: bound.column == {other.Alias}.column");
            return null;
        }

        // The side that reads the joined fact is its key; the other side is over the facts bound so far.
        var leftIsOther = Aliases(equality.Left).Contains(other.Alias);
        var (boundSide, otherSide) = leftIsOther ? (equality.Right, equality.Left) : (equality.Left, equality.Right);
        var key = Bind(onNode, () => new ExpressionBinder(facts, values).BindValue(boundSide));
        var otherKey = Bind(onNode, () => new ExpressionBinder([other], values).BindValue(otherSide));
        if (key is null || otherKey is null)
        {
            return null;
        }

        var keyType = KeyType(key.Type, otherKey.Type);
        if (keyType is null)
        {
            Report(onNode, equality.Offset, DiagnosticIds.TypeMismatch,
                $"the join keys differ in type: {ExpressionBinder.Describe(key.Type)} == {ExpressionBinder.Describe(otherKey.Type)}");
            return null;
        }

        LambdaExpression? condition = null;
        if (source.Where is { } whereNode)
        {
            var scope = kind == "join" ? [other] : facts.Append(other).ToList();
            if (kind == "join" && Parse(whereNode, "'where'") is { } parsed && Aliases(parsed).FirstOrDefault(a => a != other.Alias && facts.Any(f => f.Alias == a)) is { } outer)
            {
                Report(whereNode, parsed.Offset, DiagnosticIds.RuleShape,
                    $"a join's 'where' reads only the joined fact '{other.Alias}', not '{outer}': put a condition over both in a 'where' step after the join");
                return null;
            }

            if (Condition(whereNode, scope, values) is not { } predicate)
            {
                return null;
            }

            condition = Lambda(scope, predicate);
        }

        var joinKind = kind switch
        {
            "join" => PlannedJoinKind.Inner,
            "not" => PlannedJoinKind.Not,
            _ => PlannedJoinKind.Exists,
        };
        if (joinKind == PlannedJoinKind.Inner)
        {
            facts.Add(other);
        }

        return new PlannedJoin(joinKind, other.Shape.Type, keyType, Lambda(facts.Take(facts.Count - (joinKind == PlannedJoinKind.Inner ? 1 : 0)).ToList(), To(key, keyType)), Lambda([other], To(otherKey, keyType)), condition);
    }

    private static Type? KeyType(Type a, Type b)
    {
        if (a == b)
        {
            return a;
        }

        var ua = Nullable.GetUnderlyingType(a) ?? a;
        var ub = Nullable.GetUnderlyingType(b) ?? b;
        return ua == ub ? typeof(Nullable<>).MakeGenericType(ua) : null;
    }

    private static Expression To(Expression e, Type type) => e.Type == type ? e : Expression.Convert(e, type);

    private PlannedDerive? Derive(string rule, YamlNode node, RuleScope scope, IReadOnlyDictionary<string, ParameterValue> values, List<string> sources)
    {
        var fields = _yaml.Fields(node, "'derive'", ["fact", "fields"], []);
        if (fields is null || _yaml.Text(fields, "fact", "'fact'") is not { } name || !fields.ContainsKey("fields"))
        {
            return null;
        }

        if (!_facts.TryGetValue(name, out var shape))
        {
            _yaml.Error(DiagnosticIds.UnknownDataset, fields["fact"], $"derived fact '{name}' is not declared under 'facts'{Suggestions.For(name, _facts.Keys)}");
            return null;
        }

        _dependencies.Add((rule, fields["fact"], name, [.. sources]));
        if (fields["fields"] is not YamlMappingNode given)
        {
            _yaml.Error(DiagnosticIds.BadField, fields["fields"], $"'fields' maps each field of '{name}' to an expression");
            return null;
        }

        var members = shape.Type.GetFields().ToDictionary(f => f.Name, StringComparer.Ordinal);
        var bindings = new List<MemberBinding>();
        foreach (var (fieldNode, valueNode) in given.Children)
        {
            if (_yaml.Key(fieldNode, "a field's name") is not { } field)
            {
                continue;
            }

            if (!members.TryGetValue(field, out var member))
            {
                _yaml.Error(DiagnosticIds.UnknownColumn, fieldNode, $"derived fact '{name}' has no field '{field}'{Suggestions.For(field, members.Keys)}");
                continue;
            }

            if (Value(valueNode, scope, values, member.FieldType) is { } value)
            {
                bindings.Add(Expression.Bind(member, value));
            }
        }

        foreach (var missing in members.Keys.Where(m => !given.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == m)))
        {
            _yaml.Error(DiagnosticIds.BadField, fields["fields"], $"'fields' must give '{missing}' of '{name}'");
        }

        return new PlannedDerive(shape.Type, scope.Lambda(Expression.MemberInit(Expression.New(shape.Type), bindings)));
    }

    private PlannedReason? Reason(YamlNode node, RuleScope scope, IReadOnlyDictionary<string, ParameterValue> values)
    {
        var fields = _yaml.Fields(node, "'reason'", ["subject", "id", "name", "weight"], ["role", "amount"]);
        if (fields is null || !fields.ContainsKey("subject") || !fields.ContainsKey("id") || !fields.ContainsKey("name") || !fields.ContainsKey("weight"))
        {
            return null;
        }

        var kind = _yaml.Text(fields["subject"], "'subject'") ?? string.Empty;
        if (!SubjectKinds.Contains(kind))
        {
            _yaml.Error(DiagnosticIds.BadValue, fields["subject"], $"subject '{kind}' is not known{Suggestions.For(kind, SubjectKinds)}");
            return null;
        }

        var id = Value(fields["id"], scope, values, typeof(string));
        var name = Value(fields["name"], scope, values, typeof(string));
        var role = _yaml.Text(fields, "role", "'role'") ?? string.Empty;
        var weight = Scalar<double>(fields["weight"], values);
        var amount = fields.TryGetValue("amount", out var amountNode) ? Value(amountNode, scope, values, typeof(decimal?)) : null;
        if (id is null || name is null || weight is null || (amountNode is not null && amount is null))
        {
            return null;
        }

        var factory = typeof(Subject).GetMethod(kind switch
        {
            "person" => nameof(Subject.Person),
            "organization" => nameof(Subject.Organization),
            "party" => nameof(Subject.Party),
            _ => nameof(Subject.Venue),
        }, [typeof(string), typeof(string), typeof(string)])!;
        var subject = Expression.Call(factory, id, name, Expression.Constant(role));
        return new PlannedReason(scope.Lambda(subject), weight.Value, amount is null ? null : scope.Lambda(amount));
    }

    private void CheckCycles()
    {
        // fact → the facts derived from rules that read it; a path back to the start is a cycle.
        var edges = _dependencies.SelectMany(d => d.Sources.Where(_facts.ContainsKey).Select(s => (From: s, d.Derived, d.Rule, d.At))).ToArray();
        foreach (var start in edges.Select(e => e.From).Distinct(StringComparer.Ordinal))
        {
            var path = FindPath(start, start, edges, []);
            if (path is not null)
            {
                var first = path[0];
                _yaml.Error(DiagnosticIds.DerivedCycle, first.At,
                    $"derived facts depend on each other in a cycle: {start} → {string.Join(" → ", path.Select(p => $"{p.Derived} (rule {p.Rule})"))}; a derived fact cannot be read by the rules it comes from");
                return;
            }
        }
    }

    private static List<(string From, string Derived, string Rule, YamlNode At)>? FindPath(
        string from, string target, (string From, string Derived, string Rule, YamlNode At)[] edges, HashSet<string> seen)
    {
        foreach (var edge in edges.Where(e => e.From == from))
        {
            if (edge.Derived == target)
            {
                return [edge];
            }

            if (seen.Add(edge.Derived) && FindPath(edge.Derived, target, edges, seen) is { } rest)
            {
                rest.Insert(0, edge);
                return rest;
            }
        }

        return null;
    }

    private PlannedLead? CompileLead(IReadOnlyDictionary<string, ParameterValue> values, IReadOnlyList<PlannedRule> rules)
    {
        if (!_top.TryGetValue("lead", out var node) || _yaml.Fields(node, "'lead'", ["min-score"], ["required"]) is not { } fields || !fields.ContainsKey("min-score"))
        {
            return null;
        }

        var minScore = Scalar<double>(fields["min-score"], values);
        var required = new List<string>();
        var defined = RuleIds();
        if (fields.TryGetValue("required", out var requiredNode))
        {
            foreach (var item in _yaml.Items(requiredNode, "'required'"))
            {
                if (_yaml.Text(item, "a rule id") is not { } id)
                {
                    continue;
                }

                if (!defined.Contains(id))
                {
                    _yaml.Error(DiagnosticIds.UnknownRule, item, $"rule '{id}' is not defined by the model{Suggestions.For(id, defined)}");
                }

                required.Add(id);
            }
        }

        return minScore is null ? null : new PlannedLead(minScore.Value, required);
    }

    private HashSet<string> RuleIds() =>
        _top.TryGetValue("rules", out var node) && node is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlMappingNode>()
                .Select(r => r.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "id" }).Value as YamlScalarNode)
                .Select(s => s?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];

    private Expression? Condition(YamlNode node, IReadOnlyList<BoundFact> facts, IReadOnlyDictionary<string, ParameterValue> values) =>
        Parse(node, "a condition") is { } syntax ? Bind(node, () => new ExpressionBinder(facts, values).BindCondition(syntax)) : null;

    private Expression? Value(YamlNode node, IReadOnlyList<BoundFact> facts, IReadOnlyDictionary<string, ParameterValue> values, Type type) =>
        Parse(node, "an expression") is { } syntax ? Bind(node, () => new ExpressionBinder(facts, values).BindAs(syntax, type)) : null;

    private Expression? Value(YamlNode node, RuleScope scope, IReadOnlyDictionary<string, ParameterValue> values, Type type) =>
        Parse(node, "an expression") is { } syntax ? Bind(node, () => scope.Binder(values).BindAs(syntax, type)) : null;

    private Syntax? Parse(YamlNode node, string what)
    {
        if (_yaml.Text(node, what) is not { } text)
        {
            return null;
        }

        try
        {
            return ExpressionParser.Parse(text);
        }
        catch (ExpressionSyntaxException e)
        {
            Report(node, e.Offset, DiagnosticIds.ExpressionSyntax, e.Message);
            return null;
        }
    }

    private Expression? Bind(YamlNode node, Func<Expression> bind)
    {
        try
        {
            return bind();
        }
        catch (BindException e)
        {
            Report(node, e.Offset, e.Id, e.Message);
            return null;
        }
    }

    // The position of a character of a scalar's text: exact for a one-line plain or quoted scalar, else the scalar's start.
    private void Report(YamlNode node, int offset, string id, string message)
    {
        var start = YamlFields.PositionOf(node);
        var position = node is YamlScalarNode { Value: { } value } scalar && !value.Contains('\n', StringComparison.Ordinal)
            && scalar.Style is ScalarStyle.Plain or ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted
            && (scalar.Style == ScalarStyle.Plain || !value.Contains(scalar.Style == ScalarStyle.SingleQuoted ? '\'' : '"', StringComparison.Ordinal))
                ? start.Advance(offset + (scalar.Style == ScalarStyle.Plain ? 0 : 1))
                : start;
        _yaml.Error(id, position, message);
    }

    private static HashSet<string> Aliases(Syntax syntax)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        void Walk(Syntax s)
        {
            switch (s)
            {
                case MemberSyntax { Target: NameSyntax n }:
                    found.Add(n.Name);
                    break;
                case UnarySyntax u:
                    Walk(u.Operand);
                    break;
                case BinarySyntax b:
                    Walk(b.Left);
                    Walk(b.Right);
                    break;
                case InSyntax i:
                    Walk(i.Value);
                    i.Items.ToList().ForEach(Walk);
                    break;
                case IsNullSyntax n:
                    Walk(n.Value);
                    break;
                case CallSyntax c:
                    c.Arguments.ToList().ForEach(Walk);
                    break;
            }
        }

        Walk(syntax);
        return found;
    }

    private static LambdaExpression Lambda(IReadOnlyList<BoundFact> facts, Expression body) =>
        Expression.Lambda(Expression.GetFuncType([.. facts.Select(f => f.Shape.Type), body.Type]), body, facts.Select(f => f.Parameter));
}
