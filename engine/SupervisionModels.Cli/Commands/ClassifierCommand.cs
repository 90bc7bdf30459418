using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using SupervisionModels.Cli.Ui;
using SupervisionModels.Datasets.Generator;
using SupervisionModels.Models;
using SupervisionModels.Text;
using SupervisionModels.Text.Data;
using SupervisionModels.Text.Evaluation;
using SupervisionModels.BuiltIn;

namespace SupervisionModels.Cli.Commands;

/// <summary><c>supervise classifier train|evaluate --model ID</c>: the text classifiers that assist keyword matching.</summary>
internal static class ClassifierCommand
{
    /// <summary>The engine's default thresholds, at which the shares of real texts are reported.</summary>
    private const double AcceptAbove = 0.9;
    private const double DemoteBelow = 0.2;

    public static Command Create(ConsoleUi ui)
    {
        var command = new Command("classifier", "Train and evaluate the text classifiers that assist keyword matching.");
        command.Subcommands.Add(Train(ui));
        command.Subcommands.Add(Evaluate(ui));
        return command;
    }

    private static readonly Option<string> ModelOption = new("--model") { Description = "The model id (SM0001, SM0002, SM0003).", Required = true };
    private static readonly Option<string[]> LabelledOption = new("--labelled") { Description = $"Labelled text written by `datasets generate`: its data folder (the texts in DATA/{GeneratorOptions.LabelledTextFolder}), or a Parquet folder or file of labelled texts.", AllowMultipleArgumentsPerToken = true };
    private static readonly Option<string?> RealOption = new("--real") { Description = "The real legal texts folder (default: tests/Fixtures/legal-texts in the source tree)." };

