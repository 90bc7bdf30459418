using SupervisionModels.Models;
using SupervisionModels.Rules;

namespace SupervisionModels.Hosting.Settings;

/// <summary>What a settings file says about one model. Anything it does not say keeps the model's own default.</summary>
/// <param name="Enabled">False skips the model in runs.</param>
/// <param name="ParameterValues">
/// Overridden parameter values by name, typed as the parameter's <see cref="ModelParameter.ValueType"/>: <c>int</c>,
/// <c>long</c>, <c>double</c>, <c>decimal</c>, <c>bool</c>, <c>string</c>, or a <see cref="KeywordSet"/> named after the
/// parameter (a settings list replaces the default terms; it does not add to them).
/// </param>
/// <param name="WeightOverrides">Overridden rule weights by rule id.</param>
public sealed record ModelSettings(bool Enabled, IReadOnlyDictionary<string, object> ParameterValues, IReadOnlyDictionary<string, double> WeightOverrides)
{
    /// <summary>A model the settings do not mention: enabled, with every default.</summary>
    public static ModelSettings Default { get; } = new(true, new Dictionary<string, object>(), new Dictionary<string, double>());

    /// <summary>The run's value of <paramref name="parameter"/>: the override, else the default.</summary>
    public T GetValue<T>(Parameter<T> parameter) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return ParameterValues.TryGetValue(parameter.Name, out var value) ? (T)value : parameter.Default;
    }

    /// <summary>The run's keyword set of <paramref name="parameter"/>: the override, else the default terms.</summary>
    public KeywordSet GetValue(KeywordParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return ParameterValues.TryGetValue(parameter.Name, out var value) ? (KeywordSet)value : parameter.Default;
    }

    /// <summary>The effective weight of rule <paramref name="ruleId"/> whose model declares <paramref name="declaredWeight"/>.</summary>
    public double WeightOf(string ruleId, double declaredWeight) =>
        WeightOverrides.TryGetValue(ruleId, out var weight) ? weight : declaredWeight;
}
