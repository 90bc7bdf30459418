using System.Security.Cryptography;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SupervisionModels.Cli.Tests;

/// <summary>Builds a plugin DLL from C# source the way a plugin author's build would: against the framework, the plugin API and the datasets.</summary>
internal static class PluginDll
{
    public static string Compile(string outputPath, string assemblyName, string source)
    {
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll"
                || Path.GetFileName(p).StartsWith("SupervisionModels.Abstractions", StringComparison.Ordinal) || Path.GetFileName(p).StartsWith("SupervisionModels.Datasets", StringComparison.Ordinal))
            .Select(p => MetadataReference.CreateFromFile(p));
        var trees = new[] { source, "global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\n" }
            .Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest)));
        var compilation = CSharpCompilation.Create(assemblyName, trees, framework, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        using (var stream = File.Create(outputPath))
        {
            var result = compilation.Emit(stream);
            Assert.True(result.Success, string.Join('\n', result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return outputPath;
    }

    /// <summary>The settings entry that trusts the DLL at <paramref name="path"/>.</summary>
    public static string TrustEntry(string path)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        return $$"""{ "file": "{{Path.GetFileName(path)}}", "sha256": "{{hash}}" }""";
    }
}
