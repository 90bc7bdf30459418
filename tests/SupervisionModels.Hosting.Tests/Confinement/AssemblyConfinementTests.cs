using SupervisionModels.Hosting.Catalog;
using SupervisionModels.Hosting.Confinement;
using SupervisionModels.Hosting.Settings;
using SupervisionModels.Hosting.Tests.Support;

namespace SupervisionModels.Hosting.Tests.Confinement;

/// <summary>Plugin DLLs are checked from their metadata before loading, and refused unless the settings trust that build by SHA-256.</summary>
public sealed class AssemblyConfinementTests : IDisposable
{
    private const string PInvoke = """
        public static class Native
        {
            [System.Runtime.InteropServices.DllImport("libc")]
            public static extern int getpid();
        }
        """;

    private const string ReadsFiles = """
        public static class Files
        {
            public static string Passwords() => System.IO.File.ReadAllText("/etc/passwd");
        }
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Dll(string folder, string name, string extra) =>
        PluginCompiler.CompileDll(Path.Combine(_temp.Folder(folder), name + ".dll"), name, null, PluginSources.Model("Model", "ACME0001"), extra);

    [Fact]
    public void Load_DllWithPInvoke_RefusedWithItsHashAndTheSettingsLineToAdd()
    {
        //Arrange
        var dll = Dll("pinvoke", "Acme.Native", PInvoke);
        var hash = TrustedAssembly.HashOf(dll);

        //Act
        var e = Assert.Throws<ModelLoadException>(() => new ModelCatalogBuilder().AddPluginDirectory(Path.GetDirectoryName(dll)!).Build());

        //Assert: [DllImport] is a flag in metadata, not an attribute; the P/Invoke table names the import
        Assert.Equal(
            [
                $"{dll}: error SMP0008: native code (P/Invoke, function pointers): 'libc!getpid (P/Invoke)' may not be used by a model plugin; see models/docs/plugins/README.md#smp0008",
                $"plugin DLL {dll}: refused: it uses 1 API(s) outside the plugin allow-list (above). If you trust this build, add to the settings file of the run (DATA/supervise.settings.json or --settings FILE):\n  \"trust\": [ {{ \"file\": \"Acme.Native.dll\", \"sha256\": \"{hash}\" }} ]",
            ],
            e.Errors.Select(x => x.Message));
    }

    [Fact]
    public void Load_DllReadingFiles_RefusedThenTrustedByHash_Loads()
    {
        //Arrange
        var dll = Dll("files", "Acme.Files", ReadsFiles);
        var folder = Path.GetDirectoryName(dll)!;

        //Act: refused first
        var e = Assert.Throws<ModelLoadException>(() => new ModelCatalogBuilder().AddPluginDirectory(folder).Build());

        //Assert
        Assert.Contains(e.Errors, x => x.Message == $"{dll}: error SMP0002: file system and console: 'System.IO.File.ReadAllText' may not be used by a model plugin; see models/docs/plugins/README.md#smp0002");

        //Act: trusted by the hash the refusal printed, through a settings file
        var hash = TrustedAssembly.HashOf(dll);
        Assert.Contains(hash, e.Message, StringComparison.Ordinal);
        var settings = _temp.Write("supervise.settings.json", $$"""{ "trust": [ { "file": "ACME.Files.dll", "sha256": "{{hash.ToUpperInvariant()}}" } ] }""");
        var options = new ModelLoaderOptions { TrustedAssemblies = RunSettings.ReadTrust(settings), TrustSource = settings };
        using var catalog = new ModelCatalogBuilder(options).AddPluginDirectory(folder).Build();

        //Assert: loaded, and what it can do is still said, as warnings
        Assert.Equal("ACME0001", Assert.Single(catalog.Models).Id);
        Assert.Equal(
            [
                $"plugin DLL {dll}: loaded because the settings trust it (SHA-256 {hash}); it uses 2 API(s) outside the plugin allow-list:",
                $"{dll}: warning SMP0002: file system and console: 'System.IO.File' may not be used by a model plugin; see models/docs/plugins/README.md#smp0002",
                $"{dll}: warning SMP0002: file system and console: 'System.IO.File.ReadAllText' may not be used by a model plugin; see models/docs/plugins/README.md#smp0002",
            ],
            catalog.Warnings);
    }

    [Fact]
    public void Load_TrustedHashOfAnotherBuild_Refused()
    {
        var dll = Dll("other", "Acme.Other", ReadsFiles);
        var options = new ModelLoaderOptions { TrustedAssemblies = [new TrustedAssembly("Acme.Other.dll", new string('0', 64))], TrustSource = "s.json" };

        var e = Assert.Throws<ModelLoadException>(() => new ModelCatalogBuilder(options).AddPluginAssembly(dll).Build());

        Assert.Contains($"The settings trust another build of Acme.Other.dll (SHA-256 {new string('0', 64)}); this one differs. If you trust this build, add to s.json:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DllUsingOnlyTheAllowList_LoadsWithoutTrust()
    {
        // Records, LINQ, regex, dates, interpolation, expression trees (the fluent API): what compilers emit for models.
        var dll = Dll("clean", "Acme.Clean", """
            using System.Globalization;
            using System.Text.RegularExpressions;

