using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using SupervisionModels.Cli.Ui;
using SupervisionModels.Datasets.Generator;
using SupervisionModels.Runtime;

namespace SupervisionModels.Cli.Commands;

/// <summary><c>supervise datasets generate --scale tiny|small|city --seed N --out DIR [--difficulty easy|hard]</c>.</summary>
internal static class GenerateCommand
{
    public static Command Create(ConsoleUi ui)
    {
        var scale = new Option<Scale>("--scale") { Description = "tiny (seconds; tests and the sample), small (~50k judgments), city (~1M judgments).", DefaultValueFactory = _ => Scale.Tiny };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed gives byte-identical files.", Required = true };
        var output = new Option<string>("--out") { Description = "The data directory to write: dataset folders, truth.jsonl, decoys.jsonl, and the labelled texts in labelled-text/.", Required = true };
        var text = new Option<string?>("--text-out") { Description = $"Where the labelled text examples go (default: OUT/{GeneratorOptions.LabelledTextFolder}, which runs never read; another folder must be outside OUT)." };
        var difficulty = new Option<Difficulty?>("--difficulty") { Description = "easy (lawful trade, innocent words, age and venue near-misses) or hard (also a near-miss decoy for every deciding rule, with its decisive fact in decoys.jsonl, and slang in planted texts); default: easy for tiny, hard for small and city." };
        var command = new Command("generate", "Generate synthetic datasets with planted leads, decoys, a truth file and labelled text examples.") { scale, seed, output, text, difficulty };
        command.SetAction(async (parse, ct) =>
        {
            Runtime.IO.OutputPath.CheckFolder(parse.GetValue(output)!); // before any work, naming the path given
            var options = new GeneratorOptions(parse.GetValue(scale), parse.GetValue(seed), parse.GetValue(output)!)
            {
                TextOutputDirectory = parse.GetValue(text),
                Difficulty = parse.GetValue(difficulty),
            };
            GenerationSummary summary;
            try
            {
                summary = await ui.WithProgressAsync("generate", progress =>
                    DatasetGenerator.GenerateAsync(options, new ProgressAdapter(progress), ct)).ConfigureAwait(false);
            }
            catch (ArgumentException e) when (e.ParamName == "options")
            {
                throw new UsageException(e.Message.Replace(" (Parameter 'options')", string.Empty, StringComparison.Ordinal)); // a bad --out/--text-out, not a fault
            }

            var table = new Table().Border(TableBorder.Rounded)
                .Title(FormattableString.Invariant($"{summary.Scale} seed {summary.Seed} {options.ResolvedDifficulty.ToString().ToLowerInvariant()} — {summary.Elapsed.TotalSeconds:0.0} s"))
                .AddColumns("数据集 Dataset", "行 Rows", "文件 Files", "大小 Size");
            foreach (var d in summary.Datasets)
            {
                table.AddRow(d.Name.EscapeMarkup(), d.Rows.ToString("N0", CultureInfo.InvariantCulture), d.Files.Count.ToString(CultureInfo.InvariantCulture),
                    (d.Bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB");
            }

            ui.Write(table);
            ui.Line("Planted leads: " + string.Join(", ", summary.PlantedLeads.Select(kv => $"{kv.Key} {kv.Value}")) +
                    "; decoys: " + string.Join(", ", summary.Decoys.Select(kv => $"{kv.Key} {kv.Value}")));
            ui.Line($"Data: {summary.OutputDirectory} (truth.jsonl lists the planted leads)" + (summary.TextDirectory is null ? "" : $"; labelled texts: {summary.TextDirectory} (never read by a run)"));
            if (summary.TextDirectory is not null)
            {
                ui.Line("Train a classifier on them: " + ui.Suggest($"classifier train --model SM0001 --labelled {summary.OutputDirectory} --out SM0001.zip"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Shows the generator's stages on the CLI's progress display.</summary>
    private sealed class ProgressAdapter(IProgress<RunProgress> inner) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value) => inner.Report(new RunProgress("generate", value.Stage, value.Done, value.Total));
    }
}
