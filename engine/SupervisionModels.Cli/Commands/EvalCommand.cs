using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using SupervisionModels.Cli.Ui;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli.Commands;

/// <summary>
/// <c>supervise eval --leads FILE --truth FILE [--decoys FILE] [--json] [--show-errors]</c>: precision and recall against
/// planted truth, and the planted decoys that became leads, by kind. The evaluation is <see cref="LeadEvaluation"/>'s; this only prints.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(ConsoleUi ui)
    {
        var leadsFile = new Option<string?>("--leads") { Description = "The leads file of a run (required unless --outcomes)." };
        var truthFile = new Option<string?>("--truth") { Description = "The truth file of a generated dataset (DATA/truth.jsonl) (required unless --outcomes)." };
        var outcomes = new Option<bool>("--outcomes") { Description = "Instead: the lead book's closed leads as the measure, per model and rule (leads closed, 成案率, 不成案 by reason, median days to close); with --db or --data." };
        var data = new Option<string?>("--data") { Description = "With --outcomes: the data directory whose lead book (DATA/.supervise/leads.db) to read when --db is not given." };
        var decoysFile = new Option<string?>("--decoys") { Description = "The decoys file of a generated dataset; by default decoys.jsonl beside the truth file, if it is there." };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var verbose = new Option<bool>("--show-errors") { Description = "List every missed planted lead with what the truth says of it, and every lead that is not planted with the decoy it is." };
        var command = new Command("eval", "Compare leads with the planted truth: per model planted, found, precision, recall, precision at the number planted, F1; and the planted decoys that became leads, by kind.")
        {
            leadsFile, truthFile, decoysFile, json, verbose, outcomes, LeadsCommands.DbOption, data,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(outcomes))
            {
                return await OutcomeEval.PrintAsync(ui, parse.GetValue(LeadsCommands.DbOption), parse.GetValue(data), parse.GetValue(json), ct).ConfigureAwait(false);
            }

            if (parse.GetValue(leadsFile) is not { } leadsPath || parse.GetValue(truthFile) is not { } truthPath)
            {
                throw new UsageException("eval needs --leads FILE and --truth FILE (or --outcomes to measure by the lead book's closed leads).");
            }

            var leads = await LeadJson.ReadAsync(leadsPath, ct).ConfigureAwait(false);
            var truth = await LeadEvaluation.ReadTruthAsync(truthPath, ct).ConfigureAwait(false);

            // A named decoys file must exist; the one beside the truth file is optional (older datasets have none).
            var decoysPath = parse.GetValue(decoysFile) ?? LeadEvaluation.DecoysPathFor(truthPath);
            var decoys = parse.GetValue(decoysFile) is not null || File.Exists(decoysPath)
                ? await LeadEvaluation.ReadDecoysAsync(decoysPath, ct).ConfigureAwait(false)
                : null;
            var noDecoys = $"No decoys file ({decoysPath}): no decoy section.";
            var quality = LeadEvaluation.Evaluate(leads, truth, decoys);
            if (parse.GetValue(json))
            {
                if (decoys is null)
                {
                    ui.Info(noDecoys);
                }

                ui.Raw(JsonSerializer.Serialize(quality.Select(q => new
                {
                    modelId = q.ModelId, planted = q.Planted, found = q.Found, truePositives = q.TruePositives,
                    precision = Math.Round(q.Precision, 4), recall = Math.Round(q.Recall, 4),
                    precisionAtPlanted = Math.Round(q.PrecisionAtPlanted, 4), f1 = Math.Round(q.F1, 4),
                    decoys = q.Decoys is not { } d ? null : new
                    {
                        planted = d.Planted, becameLeads = d.BecameLeads, share = Math.Round(d.Share, 4), bestRank = d.BestRank,
                        kinds = d.Kinds.Select(k => new
                        {
                            decoyKind = k.DecoyKind, planted = k.Planted, becameLeads = k.BecameLeads, share = Math.Round(k.Share, 4), bestRank = k.BestRank,
                        }),
                    },
                    byTag = q.ByTag.Select(t => new { tag = t.Tag, planted = t.Planted, found = t.Found, recall = Math.Round(t.Recall, 4) }),
                }), LeadJson.Options));
                return ExitCodes.Success;
            }

            if (await DatasetLine(truthPath, ct).ConfigureAwait(false) is { } dataset)
            {
                ui.Line(dataset);
            }

            var table = new Table().Border(TableBorder.Rounded)
                .AddColumns("模型 Model", "planted", "found", "TP", "precision", "recall", "P@planted", "F1");
            foreach (var q in quality)
            {
                table.AddRow(q.ModelId, I(q.Planted), I(q.Found), I(q.TruePositives), F(q.Precision), F(q.Recall), F(q.PrecisionAtPlanted), F(q.F1));
            }

            ui.Write(table);
            if (decoys is null)
            {
                ui.Line(noDecoys);
            }
            else
            {
                ui.Write(DecoyTable(quality));
            }

            if (quality.Any(q => q.ByTag.Count > 0))
            {
                ui.Write(TagTable(quality));
            }

            if (parse.GetValue(verbose))
            {
                foreach (var q in quality)
                {
                    foreach (var m in q.Missed)
                    {
                        var tags = m.Tags.Count == 0 ? string.Empty : $" [{string.Join(", ", m.Tags)}]";
                        var evidence = string.Join("; ", m.Evidence.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key} {string.Join(",", e.Value)}"));
                        ui.Line($"{q.ModelId} missed: {m.SubjectKey} {m.Role} {m.Name} — truth: {m.Note}{tags}; evidence: {evidence}");
                    }

                    foreach (var (f, decoy) in q.WrongLeads)
                    {
                        var what = decoys is null ? string.Empty
                            : decoy is null ? " — not planted (background)"
                            : decoy.DecisiveFact is { } fact ? $" — decoy {decoy.DecoyKind}, missed the decisive fact {fact}: {decoy.Note}"
                            : $" — decoy {decoy.DecoyKind}: {decoy.Note}";
                        ui.Line($"{q.ModelId} not planted: #{f.Rank} {f.LeadId} {f.Subject.Key} {f.Subject.Role} score {F(f.Score)} rules {string.Join(",", f.Rules.Select(r => r.RuleId))}{what}");
                    }
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Per model a row for each decoy kind and one for all kinds together; models without decoys are left out.</summary>
    private static Table DecoyTable(IReadOnlyList<ModelQuality> quality)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("模型 Model", "诱饵 decoy kind", "planted", "became leads", "share", "best rank");
        foreach (var q in quality)
        {
            if (q.Decoys is not { Planted: > 0 } d)
            {
                continue;
            }

            foreach (var k in d.Kinds)
            {
                table.AddRow(q.ModelId.EscapeMarkup(), k.DecoyKind.EscapeMarkup(), I(k.Planted), I(k.BecameLeads), F(k.Share), Rank(k.BestRank));
            }

            table.AddRow(q.ModelId.EscapeMarkup(), "(all kinds)", I(d.Planted), I(d.BecameLeads), F(d.Share), Rank(d.BestRank));
        }

        return table;
    }

    /// <summary>Per model the planted leads by truth tag and how many were found: where the recall goes.</summary>
    private static Table TagTable(IReadOnlyList<ModelQuality> quality)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("模型 Model", "planted lead tag", "planted", "found", "recall");
        foreach (var q in quality)
        {
            foreach (var t in q.ByTag)
            {
                table.AddRow(q.ModelId.EscapeMarkup(), t.Tag.EscapeMarkup(), I(t.Planted), I(t.Found), F(t.Recall));
            }
        }

        return table;
    }

    /// <summary>
    /// "Data: small, seed N, difficulty hard" from the generator's manifest beside the truth file, so that a figure is
    /// never read without the difficulty it was measured at; null when there is no manifest or it does not say.
    /// </summary>
    private static async Task<string?> DatasetLine(string truthPath, CancellationToken ct)
    {
        var manifest = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(truthPath))!, "manifest.json");
        if (!File.Exists(manifest))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(manifest);
            using var doc = await JsonDocument.ParseAsync(stream, cancellationToken: ct).ConfigureAwait(false);
            string? Text(string name) => doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(name, out var v) ? v.ToString() : null;
            return Text("difficulty") is { } difficulty
                ? $"Data: {Text("scale") ?? "?"}, seed {Text("seed") ?? "?"}, difficulty {difficulty} ({manifest})"
                : null;
        }
        catch (JsonException)
        {
            // The manifest only labels the figures; a damaged one must not stop the evaluation, which reads the truth file.
            return null;
        }
    }

    private static string Rank(int? rank) => rank is { } r ? "#" + I(r) : "-";

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
