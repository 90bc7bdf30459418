using SupervisionModels.Rules;

namespace SupervisionModels.Models;

/// <summary>What a model sees while it registers its rules.</summary>
public interface IModelContext
{
    /// <summary>The descriptor of the model being initialised.</summary>
    ModelDescriptor Descriptor { get; }

    /// <summary>The value of a parameter for this run: the settings file's value if it sets one, else the default.</summary>
    T GetValue<T>(Parameter<T> parameter) where T : notnull;

    /// <summary>The keyword set of a keyword parameter for this run.</summary>
    KeywordSet GetValue(KeywordParameter parameter);

    /// <summary>
    /// Registers a rule. <paramref name="id"/> is unique within the model (<c>R1</c>, <c>R2</c>…);
    /// <paramref name="description"/> is the Chinese sentence a prosecutor reads in the lead.
    /// </summary>
    void Rule(string id, string description, Func<IRuleBuilder, IRuleEnd> define);

    /// <summary>
    /// A subject becomes a lead when the weights of its fired rules add up to at least <paramref name="minScore"/>
    /// and every rule in <paramref name="requiredRules"/> fired for it.
    /// </summary>
    void LeadWhen(double minScore, params string[] requiredRules);
}
