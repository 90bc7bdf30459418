using System.Runtime.CompilerServices;
using System.Text.Json;
using SupervisionModels.BuiltIn.JudicialAid;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Facts;

namespace SupervisionModels.Models.Tests.JudicialAid;

/// <summary>
/// The model over the committed generated sample (datasets/sample, tiny scale), scored against its truth.jsonl:
/// recall and precision at the number planted, matched on subject key and role.
/// </summary>
public sealed class JudicialAidSampleTests
{
    /// <summary>Skips when the repository has no committed sample (it is generated and committed separately).</summary>
    private sealed class SampleFactAttribute : FactAttribute
    {
        public SampleFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
            : base(sourceFilePath, sourceLineNumber)
        {
            if (SampleDirectory() is null)
            {
                Skip = "datasets/sample is not committed in this checkout.";
            }
        }
    }

    [SampleFact]
    public async Task CommittedSample_ReachesTheRecallAndPrecisionTargets()
    {
        var dir = SampleDirectory()!;
        var truth = File.ReadLines(Path.Combine(dir, "truth.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(e => e.GetProperty("modelId").GetString() == "SM0003")
            .Select(e => (Key: e.GetProperty("subjectKey").GetString()!, Role: e.GetProperty("role").GetString()!))
            .ToHashSet();
        Assert.NotEmpty(truth);

        var result = await new SupervisionEngine().RunAsync([new ModelRun(new JudicialAidModel())], new ParquetFactSource(dir));

        var leads = result.Leads.Where(l => l.ModelId == "SM0003").OrderBy(l => l.Rank).ToList();
        var found = leads.Count(l => truth.Contains((l.Subject.Key, l.Subject.Role)));
        var topK = leads.Take(truth.Count).Count(l => truth.Contains((l.Subject.Key, l.Subject.Role)));
        Assert.True(found >= 0.95 * truth.Count, $"recall {found}/{truth.Count}");
        Assert.True(topK >= 0.90 * truth.Count, $"precision at {truth.Count}: {topK}/{truth.Count}");
    }

    private static string? SampleDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupervisionModels.sln")))
            {
                var sample = Path.Combine(dir.FullName, "datasets", "sample");
                return File.Exists(Path.Combine(sample, "truth.jsonl")) ? sample : null;
            }
        }

        return null;
    }
}