            public sealed record Hit(string Name, DateOnly Day);

            public static class Helpers
            {
                public static string Summary(IEnumerable<Hit> hits) =>
                    string.Join(",", hits.Where(h => Regex.IsMatch(h.Name, "^[张李]")).OrderBy(h => h.Day).Select(h => $"{h.Name}@{h.Day.ToString("O", CultureInfo.InvariantCulture)}"));

                public static System.Linq.Expressions.Expression<Func<Hit, bool>> Recent(DateOnly since) => h => h.Day >= since && h.Name.Length > 1;
            }
            """);

        using var catalog = new ModelCatalogBuilder().AddPluginAssembly(dll).Build();

        Assert.Equal("ACME0001", Assert.Single(catalog.Models).Id);
        Assert.Empty(catalog.Warnings);
    }

    [Fact]
    public void Load_DependencyBesideThePluginReadsFiles_RefusedNamingTheDependency()
    {
        // A dependency is loaded on demand by the plugin's context: it is plugin code, checked the same way.
        var folder = _temp.Folder("dependency");
        var helper = PluginCompiler.CompileDll(Path.Combine(folder, "Acme.Io.dll"), "Acme.Io", null, "namespace Acme.Io; " + ReadsFiles);
        var model = PluginSources.Model("Model", "ACME0001").Replace("\"插件模型 Model\"", "Acme.Io.Files.Passwords()", StringComparison.Ordinal);
        var dll = PluginCompiler.CompileDll(Path.Combine(folder, "Acme.Plugin.dll"), "Acme.Plugin", [Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(helper)], model);

        var e = Assert.Throws<ModelLoadException>(() => new ModelCatalogBuilder().AddPluginAssembly(dll).Build());

        Assert.Contains(e.Errors, x => x.Message == $"{dll}: error SMP0002: file system and console: 'Acme.Io.dll: System.IO.File.ReadAllText' may not be used by a model plugin; see models/docs/plugins/README.md#smp0002");
    }

    [Theory]
    [InlineData("""{ "trust": { "file": "a.dll" } }""", "s.json:1: 'trust' must be a list of")]
    [InlineData("""{ "trust": [ { "file": "a.dll", "sha256": "abc" } ] }""", "s.json:1: a trust entry must be")]
    [InlineData("""{ "trust": [ { "file": "dir/a.dll", "sha256": "0000000000000000000000000000000000000000000000000000000000000000" } ] }""", "s.json:1: a trust entry must be")]
    public void ReadTrust_BadEntry_ErrorNamesFileAndLine(string json, string expected)
    {
        var path = _temp.Write("s.json", json);

        var e = Assert.Throws<SettingsException>(() => RunSettings.ReadTrust(path));

        Assert.Contains(expected.Replace("s.json", path, StringComparison.Ordinal), e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"90s\"", 90)]
    [InlineData("\"10m\"", 600)]
    [InlineData("\"1h\"", 3600)]
    [InlineData("\"500ms\"", 0.5)]
    [InlineData("45", 45)]
    public void Parse_Timeout_ReadsDurations(string value, double seconds)
    {
        var settings = RunSettings.Parse($$"""{ "timeout": {{value}} }""", "s.json", []);

        Assert.Equal(TimeSpan.FromSeconds(seconds), settings.Timeout);
    }

    [Theory]
    [InlineData("\"0s\"")]
    [InlineData("\"-5m\"")]
    [InlineData("\"soon\"")]
    [InlineData("true")]
    public void Parse_BadTimeout_ErrorNamesFileAndLine(string value)
    {
        var e = Assert.Throws<SettingsException>(() => RunSettings.Parse($$"""{ "timeout": {{value}} }""", "s.json", []));

        Assert.StartsWith("s.json:1: 'timeout' must be a positive duration", e.Errors.Single(), StringComparison.Ordinal);
    }
}
