using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using SupervisionModels.Cli.Ui;
using SupervisionModels.Reporting;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli.Commands;

/// <summary><c>supervise explain --leads FILE LEAD_ID</c>: why a lead is there, rule by rule, with its evidence.</summary>
internal static class ExplainCommand
{
    public static Command Create(ConsoleUi ui)
    {
        var leadsFile = new Option<string>("--leads") { Description = "The leads file (JSON Lines) written by `run` or `demo`.", Required = true };
        var leadId = new Argument<string>("lead-id") { Description = "The lead's id, e.g. SM0001-ABCDEFGHJK." };
        var unmask = new Option<bool>("--unmask") { Description = "Show personal data (names of natural persons, id numbers, phones, addresses) unmasked." };
        var command = new Command("explain", "Explain one lead: subject, score, the rules that fired with their weights, and the evidence records.") { leadsFile, leadId, unmask };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(leadsFile)!;
            var id = parse.GetValue(leadId)!;
            var leads = await LeadJson.ReadAsync(path, ct).ConfigureAwait(false);
            var dataNames = await RunRecordCheck.ExcerptNamesAsync(ui, path, ct).ConfigureAwait(false);
            if (CommandAudit.Current is { } audit)
            {
                await audit.AddLeadsShownAsync(path, leads, ct).ConfigureAwait(false); // audited with --unmask
            }
            var found = leads.FirstOrDefault(l => string.Equals(l.LeadId, id, StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException($"{path}: no lead with id {id} ({leads.Count} leads in the file).");
            var lead = LeadReport.Create([found], null, new ReportOptions { Unmask = parse.GetValue(unmask), PersonNames = [.. Reporting.Masking.PersonalData.PersonNames(leads), .. dataNames] }).Leads[0]; // the reports' masking, with the names the whole file knows

            ui.Markup($"[bold]{lead.LeadId.EscapeMarkup()}[/]  {lead.ModelId.EscapeMarkup()} v{lead.ModelVersion.EscapeMarkup()}  rank {lead.Rank}  score {lead.Score.ToString("0.##", CultureInfo.InvariantCulture)}");
            var role = lead.Subject.Role.Length > 0 ? $"  角色 {lead.Subject.Role}" : string.Empty;
            ui.Line($"对象 Subject: {lead.Subject.Name} ({lead.Subject.Kind}, key {lead.Subject.Key}, matched by {lead.Subject.Match}){role}");
            if (lead.Amount is { } amount)
            {
                ui.Line($"金额 Amount: {amount.ToString("N2", CultureInfo.InvariantCulture)} 元");
            }

            var rules = new Table().Border(TableBorder.Rounded).Title("命中规则 Rules fired").AddColumns("Id", "说明", "权重 Weight", "记录 Records", "金额 Amount");
            foreach (var r in lead.Rules)
            {
                rules.AddRow(r.RuleId.EscapeMarkup(), r.Description.EscapeMarkup(), r.Weight.ToString("0.##", CultureInfo.InvariantCulture),
                    LeadEvidence.Count(lead, r).ToString(CultureInfo.InvariantCulture), r.Amount?.ToString("N2", CultureInfo.InvariantCulture) ?? "");
            }

            ui.Write(rules);
            var unscored = found.Rules.Where(r => r.Weight == 0).ToArray(); // the report leaves them out: they added nothing
            if (unscored.Length > 0)
            {
                ui.Line("权重为 0、未计分 At weight 0, not scored: " + string.Join("; ", unscored.Select(r => $"{r.RuleId} {r.Description}")));
            }

            // Each record once, with the rules it supports: the lead keeps evidence per rule, so a judgment behind
            // six rules would otherwise be printed six times with its excerpt.
            var records = LeadEvidence.Records(lead);
            var evidence = new Table().Border(TableBorder.Rounded).Title($"证据 Evidence — {records.Count.ToString(CultureInfo.InvariantCulture)} 条记录 records")
                .AddColumns("数据集 Dataset", "记录 Record", "支持规则 Rules", "摘录 Excerpt");
            foreach (var e in records)
            {
                var excerpt = e.Excerpt is null ? string.Empty : Highlight(e.Excerpt);
                if (e.Probability is { } p)
                {
                    excerpt += $" [grey](p={p.ToString("0.000", CultureInfo.InvariantCulture)})[/]";
                }

                evidence.AddRow(new Markup(e.Dataset.EscapeMarkup()), new Markup(e.RecordKey.EscapeMarkup()), new Markup(string.Join(" ", e.RuleIds).EscapeMarkup()), new Markup(excerpt));
            }

            ui.Write(evidence);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The excerpt with its 【matched words】 in bold yellow.</summary>
    private static string Highlight(string excerpt) =>
        excerpt.EscapeMarkup().Replace("【", "[bold yellow]【", StringComparison.Ordinal).Replace("】", "】[/]", StringComparison.Ordinal);
}
