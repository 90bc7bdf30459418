using SupervisionModels.Models;
using SupervisionModels.Rules;
using SupervisionModels.Rules.Model;

namespace SupervisionModels.Runtime.Planning;

/// <summary>Collects a model's rules and lead condition during <see cref="SupervisionModel.Initialize"/>.</summary>
internal sealed class ModelContext(ModelRun run) : IModelContext
{
    private readonly List<RuleDefinition> _rules = [];

    public ModelDescriptor Descriptor => run.Model.Descriptor;

    public IReadOnlyList<RuleDefinition> Rules => _rules;

    public double MinScore { get; private set; }

    public IReadOnlyList<string> RequiredRules { get; private set; } = [];

    public T GetValue<T>(Parameter<T> parameter) where T : notnull
    {
        EnsureDeclared(parameter);
        if (!run.ParameterValues.TryGetValue(parameter.Name, out var value))
        {
            return parameter.Default;
        }

        return value is T typed
            ? typed
            : throw new ModelDefinitionException(Descriptor.Id, null, $"parameter '{parameter.Name}' expects {typeof(T).Name}, the settings give {value.GetType().Name}.");
    }

    public KeywordSet GetValue(KeywordParameter parameter)
    {
        EnsureDeclared(parameter);
        return run.ParameterValues.TryGetValue(parameter.Name, out var value)
            ? value as KeywordSet ?? throw new ModelDefinitionException(Descriptor.Id, null, $"parameter '{parameter.Name}' expects a keyword list.")
            : parameter.Default;
    }

    public void Rule(string id, string description, Func<IRuleBuilder, IRuleEnd> define)
    {
        ArgumentNullException.ThrowIfNull(define);
        if (_rules.Any(r => r.RuleId == id))
        {
            throw new ModelDefinitionException(Descriptor.Id, id, "the rule id is used twice.");
        }

        var builder = new RuleBuilder(Descriptor.Id, id, description);
        try
        {
            define(builder);
            _rules.Add(builder.Build());
        }
        catch (InvalidOperationException e)
        {
            throw new ModelDefinitionException(Descriptor.Id, id, e.Message);
        }
    }

    public void LeadWhen(double minScore, params string[] requiredRules)
    {
        MinScore = minScore;
        RequiredRules = requiredRules;
    }

    private void EnsureDeclared(ModelParameter parameter)
    {
        if (!run.Model.Parameters.Contains(parameter))
        {
            throw new ModelDefinitionException(Descriptor.Id, null, $"parameter '{parameter.Name}' is read but not listed in the model's Parameters.");
        }
    }
}
