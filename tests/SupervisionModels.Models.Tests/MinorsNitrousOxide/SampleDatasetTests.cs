using System.Runtime.CompilerServices;
using SupervisionModels.Leads;
using SupervisionModels.BuiltIn.MinorsNitrousOxide;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Facts;
using SupervisionModels.Runtime.Leads;
using SupervisionModels.Runtime.Text;
using SupervisionModels.Text;
using SupervisionModels.BuiltIn;

namespace SupervisionModels.Models.Tests.MinorsNitrousOxide;

/// <summary>
/// SM0002 on the committed sample (datasets/sample: tiny generated data with its truth and decoy files), scored on
/// subject key and role: with keywords alone no decoy may become a lead; with the shipped classifier the targets hold,
/// and the classifier adds recall without losing precision.
/// </summary>
public sealed class SampleDatasetTests
{
    /// <summary>Skips when the checkout has no committed sample (it is generated and committed separately).</summary>
    private sealed class SampleFactAttribute : FactAttribute
    {
        public SampleFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
            : base(sourceFilePath, sourceLineNumber)
        {
            if (Repository("datasets", "sample", "truth.jsonl") is null)
            {
                Skip = "datasets/sample is not committed in this checkout.";
            }
        }
    }

    [SampleFact]
    public async Task CommittedSample_KeywordsAlone_FindsMostPlantedLeads_AndNoDecoy()
    {
        var (q, leads, decoys) = await RunAsync(classifier: null);

        Assert.True(q.Planted > 0, Describe(q));
        Assert.True(q.Recall >= 0.8, Describe(q)); // paraphrased texts are the classifier's to find
        Assert.True(q.PrecisionAtPlanted >= 0.9, Describe(q));
        Assert.DoesNotContain(leads, l => decoys.Any(d => d.SubjectKey == l.Subject.Key && d.Role == l.Subject.Role));
    }

    [SampleFact]
    public async Task CommittedSample_WithTheShippedClassifier_MeetsTheTargets_AndTheClassifierAddsRecall()
    {
        var file = Repository("models", "classifiers", ModelIds.MinorsNitrousOxide + ".zip");
        Assert.NotNull(file);
        using var classifier = MlTextClassifier.Load(MinorsNitrousOxideModel.ClassifierName, file);

        var (with, leads, decoys) = await RunAsync(classifier);
        var (without, _, _) = await RunAsync(classifier: null);

        Assert.True(with.Recall >= 0.95, Describe(with));
        Assert.True(with.PrecisionAtPlanted >= 0.9, Describe(with));
        Assert.True(with.Recall >= without.Recall && with.PrecisionAtPlanted >= without.PrecisionAtPlanted, $"with: {Describe(with)}; without: {Describe(without)}");
        Assert.DoesNotContain(leads, l => decoys.Any(d => d.SubjectKey == l.Subject.Key && d.Role == l.Subject.Role));
    }

    private static async Task<(ModelQuality Quality, IReadOnlyList<Lead> Leads, TruthLead[] Decoys)> RunAsync(ITextClassifier? classifier)
    {
        var sample = Path.GetDirectoryName(Repository("datasets", "sample", "truth.jsonl"))!;
        var run = new ModelRun(new MinorsNitrousOxideModel())
        {
            ParameterValues = new Dictionary<string, object>(StringComparer.Ordinal) { ["use-classifier"] = classifier is not null },
        };
        var engine = new SupervisionEngine(new EngineOptions { Classifiers = classifier is null ? [] : [classifier] });
        var result = await engine.RunAsync([run], new ParquetFactSource(sample) { HashFiles = false });
        var truth = (await LeadEvaluation.ReadTruthAsync(Path.Combine(sample, "truth.jsonl"))).Where(t => t.ModelId == ModelIds.MinorsNitrousOxide).ToArray();
        var decoys = File.Exists(Path.Combine(sample, "decoys.jsonl"))
            ? (await LeadEvaluation.ReadTruthAsync(Path.Combine(sample, "decoys.jsonl"))).Where(t => t.ModelId == ModelIds.MinorsNitrousOxide).ToArray()
            : [];
        return (LeadEvaluation.Evaluate(result.Leads, truth).Single(m => m.ModelId == ModelIds.MinorsNitrousOxide), result.Leads, decoys);
    }

    private static string Describe(ModelQuality q) =>
        $"planted {q.Planted}, found {q.Found}, recall {q.Recall:0.000}, P@planted {q.PrecisionAtPlanted:0.000}; " +
        $"missed [{string.Join("; ", q.Missed.Select(m => m.SubjectKey + " " + m.Role))}], not planted [{string.Join("; ", q.FalsePositives.Select(f => f.Subject.Key + " " + f.Subject.Role))}]";

    /// <summary>A file under the repository root (the folder holding SupervisionModels.sln), or null when it is not there.</summary>
    private static string? Repository(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupervisionModels.sln")))
            {
                var path = Path.Combine([dir.FullName, .. parts]);
                return File.Exists(path) ? path : null;
            }
        }

        return null;
    }
}
