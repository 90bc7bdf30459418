using SupervisionModels.Models.MinorsNitrousOxide;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Facts;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Models.Tests.MinorsNitrousOxide;

/// <summary>
/// SM0002 on the committed sample (datasets/sample: tiny generated data with its truth and decoy files), keywords alone:
/// no decoy may become a lead, and the planted leads must be found and ranked first.
/// </summary>
public sealed class SampleDatasetTests
{
    /// <summary>Skips when the checkout has no committed sample (it is generated and committed separately).</summary>
    private sealed class SampleFactAttribute : FactAttribute
    {
        public SampleFactAttribute()
        {
            if (SampleFolder() is null)
            {
                Skip = "datasets/sample is not committed in this checkout.";
            }
        }
    }

    [SampleFact]
    public async Task CommittedSample_KeywordsAlone_FindsThePlantedLeads_AndNoDecoy()
    {
        var sample = SampleFolder()!;

        var run = new ModelRun(new MinorsNitrousOxideModel())
        {
            ParameterValues = new Dictionary<string, object>(StringComparer.Ordinal) { ["use-classifier"] = false },
        };
        var result = await new SupervisionEngine().RunAsync([run], new ParquetFactSource(sample) { HashFiles = false });
        var truth = (await LeadEvaluation.ReadTruthAsync(Path.Combine(sample, "truth.jsonl"))).Where(t => t.ModelId == ModelIds.MinorsNitrousOxide).ToArray();
        var decoys = File.Exists(Path.Combine(sample, "decoys.jsonl"))
            ? (await LeadEvaluation.ReadTruthAsync(Path.Combine(sample, "decoys.jsonl"))).Where(t => t.ModelId == ModelIds.MinorsNitrousOxide).ToArray()
            : [];
        var q = LeadEvaluation.Evaluate(result.Leads, truth).Single(m => m.ModelId == ModelIds.MinorsNitrousOxide);
        var detail = $"planted {q.Planted}, found {q.Found}, recall {q.Recall:0.000}, P@planted {q.PrecisionAtPlanted:0.000}; " +
            $"missed [{string.Join("; ", q.Missed.Select(m => m.SubjectKey + " " + m.Role))}], not planted [{string.Join("; ", q.FalsePositives.Select(f => f.Subject.Key + " " + f.Subject.Role))}]";

        Assert.True(q.Planted > 0, detail);
        Assert.True(q.Recall >= 0.8, detail); // paraphrased texts are the classifier's to find
        Assert.True(q.PrecisionAtPlanted >= 0.9, detail);
        Assert.DoesNotContain(result.Leads, l => decoys.Any(d => d.SubjectKey == l.Subject.Key && d.Role == l.Subject.Role));
    }

    private static string? SampleFolder()
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
