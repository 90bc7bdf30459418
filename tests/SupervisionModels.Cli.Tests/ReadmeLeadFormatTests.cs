using System.Text.Json;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli.Tests;

/// <summary>
/// The README's lead-format example is a lead that <c>supervise</c> really writes on the committed sample: the same id,
/// subject, score, rank, rules with their weights and amounts, and evidence records (excerpts may be shortened with …).
/// </summary>
public sealed class ReadmeLeadFormatTests
{
    [Fact]
    public async Task LeadFormatExample_IsALeadTheSampleRunWrites()
    {
        var root = RepositoryRoot();
        using var example = JsonDocument.Parse(ExampleJson(File.ReadAllText(Path.Combine(root, "README.md"))));
        var shown = example.RootElement;
        using var temp = new TempFolder();
        var leadsFile = temp.Combine("leads.jsonl");
        var cli = new CliHarness();
        var modelId = shown.GetProperty("modelId").GetString()!;

        var exit = await cli.RunAsync("run", "--data", Path.Combine(root, "datasets", "sample"), "--models", modelId, "--out", leadsFile);

        Assert.True(exit == 0, cli.Error);
        var leadId = shown.GetProperty("leadId").GetString()!;
        var lead = (await LeadJson.ReadAsync(leadsFile, TestContext.Current.CancellationToken)).SingleOrDefault(l => l.LeadId == leadId);
        Assert.True(lead is not null, $"README 'Lead format': the sample run writes no lead {leadId}");
        using var written = JsonDocument.Parse(JsonSerializer.Serialize(lead, LeadJson.Options));
        var real = written.RootElement;

        foreach (var field in new[] { "modelId", "modelVersion", "subject", "score", "rank", "rules", "amount" })
        {
            Assert.True(JsonElement.DeepEquals(real.GetProperty(field), shown.GetProperty(field)), $"README 'Lead format': {field} is {shown.GetProperty(field)}, the run writes {real.GetProperty(field)}");
        }

        foreach (var evidence in shown.GetProperty("evidence").EnumerateArray())
        {
            var key = evidence.GetProperty("recordKey").GetString()!;
            var match = real.GetProperty("evidence").EnumerateArray().FirstOrDefault(e =>
                e.GetProperty("recordKey").GetString() == key && e.GetProperty("ruleId").GetString() == evidence.GetProperty("ruleId").GetString());
            Assert.True(match.ValueKind == JsonValueKind.Object, $"README 'Lead format': no evidence {key} for {evidence.GetProperty("ruleId")}");
            foreach (var property in evidence.EnumerateObject().Where(p => p.Name != "excerpt"))
            {
                Assert.True(JsonElement.DeepEquals(match.GetProperty(property.Name), property.Value), $"README 'Lead format': evidence {key} {property.Name} is {property.Value}, the run writes {match.GetProperty(property.Name)}");
            }

            if (evidence.TryGetProperty("excerpt", out var excerpt))
            {
                // The README may shorten an excerpt: each piece between the … must be in the real one.
                var pieces = excerpt.GetString()!.Split('…', StringSplitOptions.RemoveEmptyEntries);
                Assert.All(pieces, p => Assert.Contains(p, match.GetProperty("excerpt").GetString()!, StringComparison.Ordinal));
            }
        }
    }

    /// <summary>The ```json block of the README's "Lead format" section.</summary>
    private static string ExampleJson(string readme)
    {
        var lines = readme.ReplaceLineEndings("\n").Split('\n');
        var section = Array.IndexOf(lines, "## Lead format");
        Assert.True(section >= 0, "README.md has no '## Lead format' section");
        var start = Array.FindIndex(lines, section, l => l.Trim() == "```json");
        var end = Array.FindIndex(lines, start + 1, l => l.Trim() == "```");
        Assert.True(start > section && end > start, "README 'Lead format' has no ```json block");
        return string.Join('\n', lines[(start + 1)..end]);
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

        throw new InvalidOperationException($"No SupervisionModels.sln above {AppContext.BaseDirectory}: the test reads the repository's README.md.");
    }
}
