using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using SupervisionModels.Cli.Ui;
using SupervisionModels.Leads;
using SupervisionModels.Reporting;
using SupervisionModels.Reporting.Diff;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli.Commands;

/// <summary><c>supervise diff --old FILE --new FILE [--unmask]</c>: new, unchanged and gone leads by their stable ids.</summary>
internal static class DiffCommand
{
    public static Command Create(ConsoleUi ui)
    {
        var oldFile = new Option<string>("--old") { Description = "The earlier run's leads file.", Required = true };
        var newFile = new Option<string>("--new") { Description = "The later run's leads file.", Required = true };
        var unmask = new Option<bool>("--unmask") { Description = "Show personal data unmasked." };
        var command = new Command("diff", "Compare two runs' leads by their stable ids: which are new, which are still there (and how their score moved), which are gone.")
        {
            oldFile, newFile, unmask,
        };
        command.SetAction(async (parse, ct) =>
        {
            var oldPath = parse.GetValue(oldFile)!;
            var newPath = parse.GetValue(newFile)!;
            var options = new ReportOptions { Unmask = parse.GetValue(unmask) };
            var before = LeadReport.Create(await LeadJson.ReadAsync(oldPath, ct).ConfigureAwait(false), null, options).Leads;
            var after = LeadReport.Create(await LeadJson.ReadAsync(newPath, ct).ConfigureAwait(false), null, options).Leads;
            var diff = LeadDiff.Compare(before, after);

            ui.Line($"{oldPath} → {newPath}: {I(diff.New.Count)} new, {I(diff.Unchanged.Count)} unchanged ({I(diff.Unchanged.Count(p => p.Moved))} with a new score or rank), {I(diff.Gone.Count)} gone.");
            var models = diff.New.Select(l => l.ModelId).Concat(diff.Unchanged.Select(p => p.New.ModelId)).Concat(diff.Gone.Select(l => l.ModelId))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            var table = new Table().Border(TableBorder.Rounded).AddColumns("模型 Model", "新增 New", "仍在 Unchanged", "消失 Gone");
            foreach (var m in models)
            {
                table.AddRow(m.EscapeMarkup(), I(diff.New.Count(l => l.ModelId == m)), I(diff.Unchanged.Count(p => p.New.ModelId == m)), I(diff.Gone.Count(l => l.ModelId == m)));
            }

            ui.Write(table);
            foreach (var lead in diff.New)
            {
                ui.Line($"+ new        {Describe(lead)}");
            }

            foreach (var pair in diff.Unchanged)
            {
                var moved = pair.Moved ? $"  (was score {LeadText.Number(pair.Old.Score)}, rank {I(pair.Old.Rank)})" : string.Empty;
                ui.Line($"= unchanged  {Describe(pair.New)}{moved}");
            }

            foreach (var lead in diff.Gone)
            {
                ui.Line($"- gone       {Describe(lead)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Describe(Lead lead) =>
        $"{lead.LeadId}  #{I(lead.Rank)}  {lead.Subject.Name}{(lead.Subject.Role.Length > 0 ? " · " + lead.Subject.Role : string.Empty)}  score {LeadText.Number(lead.Score)}";

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
