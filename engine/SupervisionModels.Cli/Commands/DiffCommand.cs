using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using SupervisionModels.Cli.Ui;
using SupervisionModels.Leads;
using SupervisionModels.Reporting;
using SupervisionModels.Reporting.Diff;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli.Commands;

/// <summary><c>supervise diff --old FILE --new FILE [--all] [--unmask]</c>: new, changed and gone leads by their stable ids, the unchanged counted.</summary>
internal static class DiffCommand
{
    public static Command Create(ConsoleUi ui)
    {
        var oldFile = new Option<string>("--old") { Description = "The earlier run's leads file.", Required = true };
        var newFile = new Option<string>("--new") { Description = "The later run's leads file.", Required = true };
        var unmask = new Option<bool>("--unmask") { Description = "Show personal data unmasked." };
        var all = new Option<bool>("--all") { Description = "List the unchanged leads too (by default only new, changed and gone leads are listed, and the unchanged counted)." };
        var command = new Command("diff", "Compare two runs' leads by their stable ids: which are new, which changed (score, rank, rules or evidence), which are gone.")
        {
            oldFile, newFile, unmask, all,
        };
        command.SetAction(async (parse, ct) =>
        {
            var oldPath = parse.GetValue(oldFile)!;
            var newPath = parse.GetValue(newFile)!;
            var dataNames = (await RunRecordCheck.ExcerptNamesAsync(ui, oldPath, ct).ConfigureAwait(false))
                .Concat(await RunRecordCheck.ExcerptNamesAsync(ui, newPath, ct).ConfigureAwait(false)).Distinct(StringComparer.Ordinal).ToArray();
            var options = new ReportOptions { Unmask = parse.GetValue(unmask), PersonNames = dataNames };
            var oldLeads = await LeadJson.ReadAsync(oldPath, ct).ConfigureAwait(false);
            var newLeads = await LeadJson.ReadAsync(newPath, ct).ConfigureAwait(false);
            if (CommandAudit.Current is { } audit)
            {
                await audit.AddLeadsShownAsync(oldPath, oldLeads, ct).ConfigureAwait(false); // audited with --unmask
                await audit.AddLeadsShownAsync(newPath, newLeads, ct).ConfigureAwait(false);
            }

            var before = LeadReport.Create(oldLeads, null, options).Leads;
            var after = LeadReport.Create(newLeads, null, options).Leads;
            var diff = LeadDiff.Compare(before, after);
            var changed = diff.Changed;
            var unchanged = diff.Unchanged;

            ui.Line($"{oldPath} → {newPath}: {I(diff.New.Count)} new, {I(changed.Count)} changed, {I(unchanged.Count)} unchanged, {I(diff.Gone.Count)} gone.");
            var models = diff.New.Select(l => l.ModelId).Concat(diff.Kept.Select(p => p.New.ModelId)).Concat(diff.Gone.Select(l => l.ModelId))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            var table = new Table().Border(TableBorder.Rounded).AddColumns("模型 Model", "新增 New", "变化 Changed", "未变 Unchanged", "消失 Gone");
            foreach (var m in models)
            {
                table.AddRow(m.EscapeMarkup(), I(diff.New.Count(l => l.ModelId == m)), I(changed.Count(p => p.New.ModelId == m)),
                    I(unchanged.Count(p => p.New.ModelId == m)), I(diff.Gone.Count(l => l.ModelId == m)));
            }

            ui.Write(table);
            foreach (var lead in diff.New)
            {
                ui.Line($"+ new        {Describe(lead)}");
            }

            foreach (var pair in changed)
            {
                ui.Line($"~ changed    {Describe(pair.New)}  ({Changes(pair)})");
            }

            foreach (var lead in diff.Gone)
            {
                ui.Line($"- gone       {Describe(lead)}");
            }

            if (parse.GetValue(all))
            {
                foreach (var pair in unchanged)
                {
                    ui.Line($"= unchanged  {Describe(pair.New)}");
                }
            }
            else if (unchanged.Count > 0)
            {
                ui.Line($"{I(unchanged.Count)} unchanged lead(s) not listed (--all lists them).");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>What moved, in the order a reader checks it: score, rank, rules, evidence records.</summary>
    private static string Changes(LeadPair pair)
    {
        var parts = new List<string>();
        if (Math.Abs(pair.Old.Score - pair.New.Score) > 1e-9)
        {
            parts.Add($"score {LeadText.Number(pair.Old.Score)} → {LeadText.Number(pair.New.Score)}");
        }

        if (pair.Old.Rank != pair.New.Rank)
        {
            parts.Add($"rank {I(pair.Old.Rank)} → {I(pair.New.Rank)}");
        }

        if (pair.RulesAdded.Count > 0 || pair.RulesRemoved.Count > 0)
        {
            parts.Add("rules " + string.Join(" ", pair.RulesAdded.Select(r => "+" + r).Concat(pair.RulesRemoved.Select(r => "-" + r))));
        }

        if (pair.EvidenceAdded > 0 || pair.EvidenceRemoved > 0)
        {
            parts.Add($"evidence +{I(pair.EvidenceAdded)} -{I(pair.EvidenceRemoved)} records");
        }

        return string.Join("; ", parts);
    }

    private static string Describe(Lead lead) =>
        $"{lead.LeadId}  #{I(lead.Rank)}  {lead.Subject.Name}{(lead.Subject.Role.Length > 0 ? " · " + lead.Subject.Role : string.Empty)}  score {LeadText.Number(lead.Score)}";

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
