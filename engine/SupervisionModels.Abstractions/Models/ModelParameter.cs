using SupervisionModels.Rules;

namespace SupervisionModels.Models;

/// <summary>
/// A named, documented model parameter with a default value. Settings files override the value by name without
/// recompiling, the way .editorconfig configures an analyzer; an unknown name in a settings file is an error.
/// </summary>
public abstract class ModelParameter
{
    private protected ModelParameter(string name, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ArgumentException($"Parameter name '{name}' must be kebab-case (a-z, 0-9, '-').", nameof(name));
        }

        Name = name;
        Description = description;
    }

    /// <summary>The parameter's name in settings files (kebab-case).</summary>
    public string Name { get; }

    /// <summary>What the parameter controls, in Chinese.</summary>
    public string Description { get; }

    /// <summary>The CLR type of the value (<c>int</c>, <c>double</c>, <c>decimal</c>, <c>bool</c>, <c>string</c>, or a keyword list).</summary>
    public abstract Type ValueType { get; }

    /// <summary>The default value, boxed.</summary>
    public abstract object DefaultValue { get; }

    /// <summary>The value as settings files and reports print it.</summary>
    public abstract string Format(object value);

    /// <summary>The smallest value a settings file may give (numeric parameters), or null for no bound.</summary>
    public double? Minimum { get; private protected init; }

    /// <summary>The largest value a settings file may give (numeric parameters), or null for no bound.</summary>
    public double? Maximum { get; private protected init; }
}

/// <summary>A scalar parameter: a threshold, a weight, a switch, a window in days.</summary>
/// <typeparam name="T"><c>int</c>, <c>long</c>, <c>double</c>, <c>decimal</c>, <c>bool</c> or <c>string</c>.</typeparam>
public sealed class Parameter<T> : ModelParameter where T : notnull
{
    /// <summary>Declares a parameter; <paramref name="min"/> and <paramref name="max"/> bound a numeric value in settings files (a count of at least 1, a probability in [0, 1]).</summary>
    public Parameter(string name, T defaultValue, string description, double? min = null, double? max = null)
        : base(name, description)
    {
        if (typeof(T) != typeof(int) && typeof(T) != typeof(long) && typeof(T) != typeof(double) && typeof(T) != typeof(decimal)
            && typeof(T) != typeof(bool) && typeof(T) != typeof(string))
        {
            throw new ArgumentException($"Parameter '{name}': type {typeof(T).Name} is not supported; use int, long, double, decimal, bool or string.");
        }

        var numeric = typeof(T) == typeof(int) || typeof(T) == typeof(long) || typeof(T) == typeof(double) || typeof(T) == typeof(decimal);
        if ((min is not null || max is not null) && !numeric)
        {
            throw new ArgumentException($"Parameter '{name}': only a number can have a range.");
        }

        if (min > max)
        {
            throw new ArgumentException($"Parameter '{name}': min {min} is above max {max}.");
        }

        var value = numeric ? Convert.ToDouble(defaultValue, System.Globalization.CultureInfo.InvariantCulture) : 0;
        if (value < min || value > max)
        {
            throw new ArgumentException($"Parameter '{name}': the default {defaultValue} is outside its range.");
        }

        Default = defaultValue;
        Minimum = min;
        Maximum = max;
    }

    /// <summary>The default value.</summary>
    public T Default { get; }

    /// <inheritdoc/>
    public override Type ValueType => typeof(T);

    /// <inheritdoc/>
    public override object DefaultValue => Default;

    /// <inheritdoc/>
    public override string Format(object value) =>
        value is IFormattable f ? f.ToString(null, System.Globalization.CultureInfo.InvariantCulture) : value.ToString() ?? string.Empty;
}

/// <summary>A named list of keywords, matched in one pass over a text column.</summary>
public sealed class KeywordParameter : ModelParameter
{
    /// <summary>Declares a keyword parameter with its default terms.</summary>
    public KeywordParameter(string name, string description, params string[] defaultTerms)
        : base(name, description)
    {
        Default = new KeywordSet(name, defaultTerms);
    }

    /// <summary>The default keyword set.</summary>
    public KeywordSet Default { get; }

    /// <inheritdoc/>
    public override Type ValueType => typeof(KeywordSet);

    /// <inheritdoc/>
    public override object DefaultValue => Default;

    /// <inheritdoc/>
    public override string Format(object value) => string.Join('、', ((KeywordSet)value).Terms);
}
