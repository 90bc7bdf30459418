using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using SupervisionModels.Cli.Ui;
using SupervisionModels.Datasets.Generator;
using SupervisionModels.Text;
using SupervisionModels.Text.Data;
using SupervisionModels.Text.Evaluation;

namespace SupervisionModels.Cli.Commands;

/// <summary><c>supervise classifier train|evaluate --model ID</c>: the text classifiers that assist keyword matching.</summary>
internal static class ClassifierCommand
{
    /// <summary>The share of the real texts kept out of training, so their AUC is measured on unseen text.</summary>
    private const double RealHeldOut = 1.0 / 3;
    private const int SplitSeed = 20231;

    public static Command Create(ConsoleUi ui)
    {
        var command = new Command("classifier", "Train and evaluate the text classifiers that assist keyword matching.");
        command.Subcommands.Add(Train(ui));
        command.Subcommands.Add(Evaluate(ui));
        return command;
    }

    private static readonly Option<string> ModelOption = new("--model") { Description = "The model id (SM0001, SM0002, SM0003).", Required = true };
    private static readonly Option<string[]> LabelledOption = new("--labelled") { Description = $"Labelled text written by `datasets generate`: its data folder (the texts in DATA/{GeneratorOptions.LabelledTextFolder}), or a Parquet folder or file of labelled texts.", AllowMultipleArgumentsPerToken = true };
    private static readonly Option<string?> RealOption = new("--real") { Description = "The real legal texts folder (default: ../shared/legal-texts beside the repository)." };

    private static Command Train(ConsoleUi ui)
    {
        var output = new Option<string?>("--out") { Description = "Where to write the classifier (default: models/classifiers/MODEL.zip in the source tree)." };
        var seed = new Option<int>("--seed") { Description = "Training seed.", DefaultValueFactory = _ => 1 };
        var command = new Command("train", "Train a model's classifier on generated labelled texts and two thirds of the real texts.") { ModelOption, LabelledOption, RealOption, output, seed };
        command.SetAction(async (parse, ct) =>
        {
            var modelId = parse.GetValue(ModelOption)!;
            var (generated, real) = await LoadAsync(parse, modelId, ct).ConfigureAwait(false);
            var (realTrain, _) = DataSplit.Split(real, RealHeldOut, SplitSeed);
            var data = generated.Concat(realTrain).ToArray();
            if (data.Length == 0 || data.All(d => d.Label) || data.All(d => !d.Label))
            {
                throw new UsageException($"no usable training data for {modelId}: give --labelled folders and/or real texts with both relevant and irrelevant examples.");
            }

            var trained = TextClassifierTrainer.Train(modelId, data, new TextClassifierOptions { Seed = parse.GetValue(seed) });
            var path = parse.GetValue(output) ?? ShippedClassifiers.SourcePath(modelId)
                ?? throw new UsageException("give --out: no models/classifiers folder was found above the working folder.");
            await trained.SaveAsync(path, ct).ConfigureAwait(false);
            ui.Line(FormattableString.Invariant($"{modelId}: trained on {data.Length:N0} texts ({generated.Count:N0} generated, {realTrain.Count:N0} real); training AUC {trained.TrainingMetrics.RocAuc:0.0000}; wrote {path} ({new FileInfo(path).Length / 1024.0:0.0} KB)."));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Evaluate(ConsoleUi ui)
    {
        var file = new Option<string?>("--classifier") { Description = "The classifier file (default: the shipped one)." };
        var command = new Command("evaluate", "Evaluate a model's classifier: on generated labelled texts (use another seed than training) and on the held-out third of the real texts.") { ModelOption, LabelledOption, RealOption, file };
        command.SetAction(async (parse, ct) =>
        {
            var modelId = parse.GetValue(ModelOption)!;
            var path = parse.GetValue(file) ?? Path.Combine(ShippedClassifiers.Directory() ?? ".", modelId + ".zip");
            if (!File.Exists(path))
            {
                throw new UsageException($"{path}: no classifier; train one with `{ui.Suggest($"classifier train --model {modelId}")}`.");
            }

            using var classifier = MlTextClassifier.Load(MlTextClassifier.DefaultName(modelId), path);
            var (generated, real) = await LoadAsync(parse, modelId, ct).ConfigureAwait(false);
            var (_, realHeldOut) = DataSplit.Split(real, RealHeldOut, SplitSeed);
            var table = new Table().Border(TableBorder.Rounded).Title($"{modelId} classifier {path}")
                .AddColumns("data", "texts", "relevant", "ROC AUC", "precision", "recall", "F1");
            void Row(string name, IReadOnlyList<LabelledText> set)
            {
                if (set.Count == 0 || set.All(s => s.Label) || set.All(s => !s.Label))
                {
                    return;
                }

                var m = TextClassifierEvaluator.Evaluate(classifier, set);
                table.AddRow(name, I(m.Count), I(m.Positives), F(m.RocAuc), F(m.Precision), F(m.Recall), F(m.F1));
            }

            Row("generated (all kinds)", generated);
            Row("generated: paraphrase vs innocent keyword", generated.Where(g => g.Kind is LabelledTextKinds.ParaphraseNoKeyword or LabelledTextKinds.InnocentKeyword).ToArray());
            Row("real texts, held-out third", realHeldOut);
            ui.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<(IReadOnlyList<LabelledText> Generated, IReadOnlyList<LabelledText> Real)> LoadAsync(System.CommandLine.ParseResult parse, string modelId, CancellationToken ct)
    {
        var generated = new List<LabelledText>();
        foreach (var folder in parse.GetValue(LabelledOption) ?? [])
        {
            generated.AddRange((await LabelledTextParquet.ReadAsync(LabelledFolder(folder), ct).ConfigureAwait(false)).Where(t => t.ModelId == modelId));
        }

        var realDir = parse.GetValue(RealOption) ?? ShippedClassifiers.RealTexts();
        IReadOnlyList<LabelledText> real = realDir is null
            ? []
            : LegalTextCorpus.Label(await LegalTextCorpus.ReadAsync(realDir, ct).ConfigureAwait(false), modelId);
        return (generated, real);
    }

    /// <summary>
    /// The Parquet folder of labelled texts that <paramref name="path"/> names: a generated data folder means its
    /// labelled-text/labelled_text, a labelled-text folder its labelled_text; anything else is read as it is.
    /// </summary>
    internal static string LabelledFolder(string path)
    {
        var reserved = Path.Combine(path, GeneratorOptions.LabelledTextFolder);
        var folder = Directory.Exists(reserved) ? reserved : path;
        var parts = Path.Combine(folder, LabelledTextDataset);
        return Directory.Exists(parts) ? parts : folder;
    }

    /// <summary>The folder the generator writes the labelled-text part files to, inside the text folder.</summary>
    private const string LabelledTextDataset = "labelled_text";

    private static string I(int v) => v.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double v) => v.ToString("0.0000", CultureInfo.InvariantCulture);
}
