using System.Reflection;

namespace SupervisionModels.BuiltIn;

/// <summary>
/// The help pages of the built-in models: models/docs/{id}.md, embedded in this assembly, so that the page a person
/// reads in the repository and the help text <c>supervise models describe</c> prints are the same text. The marker
/// lines of the generated sections (<see cref="HelpPageGenerator"/>) are left out: a Markdown viewer hides them, and a
/// terminal should too.
/// </summary>
public static class HelpPages
{
    /// <summary>The help page of model <paramref name="modelId"/>; throws when it is missing, since a model without one is a bug.</summary>
    public static string For(string modelId)
    {
        using var stream = typeof(HelpPages).Assembly.GetManifestResourceStream($"docs/{modelId}.md")
            ?? throw new InvalidOperationException($"The help page models/docs/{modelId}.md is not embedded in {typeof(HelpPages).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().ReplaceLineEndings("\n").Split('\n');
        return string.Join('\n', lines.Where(l => !HelpPageGenerator.IsMarker(l)));
    }

    /// <summary>The ids of the embedded help pages.</summary>
    public static IReadOnlyList<string> Available() =>
        typeof(HelpPages).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("docs/", StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal))
            .Select(n => n["docs/".Length..^".md".Length])
            .Order(StringComparer.Ordinal)
            .ToArray();
}
