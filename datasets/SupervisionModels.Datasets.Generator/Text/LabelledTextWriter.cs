using System.Globalization;
using SupervisionModels.Datasets.Generator.Output;
using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.Text;

/// <summary>
/// Writes labelled text examples for the three models' classifiers into their own folder: fresh texts from the same
/// writers as the run data (but their own population and seed, so no example is a copy of a run-data text), a fixed
/// mix of kinds (35% keyword_hit and 15% paraphrase_no_keyword labelled 1; 25% innocent_keyword and 25% unrelated
/// labelled 0), each kind checked against the model's keyword set.
/// </summary>
internal static class LabelledTextWriter
{
    public static readonly string[] Models = ["SM0001", "SM0002", "SM0003"];

    public static async Task WriteAsync(int seed, ScaleProfile profile, string directory, Action<string, long, long> progress, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        var world = new World(seed ^ 0x7E57, ScaleProfile.For(Scale.Tiny), Difficulty.Easy); // only its names are used: the labelled texts do not depend on the difficulty
        var writer = new ExampleFactory(world);
        await using var sink = new DatasetSink<LabelledText>(directory, 16_384);
        var total = (long)profile.LabelledTextsPerModel * Models.Length;
        foreach (var model in Models)
        {
            for (var i = 0; i < profile.LabelledTextsPerModel; i++)
            {
                var rng = Rng.For(seed, "labelled-" + model, i);
                var bucket = i % 20;
                var kind = bucket < 7 ? "keyword_hit" : bucket < 10 ? "paraphrase_no_keyword" : bucket < 15 ? "innocent_keyword" : "unrelated";
                var (source, text) = writer.Example(model, kind, rng);
                await sink.AddAsync(new LabelledText
                {
                    ExampleId = string.Create(CultureInfo.InvariantCulture, $"{model}-{i:D6}"),
                    ModelId = model,
                    Source = source,
                    Kind = kind,
                    Label = kind is "keyword_hit" or "paraphrase_no_keyword" ? 1 : 0,
                    Split = Seeds.Derive(seed, "split-" + model, i) % 5 == 0 ? "test" : "train",
                    Text = text,
                }, ct).ConfigureAwait(false);
                progress("labelled_text", sink.Rows, total);
            }
        }

        await sink.CompleteAsync(ct).ConfigureAwait(false);
    }
}
