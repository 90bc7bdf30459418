using SupervisionModels.BuiltIn;

namespace SupervisionModels.Models.Tests;

/// <summary>
/// The help pages say what the code says: the parameter table, the lead condition and the rule tables of each
/// models/docs/SM000N.md are generated from the model (<see cref="HelpPageGenerator"/>), and this test fails when the
/// committed page differs from what the code gives. The prose around them stays hand-written.
/// </summary>
public sealed class HelpPageTests
{
    /// <summary>Set to 1 to rewrite the pages instead of failing (see <see cref="RegenerateCommand"/>).</summary>
    private const string WriteVariable = "SUPERVISE_WRITE_HELP_PAGES";

    private const string RegenerateCommand = $"{WriteVariable}=1 dotnet test tests/SupervisionModels.Models.Tests --filter FullyQualifiedName~HelpPageTests";

    public static TheoryData<string> ModelIds() => new(BuiltIn().Select(m => m.Descriptor.Id));

    [Theory]
    [MemberData(nameof(ModelIds))]
    public void HelpPage_GeneratedSections_AreWhatTheCodeGives(string id)
    {
        var model = BuiltIn().Single(m => m.Descriptor.Id == id);
        var path = Path.Combine(RepositoryRoot(), "models", "docs", id + ".md");
        var committed = File.ReadAllText(path);

        var generated = HelpPageGenerator.Regenerate(committed, RegisteredFacts.Of(model), $"models/docs/{id}.md");

        if (generated != committed && Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            File.WriteAllText(path, generated);
            committed = generated;
        }

        Assert.True(generated == committed, $"models/docs/{id}.md differs from the code ({FirstDifference(committed, generated)}). Regenerate it: {RegenerateCommand}");
    }

    [Theory]
    [MemberData(nameof(ModelIds))]
    public void HelpPage_Embedded_IsTheCommittedPage_WithoutItsMarkers(string id)
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot(), "models", "docs", id + ".md")).ReplaceLineEndings("\n").Split('\n');

        var embedded = HelpPages.For(id);

        Assert.Equal(string.Join('\n', committed.Where(l => !HelpPageGenerator.IsMarker(l))), embedded);
        Assert.Contains("<!-- generated:params -->", committed);
        Assert.DoesNotContain("generated:", embedded, StringComparison.Ordinal);
    }

    [Fact]
    public void Facts_OfSM0001_AreItsCode()
    {
        var facts = RegisteredFacts.Of(new SupervisionModels.BuiltIn.PlateAuctionFakeLitigation.PlateAuctionFakeLitigationModel());

        Assert.Equal(60, facts.MinScore);
        Assert.Equal(["R1", "R4", "R5"], facts.RequiredRules);
        Assert.Equal("min-score", facts.MinScoreParameter?.Name);
        Assert.Equal(["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10", "R1", "R2", "R3", "R4", "R5", "R6", "R7"], facts.Rules.Select(r => r.Id));
        Assert.Equal(new double?[] { 10, 25, 10, 25, 10, 5, 5 }, facts.Rules.Where(r => r.Id.StartsWith('R')).Select(r => r.Weight));
        Assert.All(facts.Rules.Where(r => r.Id.StartsWith('S')), r => Assert.Null(r.Weight));
        Assert.Equal("同一原告在筛查文书中作为原告起诉 ≥ 2 件", facts.Rules.Single(r => r.Id == "R1").Description);
    }

    /// <summary>
    /// The keyword figures SM0001's page gives in prose, measured again: the article's four words (the first four of the
    /// generator's vocabulary), the generator's eleven, and the model's default set, over the real case texts.
    /// </summary>
    [Fact]
    public void HelpPage_SM0001KeywordFigures_AreMeasuredOnTheRealTexts()
    {
        var root = RepositoryRoot();
        var model = new SupervisionModels.BuiltIn.PlateAuctionFakeLitigation.PlateAuctionFakeLitigationModel();
        var defaults = ((KeywordParameter)model.Parameters.Single(p => p.Name == "keywords")).Default.Terms;
        var eleven = Datasets.Generator.Text.Keywords.PlateAuction;
        var relevant = Texts(root, "cat1_false_litigation_vehicle_loan");
        var unrelated = Texts(root, "negatives_random");
        // Chinese prose breaks lines without a space: joined, the page reads as one text.
        var page = File.ReadAllText(Path.Combine(root, "models", "docs", "SM0001.md")).ReplaceLineEndings(string.Empty);

        Assert.Equal(11, eleven.Count);
        Assert.Equal(17, defaults.Count);
        Assert.Equal(eleven, defaults.Take(11));
        Assert.Contains($"四个词只命中 {relevant.Length} 篇虚假诉讼/借贷类文书中的 {Figure(eleven.Take(4), relevant)}", page, StringComparison.Ordinal);
        Assert.Contains($"十一个词命中 {Figure(eleven, relevant)}", page, StringComparison.Ordinal);
        Assert.Contains($"默认的十七个词命中{Figure(defaults, relevant)}", page, StringComparison.Ordinal);
        Assert.Contains($"{unrelated.Length} 篇无关文书只命中 {Figure(defaults, unrelated)}", page, StringComparison.Ordinal);
    }

    private static string Figure(IEnumerable<string> terms, string[] texts)
    {
        var matcher = new Runtime.Text.KeywordMatcher(terms.ToArray());
        var hits = texts.Count(t => matcher.ContainsAny(Runtime.Text.KeywordMatcher.Fold(t)));
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{hits} 篇（{100.0 * hits / texts.Length:0.0}%）");
    }

    private static string[] Texts(string root, string category) =>
        File.ReadLines(Path.Combine(root, "tests", "Fixtures", "legal-texts", category + ".jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .ToArray();

    private static SupervisionModel[] BuiltIn() =>
        BuiltInModels.Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsPublic: true } && t.IsSubclassOf(typeof(SupervisionModel)))
            .Select(t => (SupervisionModel)Activator.CreateInstance(t)!)
            .OrderBy(m => m.Descriptor.Id, StringComparer.Ordinal)
            .ToArray();

    private static string FirstDifference(string committed, string generated)
    {
        var a = committed.ReplaceLineEndings("\n").Split('\n');
        var b = generated.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end of page)";
            var right = i < b.Length ? b[i] : "(end of page)";
            if (left != right)
            {
                return $"line {i + 1}: the page has '{left}', the code gives '{right}'";
            }
        }

        return "line endings only";
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupervisionModels.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No SupervisionModels.sln above {AppContext.BaseDirectory}: the test reads the committed help pages from the repository.");
    }
}
