using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using SupervisionModels.Hosting.Confinement;

namespace SupervisionModels.Hosting.Sources;

/// <summary>The outcome of compiling a source plugin folder: an image, or the errors.</summary>
/// <param name="AssemblyName">The emitted assembly's name.</param>
/// <param name="Image">The assembly (with an embedded PDB, so stack traces show plugin lines), or null on errors.</param>
/// <param name="Errors">Compiler errors, sorted by file, line and column.</param>
/// <param name="Warnings">Compiler warnings, sorted the same way.</param>
/// <param name="FromCache">True when the image came from the cache instead of Roslyn.</param>
internal sealed record SourceCompilation(
    string AssemblyName,
    byte[]? Image,
    IReadOnlyList<SourceDiagnostic> Errors,
    IReadOnlyList<SourceDiagnostic> Warnings,
    bool FromCache);

/// <summary>
/// Compiles every <c>.cs</c> file of a folder (recursively, skipping <c>bin/</c>, <c>obj/</c> and hidden folders) into
/// one assembly against <see cref="PluginReferences"/>.
/// </summary>
internal static class SourcePluginCompiler
{
    /// <summary>The usings every plugin file gets, like the SDK's implicit usings minus I/O and networking (models do neither).</summary>
    public const string ImplicitUsings = "global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\n";

    // Bump when the way images are built changes, to invalidate every cached image. 2: images are cached only once
    // they pass the confinement check, so an image cached by 1 (unchecked) must never be reused.
    private const string CacheFormat = "source-plugin/2";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp14, DocumentationMode.None);

    /// <summary>The <c>.cs</c> files of <paramref name="directory"/>, as paths that start with it, in ordinal order.</summary>
    public static IReadOnlyList<string> SourceFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsExcluded(Path.GetRelativePath(directory, f)))
            .Order(StringComparer.Ordinal)
            .ToArray();

    public static SourceCompilation Compile(string directory, string? cacheDirectory, CompiledSourceCache cache)
    {
        var files = SourceFiles(directory)
            .Select(f => (Path: f, Relative: Path.GetRelativePath(directory, f), Bytes: File.ReadAllBytes(f)))
            .ToArray();
        var assemblyName = AssemblyNameFor(directory);
        var hash = Hash(assemblyName, files.Select(f => (f.Relative, f.Bytes)));
        if (cache.TryGet(hash, cacheDirectory, out var cached))
        {
            return new SourceCompilation(assemblyName, cached.Image, [], cached.Warnings, FromCache: true);
        }

        var relativeByPath = files.ToDictionary(f => f.Path, f => f.Relative, StringComparer.Ordinal);
        var texts = files.Select(f => (f.Path, Text: SourceText.From(f.Bytes, f.Bytes.Length, Encoding.UTF8, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: false, canBeEmbedded: true))).ToArray();
        var trees = texts
            .Select(t => CSharpSyntaxTree.ParseText(t.Text, ParseOptions, t.Path))
            .Append(CSharpSyntaxTree.ParseText(SourceText.From(ImplicitUsings, Encoding.UTF8), ParseOptions, "<implicit usings>"))
            .ToArray();

        var compilation = CSharpCompilation.Create(assemblyName, trees, PluginReferences.All, CompilationOptions);
        using var image = new MemoryStream();
        var result = compilation.Emit(
            image,
            options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded),
            embeddedTexts: texts.Select(t => EmbeddedText.FromSource(t.Path, t.Text)));

        // The allow-list check reads the same compilation; its refusals are errors like the compiler's, so the image is
        // dropped and the folder reported with every problem at once.
        var confinement = SourceConfinement.Check(compilation);
        var diagnostics = result.Diagnostics
            .Concat(confinement)
            .Where(d => !d.IsSuppressed && d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            .Select(d => ToSourceDiagnostic(d, relativeByPath))
            .OrderBy(d => d.RelativePath, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToArray();
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        var warnings = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).ToArray();
        if (!result.Success || errors.Length > 0)
        {
            return new SourceCompilation(assemblyName, null, errors, warnings, FromCache: false);
        }

        var bytes = image.ToArray();
        cache.Store(hash, new CachedImage(bytes, warnings), cacheDirectory);
        return new SourceCompilation(assemblyName, bytes, [], warnings, FromCache: false);
    }

    private static CSharpCompilationOptions CompilationOptions { get; } = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        deterministic: true,
        // Unsafe code is refused by the confinement check (SMP0007) with its own message and help page, rather than by
        // CS0227, whose advice (compile with /unsafe) a plugin author cannot follow.
        allowUnsafe: true);

    private static bool IsExcluded(string relativePath)
    {
        var segments = relativePath.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
        return segments[..^1].Any(s => s.StartsWith('.') || s.Equals("bin", StringComparison.OrdinalIgnoreCase) || s.Equals("obj", StringComparison.OrdinalIgnoreCase));
    }

    private static SourceDiagnostic ToSourceDiagnostic(Diagnostic diagnostic, IReadOnlyDictionary<string, string> relativeByPath)
    {
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (diagnostic.Location.IsInSource)
        {
            var span = diagnostic.Location.GetLineSpan();
            if (relativeByPath.TryGetValue(span.Path, out var relative))
            {
                return new SourceDiagnostic(relative, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, diagnostic.Severity, diagnostic.Id, message);
            }
        }

        return new SourceDiagnostic(null, 0, 0, diagnostic.Severity, diagnostic.Id, message);
    }

    /// <summary>A readable, stable assembly name from the folder's name (it appears in stack traces).</summary>
    private static string AssemblyNameFor(string directory)
    {
        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        var safe = new string(folder.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '_').ToArray()).Trim('.');
        return "SupervisionModels.SourcePlugin." + (safe.Length == 0 ? "plugin" : safe);
    }

    private static string Hash(string assemblyName, IEnumerable<(string Relative, byte[] Bytes)> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(text));
            sha.AppendData([0]);
        }

        Add(CacheFormat);
        Add(PluginReferences.Fingerprint);
        Add(assemblyName);
        foreach (var (relative, bytes) in files)
        {
            // Separators normalised so that the same folder hashes the same on Windows and Linux.
            Add(relative.Replace('\\', '/'));
            Add(bytes.Length.ToString(CultureInfo.InvariantCulture));
            sha.AppendData(bytes);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
