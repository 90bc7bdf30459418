using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using SupervisionModels.Cli.Ui;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli.Commands;

/// <summary><c>supervise eval --leads FILE --truth FILE [--json]</c>: precision and recall against planted truth.</summary>
internal static class EvalCommand
{
    public static Command Create(ConsoleUi ui)
    {
        var leadsFile = new Option<string>("--leads") { Description = "The leads file of a run.", Required = true };
        var truthFile = new Option<string>("--truth") { Description = "The truth file of a generated dataset (DATA/truth.jsonl).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var verbose = new Option<bool>("--show-errors") { Description = "List every missed planted lead and every lead that is not planted." };
        var command = new Command("eval", "Compare leads with the planted truth: per model planted, found, precision, recall, precision at the number planted, F1.")
        {
            leadsFile, truthFile, json, verbose,
        };
        command.SetAction(async (parse, ct) =>
        {
            var leads = await LeadJson.ReadAsync(parse.GetValue(leadsFile)!, ct).ConfigureAwait(false);
            var truth = await LeadEvaluation.ReadTruthAsync(parse.GetValue(truthFile)!, ct).ConfigureAwait(false);
            var quality = LeadEvaluation.Evaluate(leads, truth);
            if (parse.GetValue(json))
            {
                ui.Raw(JsonSerializer.Serialize(quality.Select(q => new
                {
                    modelId = q.ModelId, planted = q.Planted, found = q.Found, truePositives = q.TruePositives,
                    precision = Math.Round(q.Precision, 4), recall = Math.Round(q.Recall, 4),
                    precisionAtPlanted = Math.Round(q.PrecisionAtPlanted, 4), f1 = Math.Round(q.F1, 4),
                }), LeadJson.Options));
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded)
                .AddColumns("模型 Model", "planted", "found", "TP", "precision", "recall", "P@planted", "F1");
            foreach (var q in quality)
            {
                table.AddRow(q.ModelId, I(q.Planted), I(q.Found), I(q.TruePositives), F(q.Precision), F(q.Recall), F(q.PrecisionAtPlanted), F(q.F1));
            }

            ui.Write(table);
            if (parse.GetValue(verbose))
            {
                foreach (var q in quality)
                {
                    foreach (var m in q.Missed)
                    {
                        ui.Line($"{q.ModelId} missed: {m.SubjectKey} {m.Role} {m.Name}");
                    }

                    foreach (var f in q.FalsePositives)
                    {
                        ui.Line($"{q.ModelId} not planted: #{f.Rank} {f.LeadId} {f.Subject.Key} {f.Subject.Role} score {F(f.Score)} rules {string.Join(",", f.Rules.Select(r => r.RuleId))}");
                    }
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