    private static Command Train(ConsoleUi ui)
    {
        var output = new Option<string?>("--out") { Description = "Where to write the classifier (default: models/classifiers/MODEL.zip in the source tree)." };
        var seed = new Option<int>("--seed") { Description = "Training seed.", DefaultValueFactory = _ => 1 };
        var dev = new Option<string[]>("--dev-labelled") { Description = "Labelled text of another seed (a generated data folder or a Parquet folder), for choosing the thresholds where the real development quarter has no text of a label.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("train", "Train a model's classifier on generated labelled texts and three quarters of the real training texts (split by record id); choose its thresholds on the rest and --dev-labelled.") { ModelOption, LabelledOption, RealOption, output, seed, dev };
        command.SetAction(async (parse, ct) =>
        {
            var modelId = parse.GetValue(ModelOption)!;
            if (parse.GetValue(output) is { } outPath)
            {
                Runtime.IO.OutputPath.Prepare(outPath); // before minutes of training, naming the path given
            }

            var (generated, realTrain, _) = await LoadAsync(parse, modelId, ct).ConfigureAwait(false);
            var (realFit, realDev) = SplitDevelopment(realTrain);
            var data = generated.Concat(realFit).ToArray();
            if (data.Length == 0 || data.All(d => d.Label) || data.All(d => !d.Label))
            {
                throw new UsageException($"no usable training data for {modelId}: give --labelled folders and/or real texts with both relevant and irrelevant examples.");
            }

            var trained = TextClassifierTrainer.Train(modelId, data, new TextClassifierOptions { Seed = parse.GetValue(seed) });
            var path = parse.GetValue(output) ?? ShippedClassifiers.SourcePath(modelId)
                ?? throw new UsageException("give --out: no models/classifiers folder was found above the working folder.");
            await trained.SaveAsync(path, ct).ConfigureAwait(false);
            ui.Line(FormattableString.Invariant($"{modelId}: trained on {data.Length:N0} texts ({generated.Count:N0} generated, {realFit.Count:N0} real); training AUC {trained.TrainingMetrics.RocAuc:0.0000}; wrote {path} ({new FileInfo(path).Length / 1024.0:0.0} KB)."));

            // Real texts decide where they can: the generated ones are separable at almost any threshold and would
            // choose nothing. Generated texts stand in only for a label with no real text (SM0002's relevant ones).
            var generatedDev = new List<LabelledText>();
            foreach (var folder in parse.GetValue(dev) ?? [])
            {
                generatedDev.AddRange((await LabelledTextParquet.ReadAsync(LabelledFolder(folder), ct).ConfigureAwait(false)).Where(t => t.ModelId == modelId));
            }

            var devSet = new List<LabelledText>(realDev);
            devSet.AddRange(generatedDev.Where(g => !realDev.Any(r => r.Label == g.Label)));

            if (devSet.Any(d => d.Label) && devSet.Any(d => !d.Label))
            {
                using var classifier = trained.CreateClassifier();
                var p = devSet.Select(d => (d.Label, P: classifier.PredictProbability(d.Text))).ToArray();
                var choice = ThresholdChoice.Choose(p.Where(x => !x.Label).Select(x => x.P).ToArray(), p.Where(x => x.Label).Select(x => x.P).ToArray());
                ui.Line(FormattableString.Invariant($"{modelId}: thresholds on {choice.Relevant:N0} relevant and {choice.Irrelevant:N0} irrelevant development texts ({realDev.Count:N0} real): classifier-accept {choice.AcceptAbove:0.00} (≤ {ThresholdChoice.DefaultMaxFalseAccept:P0} of irrelevant taken), classifier-demote {choice.DemoteBelow:0.00} (≤ {ThresholdChoice.DefaultMaxRelevantDemoted:P0} of relevant demoted)."));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The real training texts split again (by the same hash of the text, another seed): three quarters to fit, a quarter to choose thresholds on.</summary>
    private static (IReadOnlyList<LabelledText> Fit, IReadOnlyList<LabelledText> Development) SplitDevelopment(IReadOnlyList<LabelledText> realTrain) =>
        DataSplit.Split(realTrain, heldOutFraction: 0.25, seed: LegalTextCorpus.DefaultSplitSeed + 1);

    private static Command Evaluate(ConsoleUi ui)
    {
        var file = new Option<string?>("--classifier") { Description = "The classifier file (default: the shipped one)." };
        var adversarial = new Option<string?>("--adversarial") { Description = "Hand-written adversarial texts, JSONL (default: tests/Fixtures/adversarial/MODEL.jsonl in the source tree)." };
        var command = new Command("evaluate", "Evaluate a model's classifier: on generated labelled texts (use another seed than training), on the held-out third of the real texts (split by record id), and through the model's text screen on the adversarial texts.") { ModelOption, LabelledOption, RealOption, file, adversarial };
        command.SetAction(async (parse, ct) =>
        {
            var modelId = parse.GetValue(ModelOption)!;
            var path = parse.GetValue(file) ?? Path.Combine(ShippedClassifiers.Directory() ?? ".", modelId + ".zip");
            if (!File.Exists(path))
            {
                throw new UsageException($"{path}: no classifier; train one with `{ui.Suggest($"classifier train --model {modelId}")}`.");
            }

            using var classifier = MlTextClassifier.Load(MlTextClassifier.DefaultName(modelId), path);
            var (generated, _, realHeldOut) = await LoadAsync(parse, modelId, ct).ConfigureAwait(false);
            var table = new Table().Border(TableBorder.Rounded).Title($"{modelId} classifier {path}")
                .AddColumns("data", "texts", "relevant", "ROC AUC", "precision", "recall", "F1", "log loss");
            void Row(string name, IReadOnlyList<LabelledText> set)
            {
                if (set.Count == 0 || set.All(s => s.Label) || set.All(s => !s.Label))
                {
                    return;
                }

                var m = TextClassifierEvaluator.Evaluate(classifier, set);
                table.AddRow(name, I(m.Count), I(m.Positives), F(m.RocAuc), F(m.Precision), F(m.Recall), F(m.F1), F(m.LogLoss));
            }

            Row("generated (all kinds; give another seed than training)", generated);
            Row("generated: paraphrase vs innocent keyword", generated.Where(g => g.Kind is LabelledTextKinds.ParaphraseNoKeyword or LabelledTextKinds.InnocentKeyword).ToArray());
            Row("real texts, held-out third (by record id)", realHeldOut);

            // SM0002 has no real relevant text: its real held-out texts (other drugs, unrelated cases) are judged against
            // the generated relevant ones.
            Row("generated relevant vs real held-out irrelevant", [.. generated.Where(g => g.Label), .. realHeldOut.Where(r => !r.Label)]);
            ui.Write(table);
            foreach (var (name, set) in new[] { ("real held-out relevant", realHeldOut.Where(r => r.Label).ToArray()), ("real held-out irrelevant", realHeldOut.Where(r => !r.Label).ToArray()) })
            {
                if (set.Length > 0)
                {
                    var p = set.Select(t => classifier.PredictProbability(t.Text)).ToArray();
                    ui.Line(FormattableString.Invariant($"{name}: {set.Length} texts, p ≥ {AcceptAbove}: {p.Count(x => x >= AcceptAbove) / (double)p.Length:P1}, p < {DemoteBelow}: {p.Count(x => x < DemoteBelow) / (double)p.Length:P1}."));
                }
            }

            var adversarialPath = parse.GetValue(adversarial)
                ?? (ShippedClassifiers.SourceTree("tests", "Fixtures", "adversarial") is { } dir ? Path.Combine(dir, modelId + ".jsonl") : null);
            if (adversarialPath is not null && File.Exists(adversarialPath))
            {
                ui.Write(AdversarialTable(modelId, await AdversarialText.ReadAsync(adversarialPath, ct).ConfigureAwait(false), classifier));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The adversarial texts through the model's own text screen: relevant texts caught (at any weight, and at full
    /// weight) and innocent texts flagged at full weight, by keywords alone and by keywords with the classifier.
    /// </summary>
    private static Table AdversarialTable(string modelId, IReadOnlyList<AdversarialText> texts, MlTextClassifier classifier)
    {
        var screen = TextScreen.For(modelId);
        var scored = texts.Select(t => (Text: t, Outcome: screen.Evaluate(t.Text, classifier.PredictProbability))).ToArray();
        var relevant = scored.Where(s => s.Text.Label).ToArray();
        var innocent = scored.Where(s => !s.Text.Label).ToArray();
        string Share(int count, int of) => FormattableString.Invariant($"{count} / {of} ({(of == 0 ? 0 : count / (double)of):P0})");
        var table = new Table().Border(TableBorder.Rounded)
            .Title(FormattableString.Invariant($"{modelId} adversarial texts through the model's screen (accept ≥ {screen.AcceptAbove}, demote < {screen.DemoteBelow})"))
            .AddColumns("texts", "relevant caught, keywords alone", "relevant caught, keywords + classifier (full weight)", "innocent at full weight, keywords alone", "innocent at full weight, keywords + classifier");
        table.AddRow(
            I(texts.Count),
            Share(relevant.Count(r => r.Outcome.KeywordsAlone), relevant.Length),
            Share(relevant.Count(r => r.Outcome.Passes), relevant.Length) + " (" + I(relevant.Count(r => r.Outcome.FullWeight)) + ")",
            Share(innocent.Count(r => r.Outcome.KeywordsAlone), innocent.Length),
            Share(innocent.Count(r => r.Outcome.FullWeight), innocent.Length));
        foreach (var (text, outcome) in scored)
        {
            var verdict = outcome.FullWeight ? "full weight" : outcome.Passes ? "demoted" : "not taken";
            table.AddRow(text.Id.EscapeMarkup(), (text.Label ? "relevant " : "innocent ") + text.Kind.EscapeMarkup(), FormattableString.Invariant($"p = {outcome.Probability:0.000}"), outcome.KeywordsAlone ? "keywords" : "-", verdict);
        }

        return table;
    }

    /// <summary>The generated examples of the model, and its real texts labelled and split by record id into training and held-out parts.</summary>
    private static async Task<(IReadOnlyList<LabelledText> Generated, IReadOnlyList<LabelledText> RealTrain, IReadOnlyList<LabelledText> RealHeldOut)> LoadAsync(System.CommandLine.ParseResult parse, string modelId, CancellationToken ct)
    {
        var generated = new List<LabelledText>();
        foreach (var folder in parse.GetValue(LabelledOption) ?? [])
        {
            generated.AddRange((await LabelledTextParquet.ReadAsync(LabelledFolder(folder), ct).ConfigureAwait(false)).Where(t => t.ModelId == modelId));
        }

        var realDir = parse.GetValue(RealOption) ?? ShippedClassifiers.SourceTree("tests", "Fixtures", "legal-texts");
        if (realDir is null)
        {
            return (generated, [], []);
        }

        var (train, heldOut) = LegalTextCorpus.SplitById(await LegalTextCorpus.ReadAsync(realDir, ct).ConfigureAwait(false));
        return (generated, LegalTextCorpus.Label(train, modelId), LegalTextCorpus.Label(heldOut, modelId));
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
