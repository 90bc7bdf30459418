using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using SupervisionModels.Hosting.Catalog;
using SupervisionModels.Models;

namespace SupervisionModels.Hosting.Scaffolding;

/// <summary>Writes a new source plugin folder that the source loader compiles and loads as it is.</summary>
public static class ModelScaffolder
{
    /// <summary>
    /// Creates <paramref name="outDir"/> (which must not exist or be empty) with a model class and a help page.
    /// <paramref name="name"/> gives the class name (letters and digits; other characters separate words) and the
    /// title; <paramref name="modelId"/> defaults to the next free <c>USR</c> id (see <see cref="UserModelIds"/>).
    /// Throws <see cref="ScaffoldException"/> for an unusable name or id, or a folder that already holds files.
    /// </summary>
    public static ScaffoldResult Create(string name, string outDir, string? modelId = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        var className = ClassNameOf(name);
        var id = modelId ?? UserModelIds.Next(outDir);
        if (!ModelDescriptor.IsWellFormedId(id) || ModelValidator.IsReserved(id))
        {
            throw new ScaffoldException($"model id '{id}' is not usable for a plugin: use 2–4 capitals and four digits, not the built-in prefix SM (USR0001).");
        }

        if (Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any())
        {
            throw new ScaffoldException($"{outDir} is not empty; scaffold into a new or empty folder.");
        }

        Directory.CreateDirectory(outDir);
        var title = name.Trim();
        var files = new (string Name, string Text)[]
        {
            (className + ".cs", ModelTemplate.Render(className, id, title)),
            ("README.md", ReadmeTemplate.Render(outDir, className, id, title)),
        };
        foreach (var (file, text) in files)
        {
            // LF and UTF-8 without a byte order mark, the same on every platform, so scaffolds diff cleanly.
            File.WriteAllText(Path.Combine(outDir, file), text.ReplaceLineEndings("\n"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        return new ScaffoldResult(outDir, id, className, files.Select(f => f.Name).ToArray());
    }

    /// <summary>
    /// A C# class name from a model name: words (runs of letters and digits) joined with their first ASCII letter
    /// capitalised — <c>wage-arrears</c> → <c>WageArrears</c>; Chinese names stay as they are (C# allows them).
    /// </summary>
    internal static string ClassNameOf(string name)
    {
        var builder = new StringBuilder();
        foreach (var word in Words(name))
        {
            builder.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
        }

        if (builder.Length > 0 && char.IsDigit(builder[0]))
        {
            builder.Insert(0, "Model");
        }

        var className = builder.ToString();
        if (className.Length == 0 || !SyntaxFacts.IsValidIdentifier(className))
        {
            throw new ScaffoldException($"model name '{name}' gives no C# class name; use letters and digits, e.g. WageArrears.");
        }

        return className;
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var separator = i == text.Length || !char.IsLetterOrDigit(text[i]);
            if (!separator && start < 0)
            {
                start = i;
            }
            else if (separator && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
