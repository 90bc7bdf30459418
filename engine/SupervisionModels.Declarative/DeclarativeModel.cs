using System.Reflection;
using SupervisionModels.Declarative.Compilation;
using SupervisionModels.Declarative.Diagnostics;
using SupervisionModels.Declarative.Expressions;
using SupervisionModels.Models;
using SupervisionModels.Rules;

namespace SupervisionModels.Declarative;

/// <summary>
/// A supervision model read from a <c>*.model.yaml</c> file. It is an ordinary <see cref="SupervisionModel"/>: its
/// <see cref="Initialize"/> registers each rule through the same fluent API a C# model calls, so planning, joins,
/// keyword scans, evidence, reports and the lead book treat it like any other model.
/// </summary>
public sealed class DeclarativeModel : SupervisionModel
{
    /// <summary>The file suffix of model files.</summary>
    public const string FileSuffix = ".model.yaml";

    private static readonly MethodInfo GetValueMethod = typeof(IModelContext).GetMethods()
        .Single(m => m.Name == nameof(IModelContext.GetValue) && m.IsGenericMethodDefinition);

    private readonly ModelFileCompiler _compiler;
    private readonly Lock _compiling = new();

    private DeclarativeModel(string path, ModelFileCompiler compiler)
    {
        Path = path;
        _compiler = compiler;
    }

    /// <summary>The model file.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    public override ModelDescriptor Descriptor => _compiler.Descriptor;

    /// <inheritdoc/>
    public override IReadOnlyList<ModelParameter> Parameters => _compiler.Parameters;

    /// <summary>Reads and checks a model file; throws <see cref="DeclarativeModelException"/> listing every error with its line and column.</summary>
    public static DeclarativeModel Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(path, File.ReadAllText(path));
    }

    /// <summary>Checks model text as if read from <paramref name="path"/> (which names the file in messages).</summary>
    public static DeclarativeModel Parse(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new DeclarativeModel(path, ModelFileCompiler.Load(path, text));
    }

    /// <inheritdoc/>
    public override void Initialize(IModelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = Parameters.ToDictionary(p => p.Name, p => new ParameterValue(p.ValueType, ValueOf(context, p)), StringComparer.Ordinal);
        IReadOnlyList<PlannedRule> rules;
        PlannedLead lead;
        lock (_compiling)
        {
            (rules, lead) = _compiler.Compile(values);
        }

        foreach (var rule in rules)
        {
            context.Rule(rule.Id, rule.Description, b => FluentRules.Define(b, rule));
        }

        context.LeadWhen(lead.MinScore, [.. lead.RequiredRules]);
    }

    private static object ValueOf(IModelContext context, ModelParameter parameter) => parameter switch
    {
        KeywordParameter keywords => context.GetValue(keywords),
        _ => GetValueMethod.MakeGenericMethod(parameter.ValueType).Invoke(context, BindingFlags.DoNotWrapExceptions, null, [parameter], null)!,
    };
}
