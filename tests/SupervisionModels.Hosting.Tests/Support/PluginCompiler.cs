using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SupervisionModels.Hosting.Sources;

namespace SupervisionModels.Hosting.Tests.Support;

/// <summary>Builds real plugin DLLs on disk, the way a plugin author's build would, with the host's reference set.</summary>
public static class PluginCompiler
{
    /// <summary>Compiles <paramref name="sources"/> to <paramref name="outputPath"/>; throws with the diagnostics when they do not compile.</summary>
    public static string CompileDll(string outputPath, string assemblyName, IEnumerable<MetadataReference>? extraReferences = null, params string[] sources)
    {
        var references = PluginReferences.All.AddRange(extraReferences ?? []);
        return Emit(outputPath, assemblyName, references, sources);
    }

    /// <summary>Compiles against exactly <paramref name="references"/> (to build a fake plugin API, say).</summary>
    public static string Emit(string outputPath, string assemblyName, ImmutableArray<MetadataReference> references, params string[] sources)
    {
        var options = new CSharpParseOptions(LanguageVersion.CSharp14);
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, options, $"source{i}.cs"))
            .Append(CSharpSyntaxTree.ParseText(SourcePluginCompiler.ImplicitUsings, options));
        var compilation = CSharpCompilation.Create(assemblyName, trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        using (var stream = File.Create(outputPath))
        {
            var result = compilation.Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException(string.Join('\n', result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }
        }

        return outputPath;
    }
}
