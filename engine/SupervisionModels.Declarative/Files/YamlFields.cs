using SupervisionModels.Declarative.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SupervisionModels.Declarative.Files;

/// <summary>
/// Reads the YAML nodes of a model file and reports what is missing, unknown or of the wrong shape, each at its
/// line and column. Nothing throws: problems are collected so that a file's every error is listed at once.
/// </summary>
internal sealed class YamlFields(string file, List<DeclarativeDiagnostic> diagnostics)
{
    public string File { get; } = file;

    public static SourcePosition PositionOf(YamlNode node) => new((int)node.Start.Line, (int)node.Start.Column);

    public void Error(string id, YamlNode node, string message) => Error(id, PositionOf(node), message);

    public void Error(string id, SourcePosition position, string message) => diagnostics.Add(new DeclarativeDiagnostic(id, File, position, message));

    /// <summary>
    /// The fields of a mapping by name; unknown names are errors with the nearest known name, missing required ones are
    /// errors at the mapping. Null when <paramref name="node"/> is not a mapping.
    /// </summary>
    public IReadOnlyDictionary<string, YamlNode>? Fields(YamlNode node, string what, string[] required, string[] optional)
    {
        if (node is not YamlMappingNode map)
        {
            Error(DiagnosticIds.BadField, node, $"{what} must be a mapping of fields ({string.Join(", ", required.Concat(optional))})");
            return null;
        }

        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!required.Contains(key) && !optional.Contains(key))
            {
                Error(DiagnosticIds.BadField, keyNode, $"{what} has no field '{key}'{Suggestions.For(key, required.Concat(optional))}");
                continue;
            }

            fields[key] = value;
        }

        foreach (var missing in required.Where(r => !fields.ContainsKey(r)))
        {
            Error(DiagnosticIds.BadField, node, $"{what} needs the field '{missing}'");
        }

        return fields;
    }

    /// <summary>The text of a scalar, or null (reported) when the node is a list or mapping.</summary>
    public string? Text(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } value })
        {
            return value;
        }

        Error(DiagnosticIds.BadField, node, $"{what} must be a single value");
        return null;
    }

    /// <summary>The name a mapping key gives, or null (reported) when the key is a list or mapping.</summary>
    public string? Key(YamlNode key, string what)
    {
        if (key is YamlScalarNode { Value: { Length: > 0 } name })
        {
            return name;
        }

        Error(DiagnosticIds.BadField, key, $"{what} must be a plain name");
        return null;
    }

    /// <summary>The text of an optional field.</summary>
    public string? Text(IReadOnlyDictionary<string, YamlNode> fields, string name, string what) =>
        fields.TryGetValue(name, out var node) ? Text(node, what) : null;

    /// <summary>The items of a sequence (a single scalar counts as a list of one), or empty (reported) otherwise.</summary>
    public IReadOnlyList<YamlNode> Items(YamlNode node, string what)
    {
        switch (node)
        {
            case YamlSequenceNode sequence:
                return sequence.Children.ToArray();
            case YamlScalarNode { Value.Length: > 0 }:
                return [node];
            default:
                Error(DiagnosticIds.BadField, node, $"{what} must be a list");
                return [];
        }
    }
}
