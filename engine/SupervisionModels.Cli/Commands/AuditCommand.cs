using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using SupervisionModels.Cli.Ui;
using SupervisionModels.Reporting.Masking;
using SupervisionModels.Runtime.Audit;

namespace SupervisionModels.Cli.Commands;

/// <summary><c>supervise audit verify|show [--audit FILE | --data DIR]</c>: the audit log's hash chain checked, its entries listed.</summary>
internal static class AuditCommand
{
    public static Command Create(ConsoleUi ui)
    {
        var data = new Option<string?>("--data") { Description = "The data directory whose log to read (DATA/.supervise/audit.jsonl), when --audit is not given." };
        var verify = new Command("verify", "Check the audit log's hash chain: OK with the number of entries, or the first entry that was altered, removed, reordered or torn (exit 1).") { data };
        verify.SetAction(async (parse, ct) =>
        {
            var path = LogPath(parse, data);
            var result = await AuditLog.VerifyAsync(path, ct).ConfigureAwait(false);
            if (result.Ok)
            {
                ui.Line($"{path}: OK, {I(result.Valid)} entries, each chained to the one before.");
                return ExitCodes.Success;
            }

            ui.Fail($"{path}: {result.Problem}; entries 1–{I(result.Valid)} hold.");
            return ExitCodes.BadInput;
        });

        var show = new Command("show", "List the audit log's entries: number, time, user and host, command, exit code, leads, files written (personal data in command lines masked).") { data };
        show.SetAction(async (parse, ct) =>
        {
            var path = LogPath(parse, data);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path}: no such audit log.", path);
            }

            var entries = await AuditLog.ReadAsync(path, ct).ConfigureAwait(false);
            var table = new Table().Border(TableBorder.Rounded).Title($"{path}: {I(entries.Count)} entries")
                .AddColumns("#", "时间 Time (UTC)", "用户 User", "命令 Command", "退出 Exit", "线索 Leads", "写出 Written");
            foreach (var e in entries)
            {
                var command = string.Join(" ", e.CommandLine.Select(a => PersonalData.Text(a, [])));
                var leads = string.Join(" ", e.LeadCounts.Select(c => $"{c.ModelId}:{I(c.Leads)}"));
                var written = string.Join("\n", e.Outputs.Select(o => $"{Path.GetFileName(o.Path)} {o.Sha256[..12]}"));
                table.AddRow(I(e.Seq), e.Time, $"{e.User}@{e.Host}".EscapeMarkup(), (command + (e.Unmasked ? " (unmasked)" : string.Empty)).EscapeMarkup(),
                    I(e.ExitCode), leads.EscapeMarkup(), written.EscapeMarkup());
            }

            ui.Write(table);
            ui.Line($"Check the chain: {ui.Suggest($"audit verify --audit {path}")}");
            return ExitCodes.Success;
        });

        return new Command("audit", "The audit log: one entry per run, report and unmasked view, each chained to the one before by its hash.") { verify, show };
    }

    private static string LogPath(ParseResult parse, Option<string?> data) =>
        parse.GetValue(CommandAudit.AuditOption)
        ?? (parse.GetValue(data) is { } directory ? CommandAudit.LogFor(directory) : null)
        ?? throw new UsageException("give the audit log: --audit FILE, or --data DIR for DIR/.supervise/audit.jsonl.");

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
