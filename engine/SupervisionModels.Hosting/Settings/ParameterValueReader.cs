using System.Globalization;
using System.Text.Json;
using SupervisionModels.Models;
using SupervisionModels.Rules;

namespace SupervisionModels.Hosting.Settings;

/// <summary>Turns a settings value into a parameter's type, or says what was expected.</summary>
internal static class ParameterValueReader
{
    /// <summary>The typed value, or null with <paramref name="problem"/> set (<c>must be …, got …</c>).</summary>
    public static object? Read(ModelParameter parameter, JsonAt node, out string? problem, out int problemLine)
    {
        problem = null;
        problemLine = node.Line;
        var type = parameter.ValueType;
        if (type == typeof(KeywordSet))
        {
            return ReadKeywords(parameter, node, out problem, out problemLine);
        }

        var value = node is JsonValueAt scalar ? ReadScalar(type, scalar) : null;
        if (value is null)
        {
            problem = $"must be {Expectation(type)}, got {Describe(node)}";
        }

        return value;
    }

    /// <summary>What the value's declared range asks for (<c>must be at least 1</c>), or null when it is within it.</summary>
    public static string? OutOfRange(ModelParameter parameter, object value)
    {
        if (parameter.Minimum is null && parameter.Maximum is null)
        {
            return null;
        }

        var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        if (number >= (parameter.Minimum ?? double.NegativeInfinity) && number <= (parameter.Maximum ?? double.PositiveInfinity))
        {
            return null;
        }

        var min = parameter.Minimum?.ToString(CultureInfo.InvariantCulture);
        var max = parameter.Maximum?.ToString(CultureInfo.InvariantCulture);
        return (min, max) switch
        {
            (not null, not null) => $"must be between {min} and {max}",
            (not null, null) => $"must be at least {min}",
            _ => $"must be at most {max}",
        };
    }

    /// <summary>How a message names a JSON value.</summary>
    public static string Describe(JsonAt node) => node switch
    {
        JsonValueAt value => value.Display,
        JsonArrayAt => "a list",
        _ => "an object",
    };

    private static object? ReadScalar(Type type, JsonValueAt value)
    {
        var text = value.Text;
        var invariant = CultureInfo.InvariantCulture;
        return value.Kind switch
        {
            JsonTokenType.Number when type == typeof(int) => int.TryParse(text, NumberStyles.AllowLeadingSign, invariant, out var i) ? i : null,
            JsonTokenType.Number when type == typeof(long) => long.TryParse(text, NumberStyles.AllowLeadingSign, invariant, out var l) ? l : null,
            JsonTokenType.Number when type == typeof(double) => double.TryParse(text, NumberStyles.Float, invariant, out var d) && double.IsFinite(d) ? d : null,
            JsonTokenType.Number when type == typeof(decimal) => decimal.TryParse(text, NumberStyles.Float, invariant, out var m) ? m : null,
            JsonTokenType.True when type == typeof(bool) => true,
            JsonTokenType.False when type == typeof(bool) => false,
            JsonTokenType.String when type == typeof(string) => text,
            _ => null,
        };
    }

    private static KeywordSet? ReadKeywords(ModelParameter parameter, JsonAt node, out string? problem, out int problemLine)
    {
        problemLine = node.Line;
        if (node is not JsonArrayAt array)
        {
            problem = $"must be {Expectation(typeof(KeywordSet))}, got {Describe(node)}";
            return null;
        }

        var terms = new List<string>();
        foreach (var item in array.Items)
        {
            if (item is not JsonValueAt { Kind: JsonTokenType.String } term)
            {
                problem = $"may hold only strings, got {Describe(item)}";
                problemLine = item.Line;
                return null;
            }

            terms.Add(term.Text);
        }

        var set = new KeywordSet(parameter.Name, terms);
        if (set.Terms.Count == 0)
        {
            // An empty list would silently turn the model's keyword rules off; "enabled": false says that plainly.
            problem = "is empty; give at least one keyword, or set \"enabled\": false for the model";
            return null;
        }

        problem = null;
        return set;
    }

    private static string Expectation(Type type) =>
        type == typeof(int) ? "an integer (int)"
        : type == typeof(long) ? "an integer (long)"
        : type == typeof(double) || type == typeof(decimal) ? "a number"
        : type == typeof(bool) ? "true or false"
        : type == typeof(string) ? "a string"
        : type == typeof(KeywordSet) ? "a list of keywords (strings)"
        : throw new InvalidOperationException($"Parameter type {type.Name} has no settings form.");
}
