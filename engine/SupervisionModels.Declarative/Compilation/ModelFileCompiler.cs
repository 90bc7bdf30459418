using System.Globalization;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using SupervisionModels.Datasets;
using SupervisionModels.Declarative.Diagnostics;
using SupervisionModels.Declarative.Expressions;
using SupervisionModels.Declarative.Files;
using SupervisionModels.Entities;
using SupervisionModels.Facts.Schema;
using SupervisionModels.Models;
using SupervisionModels.Rules;
using YamlDotNet.RepresentationModel;

namespace SupervisionModels.Declarative.Compilation;

/// <summary>
/// Compiles the YAML tree of a model file. The header, parameters and derived facts are read once, when the file
/// loads; the rules are compiled at load (with the defaults, to report every error then) and again for each run with
/// that run's parameter values, which become constants in the rules' expression trees.
/// </summary>
internal sealed partial class ModelFileCompiler
{
    private static readonly string[] TopFields = ["id", "title", "category", "version", "description", "help", "datasets", "parameters", "facts", "rules", "lead"];
    private static readonly string[] ParameterTypes = ["int", "long", "double", "decimal", "bool", "string", "keywords"];
    private static readonly string[] SubjectKinds = ["person", "organization", "party", "venue"];
    private static readonly IReadOnlyDictionary<string, Type> FieldTypes = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["string"] = typeof(string), ["int"] = typeof(int), ["long"] = typeof(long), ["double"] = typeof(double),
        ["decimal"] = typeof(decimal), ["bool"] = typeof(bool), ["date"] = typeof(DateOnly), ["datetime"] = typeof(DateTime),
        ["entity-key"] = typeof(EntityKey),
    };

    private static readonly IReadOnlyDictionary<string, FactSchema> AllDatasets =
        DatasetRecordTypes.All.Select(FactSchema.For).ToDictionary(s => s.DatasetName, StringComparer.Ordinal);

    private readonly YamlFields _yaml;
    private readonly List<DeclarativeDiagnostic> _diagnostics;
    private readonly IReadOnlyDictionary<string, YamlNode> _top;
    private readonly Dictionary<string, FactShape> _datasets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FactShape> _facts = new(StringComparer.Ordinal);
    private readonly List<ModelParameter> _parameters = [];

    private ModelFileCompiler(string file, IReadOnlyDictionary<string, YamlNode> top, List<DeclarativeDiagnostic> diagnostics)
    {
        _yaml = new YamlFields(file, diagnostics);
        _diagnostics = diagnostics;
        _top = top;
    }

    public ModelDescriptor Descriptor { get; private set; } = null!;

    public IReadOnlyList<ModelParameter> Parameters => _parameters;

    /// <summary>Reads and checks a model file; throws <see cref="DeclarativeModelException"/> listing every problem.</summary>
    public static ModelFileCompiler Load(string file, string text)
    {
        var diagnostics = new List<DeclarativeDiagnostic>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            throw new DeclarativeModelException([new DeclarativeDiagnostic(DiagnosticIds.YamlSyntax, file, new SourcePosition((int)e.Start.Line, (int)e.Start.Column), $"not valid YAML: {TrimMark(message)}")]);
        }
        catch (InvalidOperationException e)
        {
            // The scanner stops on some malformed input without a position; the message is all there is.
            throw new DeclarativeModelException([new DeclarativeDiagnostic(DiagnosticIds.YamlSyntax, file, new SourcePosition(1, 1), $"not valid YAML: {e.Message}")]);
        }

        if (stream.Documents.Count != 1)
        {
            throw new DeclarativeModelException([new DeclarativeDiagnostic(DiagnosticIds.YamlSyntax, file, new SourcePosition(1, 1), "a model file holds exactly one YAML document")]);
        }

        var yaml = new YamlFields(file, diagnostics);
        var top = yaml.Fields(stream.Documents[0].RootNode, "the model file", ["id", "title", "category", "version", "description", "datasets", "rules", "lead"], ["help", "parameters", "facts"]);
        if (top is null)
        {
            throw new DeclarativeModelException(diagnostics);
        }

        var compiler = new ModelFileCompiler(file, top, diagnostics);
        compiler.ReadHeader();
        compiler.ReadParameters();
        compiler.ReadFacts();
        var defaults = compiler.Parameters.ToDictionary(p => p.Name, p => new ParameterValue(p.ValueType, p.DefaultValue), StringComparer.Ordinal);
        var rules = compiler.CompileRules(defaults);
        compiler.CheckCycles();
        compiler.CompileLead(defaults, rules);
        if (diagnostics.Count > 0)
        {
            throw new DeclarativeModelException([.. diagnostics.OrderBy(d => d.Position.Line).ThenBy(d => d.Position.Column)]);
        }

        return compiler;
    }

    /// <summary>The rules and lead condition for one run's parameter values (the file is known to be valid).</summary>
    public (IReadOnlyList<PlannedRule> Rules, PlannedLead Lead) Compile(IReadOnlyDictionary<string, ParameterValue> values)
    {
        var rules = CompileRules(values);
        var lead = CompileLead(values, rules);
        if (_diagnostics.Count > 0)
        {
            throw new DeclarativeModelException([.. _diagnostics]);
        }

        return (rules, lead!);
    }

    private static string TrimMark(string message) => MarkPrefix().Replace(message, string.Empty);

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();

    private void ReadHeader()
    {
        string Field(string name) => _top.TryGetValue(name, out var node) ? _yaml.Text(node, $"'{name}'") ?? string.Empty : string.Empty;

        var id = Field("id");
        if (_top.TryGetValue("id", out var idNode) && id.Length > 0 && !ModelDescriptor.IsWellFormedId(id))
        {
            _yaml.Error(DiagnosticIds.BadValue, idNode, $"id '{id}' is not well formed: 2–4 capital letters and four digits (USR0001)");
        }

        var category = ModelCategory.Civil;
        if (_top.TryGetValue("category", out var categoryNode) && _yaml.Text(categoryNode, "'category'") is { } categoryText)
        {
            var categories = Enum.GetValues<ModelCategory>();
            var found = categories.Where(c => c.ToString().Equals(categoryText, StringComparison.OrdinalIgnoreCase) || c.ToChinese() == categoryText).ToArray();
            if (found.Length == 1)
            {
                category = found[0];
            }
            else
            {
                _yaml.Error(DiagnosticIds.BadValue, categoryNode,
                    $"category '{categoryText}' is not known{Suggestions.For(categoryText, categories.Select(c => c.ToString()).Concat(categories.Select(c => c.ToChinese())))}");
            }
        }

        var datasets = new List<Type>();
        if (_top.TryGetValue("datasets", out var datasetsNode))
        {
            foreach (var item in _yaml.Items(datasetsNode, "'datasets'"))
            {
                if (_yaml.Text(item, "a dataset") is not { } name)
                {
                    continue;
                }

                if (!AllDatasets.TryGetValue(name, out var schema))
                {
                    _yaml.Error(DiagnosticIds.UnknownDataset, item, $"dataset '{name}' does not exist{Suggestions.For(name, AllDatasets.Keys)}");
                }
                else if (!_datasets.TryAdd(name, FactShape.ForDataset(schema)))
                {
                    _yaml.Error(DiagnosticIds.Duplicate, item, $"dataset '{name}' is listed twice");
                }
                else
                {
                    datasets.Add(schema.RecordType);
                }
            }
        }

        var help = Field("help");
        Descriptor = new ModelDescriptor(id, Field("title"), category, Field("version"), Field("description"))
        {
            HelpText = help.Length > 0 ? help : $"# {id} {Field("title")}\n\n{Field("description")}\n\n（声明式模型：{Path.GetFileName(_yaml.File)}）\n",
            Datasets = datasets,
        };
    }

    private void ReadParameters()
    {
        if (!_top.TryGetValue("parameters", out var node))
        {
            return;
        }

        if (node is not YamlMappingNode map)
        {
            _yaml.Error(DiagnosticIds.BadField, node, "'parameters' must be a mapping: name → { type, default, description }");
            return;
        }

        foreach (var (keyNode, valueNode) in map.Children)
        {
            if (_yaml.Key(keyNode, "a parameter's name") is not { } name)
            {
                continue;
            }

            var fields = _yaml.Fields(valueNode, $"parameter '{name}'", ["type", "default", "description"], ["min", "max"]);
            if (fields is null || !fields.ContainsKey("type") || !fields.ContainsKey("default") || !fields.ContainsKey("description"))
            {
                continue;
            }

            var type = _yaml.Text(fields["type"], "'type'") ?? string.Empty;
            var description = _yaml.Text(fields["description"], "'description'") ?? string.Empty;
            if (!ParameterTypes.Contains(type))
            {
                _yaml.Error(DiagnosticIds.BadValue, fields["type"], $"parameter type '{type}' is not known{Suggestions.For(type, ParameterTypes)}");
                continue;
            }

            var min = Number(fields, "min");
            var max = Number(fields, "max");
            try
            {
                var parameter = NewParameter(name, type, fields["default"], description, min, max);
                if (parameter is null)
                {
                    continue;
                }

                if (_parameters.Any(p => p.Name == name))
                {
                    _yaml.Error(DiagnosticIds.Duplicate, keyNode, $"parameter '{name}' is declared twice");
                }

                _parameters.Add(parameter);
            }
            catch (ArgumentException e)
            {
                _yaml.Error(DiagnosticIds.BadValue, keyNode, e.Message);
            }
        }
    }

    private double? Number(IReadOnlyDictionary<string, YamlNode> fields, string name)
    {
        if (_yaml.Text(fields, name, $"'{name}'") is not { } text)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _yaml.Error(DiagnosticIds.BadValue, fields[name], $"'{name}' must be a number, not '{text}'");
        return null;
    }

    private ModelParameter? NewParameter(string name, string type, YamlNode defaultNode, string description, double? min, double? max)
    {
        if (type == "keywords")
        {
            var terms = _yaml.Items(defaultNode, "a keyword list's default").Select(n => _yaml.Text(n, "a keyword")).OfType<string>().ToArray();
            return new KeywordParameter(name, description, terms);
        }

        if (_yaml.Text(defaultNode, "'default'") is not { } text)
        {
            return null;
        }

        var invariant = CultureInfo.InvariantCulture;
        ModelParameter? Bad()
        {
            _yaml.Error(DiagnosticIds.BadValue, defaultNode, $"the default '{text}' is not a {type}");
            return null;
        }

        return type switch
        {
            "int" => int.TryParse(text, NumberStyles.Integer, invariant, out var i) ? new Parameter<int>(name, i, description, min, max) : Bad(),
            "long" => long.TryParse(text, NumberStyles.Integer, invariant, out var l) ? new Parameter<long>(name, l, description, min, max) : Bad(),
            "double" => double.TryParse(text, NumberStyles.Float, invariant, out var d) ? new Parameter<double>(name, d, description, min, max) : Bad(),
            "decimal" => decimal.TryParse(text, NumberStyles.Number, invariant, out var m) ? new Parameter<decimal>(name, m, description, min, max) : Bad(),
            "bool" => bool.TryParse(text, out var b) ? new Parameter<bool>(name, b, description) : Bad(),
            _ => new Parameter<string>(name, text, description),
        };
    }

    private void ReadFacts()
    {
        if (!_top.TryGetValue("facts", out var node))
        {
            return;
        }

        if (node is not YamlMappingNode map)
        {
            _yaml.Error(DiagnosticIds.BadField, node, "'facts' must be a mapping: name → { field: type, … }");
            return;
        }

        var declared = new List<(string Name, IReadOnlyList<(string Field, Type Type)> Fields)>();
        foreach (var (keyNode, fieldsNode) in map.Children)
        {
            if (_yaml.Key(keyNode, "a derived fact's name") is not { } name)
            {
                continue;
            }

            if (AllDatasets.ContainsKey(name))
            {
                _yaml.Error(DiagnosticIds.Duplicate, keyNode, $"derived fact '{name}' has the name of a dataset");
                continue;
            }

            if (fieldsNode is not YamlMappingNode fieldsMap || fieldsMap.Children.Count == 0)
            {
                _yaml.Error(DiagnosticIds.BadField, fieldsNode, $"derived fact '{name}' must list its fields: field → type ({string.Join(", ", FieldTypes.Keys)}, with ? when it may be null)");
                continue;
            }

            var fields = new List<(string, Type)>();
            foreach (var (fieldNode, typeNode) in fieldsMap.Children)
            {
                if (_yaml.Key(fieldNode, "a field's name") is not { } field)
                {
                    continue;
                }

                var typeText = _yaml.Text(typeNode, "a field's type") ?? string.Empty;
                var nullable = typeText.EndsWith('?');
                if (!FieldTypes.TryGetValue(typeText.TrimEnd('?'), out var type))
                {
                    _yaml.Error(DiagnosticIds.BadValue, typeNode, $"field type '{typeText}' is not known{Suggestions.For(typeText.TrimEnd('?'), FieldTypes.Keys)}");
                    continue;
                }

                fields.Add((field, nullable && type.IsValueType ? typeof(Nullable<>).MakeGenericType(type) : type));
            }

            declared.Add((name, fields));
        }

        var modelId = ModelDescriptor.IsWellFormedId(Descriptor.Id) ? Descriptor.Id : "Invalid";
        foreach (var (name, type) in DerivedFactTypes.Define(modelId, declared))
        {
            _facts[name] = FactShape.ForDerived(name, type);
        }
    }
}
