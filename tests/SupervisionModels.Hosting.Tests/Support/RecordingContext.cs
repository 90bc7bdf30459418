using SupervisionModels.Models;
using SupervisionModels.Rules;
using SupervisionModels.Rules.Model;

namespace SupervisionModels.Hosting.Tests.Support;

/// <summary>A model context that builds and keeps the rules a model registers, with default parameter values.</summary>
internal sealed class RecordingContext(ModelDescriptor descriptor) : IModelContext
{
    public ModelDescriptor Descriptor { get; } = descriptor;

    public List<RuleDefinition> Rules { get; } = [];

    public double? MinScore { get; private set; }

    public T GetValue<T>(Parameter<T> parameter) where T : notnull => parameter.Default;

    public KeywordSet GetValue(KeywordParameter parameter) => parameter.Default;

    public void Rule(string id, string description, Func<IRuleBuilder, IRuleEnd> define)
    {
        var builder = new RuleBuilder(Descriptor.Id, id, description);
        define(builder);
        Rules.Add(builder.Build());
    }

    public void LeadWhen(double minScore, params string[] requiredRules) => MinScore = minScore;
}
