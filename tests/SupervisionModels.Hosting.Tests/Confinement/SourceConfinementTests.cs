using SupervisionModels.Hosting.Catalog;
using SupervisionModels.Hosting.Confinement;
using SupervisionModels.Hosting.Tests.Support;

namespace SupervisionModels.Hosting.Tests.Confinement;

/// <summary>
/// One test per banned category, analyzer style: a tiny source written in the test, each refusal marked where it
/// must be reported (<c>{|SMP0002:ReadAllText|}</c>), and the model does not load.
/// </summary>
public sealed class SourceConfinementTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Compile_FileSystem_ReportsSMP0002()
    {
        Verify("""
            public static class Sneaky
            {
                public static string Passwords() => System.IO.File.{|SMP0002:ReadAllText|}("/etc/passwd");

                public static void Print(string text) => System.Console.{|SMP0002:WriteLine|}(text);

                public static object Open() => new System.IO.{|SMP0002:FileStream|}("x", System.IO.FileMode.{|SMP0002:Open|});
            }
            """);
    }

    [Fact]
    public void Compile_Network_ReportsSMP0003()
    {
        Verify("""
            public static class Sneaky
            {
                public static object Client() => new System.Net.Http.{|SMP0003:HttpClient|}();

                public static object Socket() => new System.Net.Sockets.{|SMP0003:TcpClient|}("example.org", 80);
            }
            """);
    }

    [Fact]
    public void Compile_Process_ReportsSMP0004()
    {
        Verify("""
            public static class Sneaky
            {
                public static void Shell() => System.Diagnostics.Process.{|SMP0004:Start|}("/bin/sh", "-c id");
            }
            """);
    }

    [Fact]
    public void Compile_Environment_ReportsSMP0005()
    {
        Verify("""
            public static class Sneaky
            {
                public static string? Home() => System.Environment.{|SMP0005:GetEnvironmentVariable|}("HOME");

                public static string User() => System.Environment.{|SMP0005:UserName|} + System.Environment.NewLine;
            }
            """);
    }

    [Fact]
    public void Compile_Reflection_ReportsSMP0006()
    {
        Verify("""
            public static class Sneaky
            {
                public static object? ByName() => System.Type.{|SMP0006:GetType|}("System.IO.File");

                public static object Assembly() => typeof(string).{|SMP0006:Assembly|};

                public static object Runtime(object o) => o.{|SMP0006:GetType|}();

                public static object? Create() => System.Activator.{|SMP0006:CreateInstance|}(typeof(object));

                public static object Late() { {|SMP0006:dynamic|} d = "x"; return d; }

                public static object Tree() => System.Linq.Expressions.Expression.{|SMP0006:Call|}(System.Linq.Expressions.Expression.Constant("x"), "GetType", null);
            }
            """);
    }

    [Fact]
    public void Compile_Unsafe_ReportsSMP0007()
    {
        Verify("""
            public static class Sneaky
            {
                public static {|SMP0007:unsafe|} int Peek({|SMP0007:int*|} p) => *p;

                public static int Pin(int[] values)
                {
                    {|SMP0007:unsafe|}
                    {
                        {|SMP0007:fixed|} ({|SMP0007:int*|} p = values)
                        {
                            return *p;
                        }
                    }
                }
            }
            """);
    }

    [Fact]
    public void Compile_PInvoke_ReportsSMP0008()
    {
        Verify("""
            public static class Sneaky
            {
                [System.Runtime.InteropServices.{|SMP0008:DllImport|}("libc")]
                private static {|SMP0008:extern|} int getpid();

                public static {|SMP0007:unsafe|} int Call({|SMP0008:delegate* unmanaged<int>|} f) => f();
            }
            """);
    }

    [Fact]
    public void Compile_Threads_ReportsSMP0009()
    {
        Verify("""
            public static class Sneaky
            {
                public static void Spawn() => new System.Threading.{|SMP0009:Thread|}(() => { }).{|SMP0009:Start|}();

                public static object Later() => System.Threading.Tasks.Task.{|SMP0009:Run|}(() => 1);

                public static void Pool() => System.Threading.ThreadPool.{|SMP0009:QueueUserWorkItem|}(_ => { });
            }
            """);
    }

    [Fact]
    public void Compile_GcAndMarshal_ReportsSMP0010()
    {
        Verify("""
            public static class Sneaky
            {
                public static void Collect() => System.GC.{|SMP0010:Collect|}();

                public static void Raw() => System.Runtime.InteropServices.Marshal.{|SMP0010:AllocHGlobal|}(8);
            }
            """);
    }

    [Fact]
    public void Compile_EnvironmentExitInInitialize_ReportsSMP0011()
    {
        // The hostile plugin of issue 12: Exit(0) in Initialize ended the run with exit 0 and no output.
        Verify("""
            using SupervisionModels.Models;

            public sealed class Quitter : SupervisionModel
            {
                public override ModelDescriptor Descriptor { get; } = new("USR0002", "退出", ModelCategory.Civil, "1.0.0", "退出进程");

                public override void Initialize(IModelContext context)
                {
                    System.Environment.{|SMP0011:Exit|}(0);
                    System.Environment.{|SMP0011:FailFast|}("bye");
                }
            }
            """);
    }

    [Fact]
    public void Compile_NotOnTheAllowList_ReportsGenericSMP0001()
    {
        // An allow-list, not a deny-list: an API in no banned category is still refused.
        Verify("""
            public static class Sneaky
            {
                public static int Dice() => System.Random.{|SMP0001:Shared|}.{|SMP0001:Next|}();

                public static string Json(object o) => System.Text.Json.JsonSerializer.{|SMP0001:Serialize|}(o);
            }
            """);
    }

    [Fact]
    public void Compile_BannedBaseTypeAndAttribute_Reported()
    {
        Verify("""
            public sealed class Leaky : System.IO.{|SMP0002:MemoryStream|}
            {
            }

            [System.Diagnostics.{|SMP0001:Conditional|}("DEBUG")]
            public sealed class MarkedAttribute : System.Attribute
            {
            }
            """);
    }

    [Fact]
    public void Compile_Refusal_MessageNamesMemberCategoryAndHelpPage()
    {
        //Arrange
        var folder = PluginFolder("message", "public static class Sneaky\n{\n    public static void Shell() => System.Diagnostics.Process.Start(\"/bin/sh\");\n}\n");

        //Act
        var e = Assert.Throws<ModelLoadException>(() => new ModelCatalogBuilder().AddSourceDirectory(folder).Build());

        //Assert
        Assert.Equal(
            $"{Path.Combine(folder, "Sneaky.cs")}:3:62: error SMP0004: processes: 'System.Diagnostics.Process.Start(string)' may not be used by a model plugin; see models/docs/plugins/README.md#smp0004",
            Assert.Single(e.Errors).Message);
    }

    [Fact]
    public void Compile_AllowedPluginUsingLinqRegexAndDates_Loads()
    {
        //Arrange: collections, LINQ (methods and query syntax), regex, dates, culture, math, StringBuilder
        var folder = PluginFolder("allowed", """
            using System.Globalization;
            using System.Text;
            using System.Text.RegularExpressions;

            public static class Helpers
            {
                private static readonly Regex YearPattern = new(@"\d{4}", RegexOptions.CultureInvariant);

                private static Match Year(string text) => YearPattern.Match(text);

                public static int Recent(IEnumerable<string> texts, DateOnly since)
                {
                    var years = from t in texts
                                let m = Year(t)
                                where m.Success
                                select int.Parse(m.Value, CultureInfo.InvariantCulture);
                    var counts = new Dictionary<int, int>();
                    foreach (var y in years.Where(y => y >= since.Year))
                    {
                        counts[y] = counts.GetValueOrDefault(y) + 1;
                    }

                    var text = new StringBuilder().Append(DateTime.UtcNow.ToString("yyyy", CultureInfo.InvariantCulture)).ToString();
                    return Math.Max(counts.Values.Sum(), text.Length - 4) + (int)TimeSpan.FromDays(1).TotalDays - 1
                        + (Regex.IsMatch(text, "^[0-9]+$") ? 0 : 1) + string.Join(",", counts.Keys.Order()).Length * 0;
                }
            }
            """);

        //Act
        using var catalog = new ModelCatalogBuilder().AddSourceDirectory(folder).Build();

        //Assert
        Assert.Equal("USR0001", Assert.Single(catalog.Models).Id);
        Assert.Empty(catalog.Warnings);
    }

    [Fact]
    public void Catalogue_EveryIdHasItsSectionOnTheHelpPage()
    {
        var page = File.ReadAllText(Path.Combine(SupervisionModels.TestSupport.FixtureFiles.RepositoryRoot, ConfinementRule.HelpPage));

        Assert.Equal(ConfinementRules.All.Count, ConfinementRules.All.Select(r => r.Id).Distinct().Count());
        Assert.All(ConfinementRules.All, r => Assert.Contains($"## {r.Id} ", page, StringComparison.Ordinal));
        Assert.Equal(
            ConfinementRules.All.Select((_, i) => $"SMP{i + 1:0000}"),
            ConfinementRules.All.Select(r => r.Id));
    }

    /// <summary>Writes the marked source beside a valid model, loads the folder, and compares the refusals in that file with the marks.</summary>
    private void Verify(string markup)
    {
        //Arrange
        var (source, expected) = ConfinementMarkup.Parse(markup);
        var folder = PluginFolder(Guid.NewGuid().ToString("N")[..8], source);

        //Act
        var e = Assert.Throws<ModelLoadException>(() => new ModelCatalogBuilder().AddSourceDirectory(folder).Build());

        //Assert: exactly the marked refusals, and no other error
        var messages = e.Errors.Select(x => x.Message).ToArray();
        Assert.Equal(expected, ConfinementMarkup.Refusals(messages, Path.Combine(folder, "Sneaky.cs")));
        Assert.All(messages, m => Assert.Contains(": error SMP", m, StringComparison.Ordinal));
    }

    private string PluginFolder(string name, string source)
    {
        var folder = _temp.Folder(name);
        _temp.Write(Path.Combine(name, "Model.cs"), PluginSources.Model("Valid", "USR0001"));
        _temp.Write(Path.Combine(name, "Sneaky.cs"), source);
        return folder;
    }
}
