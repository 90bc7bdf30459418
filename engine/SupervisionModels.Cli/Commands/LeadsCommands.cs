using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using SupervisionModels.Cli.Ui;
using SupervisionModels.LeadBook;
using SupervisionModels.Reporting;
using SupervisionModels.Reporting.Masking;
using SupervisionModels.Runtime.IO;
using SupervisionModels.Runtime.Leads;
using Book = SupervisionModels.LeadBook.LeadBook;

namespace SupervisionModels.Cli.Commands;

/// <summary>
/// <c>supervise leads import|list|show|claim|assign|status|note|history|suppress|export|users|departments</c>: the lead book (线索台账),
/// leads kept across runs and worked through 待核查 → 核查中 → 办结. Personal data is masked unless <c>--unmask</c>.
/// </summary>
internal static class LeadsCommands
{
    internal static readonly Option<string?> DbOption = new("--db")
    {
        Description = $"The lead book: a SQLite file, or a PostgreSQL connection string (\"Host=…;Database=…\"). Default: DATA/{LeadBookLocation.DefaultRelativePath} beside the data (--data, or the run record's data directory on import).",
    };

    private static readonly Option<string?> DataOption = new("--data") { Description = "The data directory whose lead book (DATA/.supervise/leads.db) to use when --db is not given (default: the current folder)." };
    private static readonly Option<string?> UserOption = new("--user") { Description = "The acting user, recorded in every event (default: the OS user)." };
    private static readonly Option<bool> JsonOption = new("--json") { Description = "Print JSON." };
    private static readonly Option<bool> UnmaskOption = new("--unmask") { Description = "Show personal data (names of natural persons, id numbers) unmasked." };
    private static readonly Option<int?> ExpectVersionOption = new("--expect-version") { Description = "The lead's version as you last saw it (leads show): the change is refused if someone changed the lead since." };

    public static Command Create(ConsoleUi ui)
    {
        var command = new Command("leads", "The lead book (线索台账): leads kept across runs, claimed, assigned, checked and closed with an outcome; every change recorded.");
        command.Subcommands.Add(Import(ui));
        command.Subcommands.Add(List(ui));
        command.Subcommands.Add(Show(ui));
        command.Subcommands.Add(Claim(ui));
        command.Subcommands.Add(Assign(ui));
        command.Subcommands.Add(Status(ui));
        command.Subcommands.Add(Note(ui));
        command.Subcommands.Add(History(ui));
        command.Subcommands.Add(Suppress(ui));
        command.Subcommands.Add(Export(ui));
        command.Subcommands.Add(Users(ui));
        command.Subcommands.Add(Departments(ui));
        return command;
    }

    /// <summary>The acting user: <c>--user</c>, or the OS user.</summary>
    internal static string Actor(string? user) => string.IsNullOrWhiteSpace(user) ? Environment.UserName : user.Trim();

    /// <summary>
    /// Imports a leads file, checked against its run record first: shared by <c>leads import</c> and <c>run --db</c>.
    /// With no <paramref name="db"/>, the book beside the run's data directory.
    /// </summary>
    internal static async Task ImportAsync(ConsoleUi ui, string leadsPath, string? db, string actor, IReadOnlyDictionary<string, int> dueDays, CancellationToken cancellationToken, string? auditPath = null, string? settingsPath = null)
    {
        var leads = await LeadJson.ReadAsync(leadsPath, cancellationToken).ConfigureAwait(false);
        var (run, warning) = await LeadJson.VerifyRunAsync(leadsPath, cancellationToken).ConfigureAwait(false);
        if (warning is not null)
        {
            ui.Warn(warning);
        }

        var settings = ReadSettings(settingsPath, run?.DataDirectory);
        db ??= settings.Db;
        if (db is null && run?.DataDirectory is null)
        {
            throw new UsageException($"{leadsPath}: no run record with a data directory beside it, so no default lead book; give --db FILE or --db \"Host=…;Database=…\".");
        }

        var location = LeadBookLocation.Parse(db ?? LeadBookLocation.DefaultFor(run!.DataDirectory!));
        var models = run?.Summary.Models.Select(m => m.Id).ToArray() ?? [.. leads.Select(l => l.ModelId).Distinct(StringComparer.Ordinal)];
        if (run is null)
        {
            ui.Warn($"no run record beside {leadsPath}: the models run are taken to be those of its leads ({string.Join(", ", models)}).");
        }

        var audit = new AuditLogSink(auditPath ?? AuditLogSink.DefaultPathFor(location, run?.DataDirectory ?? "."), ui.Warn);
        var options = settings.ApplyTo(new LeadBookOptions { Audit = audit }, dueDays);
        await using var book = await Book.OpenAsync(location, options, cancellationToken).ConfigureAwait(false);
        var result = await book.ImportAsync(leads, new RunImport(leadsPath, run?.LeadsSha256, models, run is null ? null : JsonSerializer.Serialize(run, LeadJson.Options)), actor, cancellationToken).ConfigureAwait(false);
        ui.Line(string.Create(CultureInfo.InvariantCulture,
            $"Imported {leads.Count} leads into {location.Display} (run {result.RunId}): {result.Added} new, {result.SeenAgain} seen again ({result.WithNewEvidence} with new evidence 有新证据), {result.NoLongerFound} no longer found (flagged, kept), {result.SuppressedRules} suppressed rules dropped ({result.SuppressedLeads} leads left with none)."));
        ui.Line($"New leads are due in {DueDaysText(options)}{(settings.SourcePath is { } source ? $" ({source}, {LeadBookSettings.Key}.dueDays{(dueDays.Count > 0 ? ", --due-days" : "")})" : dueDays.Count > 0 ? " (--due-days)" : "")}.");
    }

    /// <summary>
    /// The lead book's part of the settings file: <paramref name="settingsPath"/>, else DATA/supervise.settings.json when
    /// it exists; none otherwise. Its errors (file:line) are the user's (exit 1).
    /// </summary>
    internal static LeadBookSettings ReadSettings(string? settingsPath, string? dataDirectory)
    {
        if (settingsPath is not null && !File.Exists(settingsPath))
        {
            throw new UsageException($"--settings: no such file {settingsPath}.");
        }

        return Hosting.Settings.RunSettings.PathFor(settingsPath, dataDirectory) is { } file ? LeadBookSettings.Read(file) : LeadBookSettings.None;
    }

    private static string DueDaysText(LeadBookOptions options) =>
        string.Join(", ", options.DueDaysByModel.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value.ToString(CultureInfo.InvariantCulture)} days")
            .Append($"{(options.DueDaysByModel.Count > 0 ? "other models " : "")}{options.DefaultDueDays.ToString(CultureInfo.InvariantCulture)} days"));

    private static Command Import(ConsoleUi ui)
    {
        var leads = new Option<string>("--leads") { Description = "The leads file (JSON Lines) written by `run`; its run record beside it is checked first.", Required = true };
        var dueDays = new Option<string?>("--due-days") { Description = $"Days from import to a new lead's due date, per model: SM0001=30,SM0002=15 (over the settings file's \"{LeadBookSettings.Key}\": {{ \"dueDays\": … }}; default 30)." };
        var settings = new Option<string?>("--settings") { Description = $"The settings file whose \"{LeadBookSettings.Key}\" object gives the due days per model and the book (default: DATA/supervise.settings.json of the run's data, if present)." };
        var command = new Command("import", "Put a run's leads in the lead book: new leads are 待核查; a lead seen again keeps its state and history.") { leads, DbOption, UserOption, dueDays, settings };
        command.SetAction(async (parse, ct) =>
        {
            await ImportAsync(ui, parse.GetValue(leads)!, parse.GetValue(DbOption), Actor(parse.GetValue(UserOption)), ParseDueDays(parse.GetValue(dueDays)), ct, parse.GetValue(CommandAudit.AuditOption), parse.GetValue(settings)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    internal static IReadOnlyDictionary<string, int> ParseDueDays(string? value)
    {
        var days = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0 || n > LeadBookSettings.MaxDueDays)
            {
                throw new UsageException($"--due-days: '{pair}' is not MODEL=DAYS with DAYS from 1 to {LeadBookSettings.MaxDueDays.ToString(CultureInfo.InvariantCulture)} (e.g. SM0001=30).");
            }

            days[parts[0]] = n;
        }

        return days;
    }

    private static Command List(ConsoleUi ui)
    {
        var status = new Option<string?>("--status") { Description = "Only leads in this status: 待核查, 核查中, 办结 (or pending, investigating, closed)." };
        var model = new Option<string?>("--model") { Description = "Only leads of this model." };
        var assignee = new Option<string?>("--assignee") { Description = "Only leads assigned to this user." };
        var limit = new Option<int?>("--limit") { Description = "At most this many leads." };
        var command = new Command("list", "The leads in the book, by model and score, with their status, handler, due date and flags.") { status, model, assignee, limit, JsonOption, UnmaskOption, DbOption, DataOption };
        command.SetAction(async (parse, ct) =>
        {
            await using var book = await OpenExistingAsync(ui, parse, ct).ConfigureAwait(false);
            var statusValue = parse.GetValue(status) is { } s ? LeadWorkflow.ParseStatus(s) : null;
            var leads = await book.ListAsync(new LeadQuery(statusValue, parse.GetValue(model), parse.GetValue(assignee), parse.GetValue(limit)), ct).ConfigureAwait(false);
            var unmask = parse.GetValue(UnmaskOption);
            if (parse.GetValue(JsonOption))
            {
                ui.Raw(JsonSerializer.Serialize(leads.Select(l => Summary(l, unmask)), LeadJson.Options));
                return ExitCodes.Success;
            }

            var now = TimeProvider.System.GetUtcNow();
            var overdue = leads.Count(l => l.IsOverdueOn(now));
            var table = new Table().Border(TableBorder.Rounded).Title($"线索台账 {leads.Count.ToString(CultureInfo.InvariantCulture)} leads{(overdue > 0 ? $", {overdue.ToString(CultureInfo.InvariantCulture)} overdue 逾期" : "")} — {book.Location.Display}".EscapeMarkup())
                .AddColumns("Lead", "模型", "对象 Subject", "分 Score", "状态 Status", "结果 Outcome", "承办人 Handler", "部门 Dept", "期限 Due", "标记 Flags", "v");
            foreach (var l in leads)
            {
                table.AddRow([.. new[]
                {
                    l.LeadId, l.ModelId, SubjectText(l, unmask), F(l.Score), l.Status, l.Outcome ?? "", l.Assignee ?? "", l.Department ?? "",
                    (l.DueDate ?? "") + (l.IsOverdueOn(now) ? " 逾期" : ""), string.Join(" ", l.Flags), l.Version.ToString(CultureInfo.InvariantCulture),
                }.Select(c => c.EscapeMarkup())]);
            }

            ui.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show(ConsoleUi ui)
    {
        var id = new Argument<string>("lead-id") { Description = "The lead's id." };
        var command = new Command("show", "One lead: its state, handler, flags, rules and evidence count, and its last events.") { id, JsonOption, UnmaskOption, DbOption, DataOption };
        command.SetAction(async (parse, ct) =>
        {
            await using var book = await OpenExistingAsync(ui, parse, ct).ConfigureAwait(false);
            var lead = await RequireAsync(book, parse.GetValue(id)!, ct).ConfigureAwait(false);
            var unmask = parse.GetValue(UnmaskOption);
            var history = await book.HistoryAsync(lead.LeadId, ct).ConfigureAwait(false);
            if (parse.GetValue(JsonOption))
            {
                ui.Raw(JsonSerializer.Serialize(new { lead = Summary(lead, unmask), history = history.Select(e => Event(e, lead, unmask)) }, LeadJson.Options));
                return ExitCodes.Success;
            }

            ui.Line($"{lead.LeadId}  {lead.ModelId} v{lead.ModelVersion}  score {F(lead.Score)}  rank {lead.Rank.ToString(CultureInfo.InvariantCulture)}  version {lead.Version.ToString(CultureInfo.InvariantCulture)}");
            ui.Line($"对象 Subject: {SubjectText(lead, unmask)} ({lead.SubjectKind}{(lead.SubjectRole.Length > 0 ? ", " + lead.SubjectRole : "")})");
            ui.Line($"状态 Status: {lead.Status}{(lead.Outcome is null ? "" : $"  结果 Outcome: {Outcome(lead)}")}  承办人 Handler: {lead.Assignee ?? "-"}  部门 Department: {lead.Department ?? "-"}  期限 Due: {lead.DueDate ?? "-"}{(lead.IsOverdueOn(TimeProvider.System.GetUtcNow()) ? " 逾期 overdue" : "")}");
            ui.Line($"规则 Rules: {string.Join(", ", lead.RuleIds)}  证据 Evidence records: {lead.EvidenceCount.ToString(CultureInfo.InvariantCulture)}{(lead.Flags.Count > 0 ? "  标记 Flags: " + string.Join(" ", lead.Flags) : "")}");
            ui.Line($"last changed by {lead.UpdatedBy} at {Time(lead.UpdatedAt)}; allowed next: {string.Join(", ", LeadWorkflow.AllowedFrom(lead.Status))}");
            ui.Line($"({history.Count.ToString(CultureInfo.InvariantCulture)} events: {ui.Suggest($"leads history {lead.LeadId}")}; the evidence: {ui.Suggest("explain --leads FILE " + lead.LeadId)})");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Claim(ConsoleUi ui)
    {
        var model = new Option<string?>("--model") { Description = "Only leads of this model." };
        var command = new Command("claim", "Take the next lead to work: the highest-scoring unassigned 待核查 lead of your department, assigned to you and moved to 核查中; two claimers never get the same lead.") { model, UserOption, DbOption, DataOption };
        command.SetAction(async (parse, ct) =>
        {
            await using var book = await OpenExistingAsync(ui, parse, ct).ConfigureAwait(false);
            var actor = Actor(parse.GetValue(UserOption));
            var lead = await book.ClaimNextAsync(actor, parse.GetValue(model), ct).ConfigureAwait(false);
            ui.Line(lead is null
                ? $"No unassigned 待核查 lead left for {actor}."
                : $"{lead.LeadId} claimed by {actor}: {lead.ModelId}, score {F(lead.Score)}, now {lead.Status}, due {lead.DueDate ?? "-"}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Assign(ConsoleUi ui)
    {
        var id = new Argument<string>("lead-id") { Description = "The lead's id." };
        var to = new Option<string?>("--to") { Description = "The handler (承办人); without it, --department sends the lead to a department for its users to claim (分到部门)." };
        var department = new Option<string?>("--department") { Description = "The department (承办部门)." };
        var command = new Command("assign", "Assign a lead to a handler and, optionally, a department.") { id, to, department, ExpectVersionOption, UserOption, DbOption, DataOption };
        command.SetAction(async (parse, ct) =>
        {
            await using var book = await OpenExistingAsync(ui, parse, ct).ConfigureAwait(false);
            var (handler, unit) = (parse.GetValue(to), parse.GetValue(department));
            var lead = handler is not null
                ? await book.AssignAsync(parse.GetValue(id)!, handler, unit, Actor(parse.GetValue(UserOption)), parse.GetValue(ExpectVersionOption), ct).ConfigureAwait(false)
                : unit is not null
                    ? await book.AssignDepartmentAsync(parse.GetValue(id)!, unit, Actor(parse.GetValue(UserOption)), parse.GetValue(ExpectVersionOption), ct).ConfigureAwait(false)
                    : throw new UsageException("leads assign: give --to USER (the handler), --department DEPT (the department), or both.");
            ui.Line($"{lead.LeadId} assigned to {lead.Assignee ?? "(no handler yet)"}{(lead.Department is null ? "" : " (" + lead.Department + ")")}; version {lead.Version.ToString(CultureInfo.InvariantCulture)}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Status(ConsoleUi ui)
    {
        var id = new Argument<string>("lead-id") { Description = "The lead's id." };
        var status = new Argument<string>("status") { Description = "核查中 (take up, or reopen a closed lead) or 办结 (close, with --outcome); English: investigating, closed, reopen." };
        var outcome = new Option<string?>("--outcome") { Description = "On 办结: 成案, 不成案 (with --reason) or 移送 (with --to); English: case, not-case, referred." };
        var reason = new Option<string?>("--reason") { Description = "Why it is 不成案 (required then)." };
        var to = new Option<string?>("--to") { Description = "The receiving body of a 移送 (required then)." };
        var command = new Command("status", "Move a lead through 待核查 → 核查中 → 办结 (reopen: 办结 → 核查中); closing needs an outcome.") { id, status, outcome, reason, to, ExpectVersionOption, UserOption, DbOption, DataOption };
        command.SetAction(async (parse, ct) =>
        {
            await using var book = await OpenExistingAsync(ui, parse, ct).ConfigureAwait(false);
            var change = new StatusChange(
                LeadWorkflow.ParseStatus(parse.GetValue(status)!),
                parse.GetValue(outcome) is { } o ? LeadWorkflow.ParseOutcome(o) : null,
                parse.GetValue(reason),
                parse.GetValue(to));
            var lead = await book.ChangeStatusAsync(parse.GetValue(id)!, change, Actor(parse.GetValue(UserOption)), parse.GetValue(ExpectVersionOption), ct).ConfigureAwait(false);
            ui.Line($"{lead.LeadId} is now {lead.Status}{(lead.Outcome is null ? "" : ": " + Outcome(lead))}; version {lead.Version.ToString(CultureInfo.InvariantCulture)}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Note(ConsoleUi ui)
    {
        var id = new Argument<string>("lead-id") { Description = "The lead's id." };
        var text = new Argument<string>("text") { Description = "The note." };
        var command = new Command("note", "Add a note to a lead's history.") { id, text, ExpectVersionOption, UserOption, DbOption, DataOption };
        command.SetAction(async (parse, ct) =>
        {
            await using var book = await OpenExistingAsync(ui, parse, ct).ConfigureAwait(false);
            var lead = await book.AddNoteAsync(parse.GetValue(id)!, parse.GetValue(text)!, Actor(parse.GetValue(UserOption)), parse.GetValue(ExpectVersionOption), ct).ConfigureAwait(false);
            ui.Line($"Note added to {lead.LeadId}; version {lead.Version.ToString(CultureInfo.InvariantCulture)}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command History(ConsoleUi ui)
    {
        var id = new Argument<string>("lead-id") { Description = "The lead's id." };
        var command = new Command("history", "Every event of a lead, oldest first: who, when, what, old and new values, notes (全程留痕).") { id, JsonOption, UnmaskOption, DbOption, DataOption };
        command.SetAction(async (parse, ct) =>
        {
            await using var book = await OpenExistingAsync(ui, parse, ct).ConfigureAwait(false);
            var lead = await RequireAsync(book, parse.GetValue(id)!, ct).ConfigureAwait(false);
            var history = await book.HistoryAsync(lead.LeadId, ct).ConfigureAwait(false);
            var unmask = parse.GetValue(UnmaskOption);
            if (parse.GetValue(JsonOption))
            {
                ui.Raw(JsonSerializer.Serialize(history.Select(e => Event(e, lead, unmask)), LeadJson.Options));
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded).Title($"{lead.LeadId} — {history.Count.ToString(CultureInfo.InvariantCulture)} events".EscapeMarkup())
                .AddColumns("时间 When (UTC)", "人 Who", "事项 What", "原 Old", "新 New", "备注 Note");
            foreach (var e in history)
            {
                table.AddRow([.. new[] { Time(e.At), e.Actor, e.Kind, e.OldValue ?? "", e.NewValue ?? "", MaskText(e.Note, lead, unmask) ?? "" }.Select(c => c.EscapeMarkup())]);
            }

            ui.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Suppress(ConsoleUi ui)
    {
        var id = new Argument<string>("lead-id") { Description = "The lead whose subject the rule is suppressed for." };
        var rule = new Option<string>("--rule") { Description = "The rule to suppress for this subject (e.g. R7).", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why (a known honest debt collector, say); recorded.", Required = true };
        var command = new Command("suppress", "Suppress one rule for one subject, with a reason: later imports drop that rule for that subject.") { id, rule, reason, UserOption, DbOption, DataOption };
        command.SetAction(async (parse, ct) =>
        {
            await using var book = await OpenExistingAsync(ui, parse, ct).ConfigureAwait(false);
            var lead = await book.SuppressAsync(parse.GetValue(id)!, parse.GetValue(rule)!, parse.GetValue(reason)!, Actor(parse.GetValue(UserOption)), ct).ConfigureAwait(false);
            ui.Line($"{lead.ModelId} {parse.GetValue(rule)} suppressed for the subject of {lead.LeadId}; later imports drop it.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Export(ConsoleUi ui)
    {
        var format = new Option<string?>("--format") { Description = "xlsx or html (the report writers, the leads as last imported), csv or json (with state: status, outcome, handler, due date, flags, event count)." };
        var output = new Option<string>("--out") { Description = "The file to write.", Required = true };
        var status = new Option<string?>("--status") { Description = "Only leads in this status." };
        var model = new Option<string?>("--model") { Description = "Only leads of this model." };
        var command = new Command("export", "Export the book: xlsx|html through the report writers, csv|json with each lead's state; personal data masked unless --unmask.") { format, output, status, model, UnmaskOption, DbOption, DataOption };
        command.SetAction(async (parse, ct) =>
        {
            var outPath = parse.GetValue(output)!;
            var chosen = ReportCommand.ResolveFormat(parse.GetValue(format), outPath);
            OutputPath.Prepare(outPath);
            using var outputLock = OutputLock.Acquire(outPath);
            await using var book = await OpenExistingAsync(ui, parse, ct).ConfigureAwait(false);
            var statusValue = parse.GetValue(status) is { } s ? LeadWorkflow.ParseStatus(s) : null;
            var leads = await book.ListAsync(new LeadQuery(statusValue, parse.GetValue(model)), ct).ConfigureAwait(false);
            var unmask = parse.GetValue(UnmaskOption);
            switch (chosen)
            {
                case ReportFormat.Xlsx or ReportFormat.Html:
                    var report = LeadReport.Create([.. leads.Select(l => l.ToLead())], null, new ReportOptions
                    {
                        Title = "线索台账",
                        SourcePath = book.Location.Display,
                        GeneratedAt = TimeProvider.System.GetLocalNow(),
                        WorkingDirectory = Directory.GetCurrentDirectory(),
                        Unmask = unmask,
                        Workflow = await WorkflowAsync(book, leads, parse.GetValue(model), ct).ConfigureAwait(false),
                    });
                    await ReportWriter.WriteAsync(report, chosen, outPath, ct).ConfigureAwait(false);
                    break;
                case ReportFormat.Json:
                    var rows = new List<object>();
                    foreach (var l in leads)
                    {
                        rows.Add(new { lead = Summary(l, unmask), history = (await book.HistoryAsync(l.LeadId, ct).ConfigureAwait(false)).Select(e => Event(e, l, unmask)) });
                    }

                    await AtomicFile.WriteAsync(outPath, (stream, c) => JsonSerializer.SerializeAsync(stream, rows, LeadJson.Options, c), ct).ConfigureAwait(false);
                    break;
                default:
                    var csv = new StringBuilder("leadId,modelId,subjectKey,subjectName,score,status,outcome,outcomeReason,referredTo,assignee,department,dueDate,flags,version,updatedBy,updatedAt,overdue\r\n");
                    foreach (var l in leads)
                    {
                        csv.AppendJoin(',', new[]
                        {
                            l.LeadId, l.ModelId, unmask ? l.SubjectKey : PersonalData.Key(l.SubjectKey), unmask ? l.SubjectName : PersonalData.Name(l.SubjectName, l.SubjectKind),
                            F(l.Score), l.Status, l.Outcome ?? "", MaskText(l.OutcomeReason, l, unmask) ?? "", l.ReferredTo ?? "", l.Assignee ?? "", l.Department ?? "", l.DueDate ?? "",
                            string.Join(' ', l.Flags), l.Version.ToString(CultureInfo.InvariantCulture), l.UpdatedBy, Time(l.UpdatedAt), l.IsOverdueOn(TimeProvider.System.GetUtcNow()) ? "逾期" : "",
                        }.Select(Csv)).Append("\r\n");
                    }

                    await AtomicFile.WriteAsync(outPath, (stream, c) => stream.WriteAsync(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), c).AsTask(), ct).ConfigureAwait(false);
                    break;
            }

            if (unmask)
            {
                ui.Warn($"{outPath}: personal data is NOT masked (--unmask). Keep it within the case file.");
            }

            if (CommandAudit.Current is { } exported)
            {
                exported.AddLeadCounts(leads.Select(l => l.ToLead()));
                await exported.AddOutputAsync("export", outPath, ct).ConfigureAwait(false);
            }

            ui.Line($"Exported {leads.Count.ToString(CultureInfo.InvariantCulture)} leads from {book.Location.Display} to {outPath} ({chosen.ToString().ToLowerInvariant()}, {(unmask ? "unmasked" : "personal data masked")}).");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Users(ConsoleUi ui)
    {
        var name = new Argument<string>("user") { Description = "The user's name, as --user and --to give it." };
        var department = new Option<string?>("--department") { Description = "Their department (registered first with leads departments add); claim takes its leads and those of none." };
        var add = new Command("add", "Register a handler (or move one to another department): once users are registered, assign and claim take only them.") { name, department, UserOption, DbOption, DataOption };
        add.SetAction(async (parse, ct) =>
        {
            await using var book = await OpenExistingAsync(ui, parse, ct, create: true).ConfigureAwait(false);
            var user = await book.AddUserAsync(parse.GetValue(name)!, parse.GetValue(department), Actor(parse.GetValue(UserOption)), ct).ConfigureAwait(false);
            ui.Line($"User {user.UserName} registered in {book.Location.Display}{(user.Department is null ? " (no department: may claim any lead)" : ", department " + user.Department)}.");
            return ExitCodes.Success;
        });

        var list = new Command("list", "The registered users, their departments and the leads each has open (核查中).") { JsonOption, DbOption, DataOption };
        list.SetAction(async (parse, ct) =>
        {
            await using var book = await OpenExistingAsync(ui, parse, ct).ConfigureAwait(false);
            var users = await book.UsersAsync(ct).ConfigureAwait(false);
            if (parse.GetValue(JsonOption))
            {
                ui.Raw(JsonSerializer.Serialize(users, LeadJson.Options));
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded).Title($"承办人 {users.Count.ToString(CultureInfo.InvariantCulture)} users — {book.Location.Display}".EscapeMarkup())
                .AddColumns("用户 User", "部门 Department", "核查中 Open", "登记 Since");
            foreach (var u in users)
            {
                table.AddRow([.. new[] { u.UserName, u.Department ?? "", u.OpenLeads.ToString(CultureInfo.InvariantCulture), Time(u.CreatedAt) }.Select(c => c.EscapeMarkup())]);
            }

            ui.Write(table);
            if (users.Count == 0)
            {
                ui.Line("No user registered: any handler may be assigned and claim any lead (leads users add NAME --department DEPT starts the roster).");
            }

            return ExitCodes.Success;
        });
        return new Command("users", "The handlers (承办人) of the lead book: register them, list them.") { add, list };
    }

    private static Command Departments(ConsoleUi ui)
    {
        var id = new Argument<string>("department") { Description = "The department's id, as --department gives it (e.g. 民事检察部)." };
        var name = new Option<string?>("--name") { Description = "Its full name (default: the id)." };
        var add = new Command("add", "Register a department (承办部门), or rename one.") { id, name, UserOption, DbOption, DataOption };
        add.SetAction(async (parse, ct) =>
        {
            await using var book = await OpenExistingAsync(ui, parse, ct, create: true).ConfigureAwait(false);
            var department = await book.AddDepartmentAsync(parse.GetValue(id)!, parse.GetValue(name), Actor(parse.GetValue(UserOption)), ct).ConfigureAwait(false);
            ui.Line($"Department {department.DepartmentId} ({department.Name}) registered in {book.Location.Display}.");
            return ExitCodes.Success;
        });

        var list = new Command("list", "The registered departments, their users and their leads not closed.") { JsonOption, DbOption, DataOption };
        list.SetAction(async (parse, ct) =>
        {
            await using var book = await OpenExistingAsync(ui, parse, ct).ConfigureAwait(false);
            var departments = await book.DepartmentsAsync(ct).ConfigureAwait(false);
            if (parse.GetValue(JsonOption))
            {
                ui.Raw(JsonSerializer.Serialize(departments, LeadJson.Options));
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded).Title($"承办部门 {departments.Count.ToString(CultureInfo.InvariantCulture)} departments — {book.Location.Display}".EscapeMarkup())
                .AddColumns("部门 Department", "名称 Name", "人员 Users", "未办结 Open leads", "登记 Since");
            foreach (var d in departments)
            {
                table.AddRow([.. new[] { d.DepartmentId, d.Name, d.Users.ToString(CultureInfo.InvariantCulture), d.OpenLeads.ToString(CultureInfo.InvariantCulture), Time(d.CreatedAt) }.Select(c => c.EscapeMarkup())]);
            }

            ui.Write(table);
            return ExitCodes.Success;
        });
        return new Command("departments", "The departments (承办部门) of the lead book: register them, list them.") { add, list };
    }

    /// <summary>
    /// What an xlsx or html export shows beside the leads: each lead's state and whole history, and the outcome figures
    /// of the models exported (of every model when no --model was given). The report masks them with the leads.
    /// </summary>
    private static async Task<ReportWorkflow> WorkflowAsync(Book book, IReadOnlyList<BookLead> leads, string? model, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        var states = new Dictionary<string, LeadState>(StringComparer.Ordinal);
        foreach (var l in leads)
        {
            var history = await book.HistoryAsync(l.LeadId, cancellationToken).ConfigureAwait(false);
            states[l.LeadId] = new LeadState(l.Status, l.Outcome, l.OutcomeReason, l.ReferredTo, l.Assignee, l.Department, l.DueDate, l.IsOverdueOn(now), l.Flags, l.Version,
                [.. history.Select(e => new LeadHistoryEntry(e.At, e.Actor, e.Kind, e.OldValue, e.NewValue, e.Note))]);
        }

        var outcomes = (await book.OutcomeFiguresAsync(cancellationToken).ConfigureAwait(false))
            .Where(f => model is null || f.ModelId == model)
            .Select(f => new OutcomeRow(f.ModelId, f.RuleId, f.Closed, f.Cases, f.CaseRate, f.Referred, f.NotCaseShareByReason, f.MedianDaysToClose));
        return new ReportWorkflow(states, [.. outcomes]);
    }

    /// <summary>
    /// Opens the book named by --db (or beside --data, or the current folder); a SQLite book that does not exist yet is
    /// an error, not a new empty book. Every change made through it is appended to the audit log: --audit, else the log
    /// beside a SQLite book (DATA/.supervise/audit.jsonl for the default one), else DATA's.
    /// </summary>
    private static async Task<Book> OpenExistingAsync(ConsoleUi ui, ParseResult parse, CancellationToken cancellationToken, bool create = false)
    {
        var data = parse.GetValue(DataOption) ?? ".";
        var db = parse.GetValue(DbOption) ?? ReadSettings(null, data).Db ?? LeadBookLocation.DefaultFor(data);
        var location = LeadBookLocation.Parse(db);
        if (!create && location.FilePath is { } file && !File.Exists(file))
        {
            throw new UsageException($"no lead book at {db}: import leads first (leads import --leads FILE) or give --db.");
        }

        var auditPath = parse.GetValue(CommandAudit.AuditOption) ?? AuditLogSink.DefaultPathFor(location, data);
        CommandAudit.Current?.UseLog(auditPath); // an export's own entry goes to the book's log
        var audit = new AuditLogSink(auditPath, ui.Warn);
        return await Book.OpenAsync(location, new LeadBookOptions { Audit = audit }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<BookLead> RequireAsync(Book book, string id, CancellationToken cancellationToken) =>
        await book.GetAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new UsageException($"no lead {id} in the lead book {book.Location.Display}.");

    private static string SubjectText(BookLead l, bool unmask) =>
        unmask ? $"{l.SubjectName} {l.SubjectKey}" : $"{PersonalData.Name(l.SubjectName, l.SubjectKind)} {PersonalData.Key(l.SubjectKey)}";

    private static string? MaskText(string? text, BookLead lead, bool unmask) =>
        text is null || unmask || lead.SubjectKind != PersonalData.PersonKind ? text : PersonalData.Text(text, [lead.SubjectName]);

    private static object Summary(BookLead l, bool unmask) => new
    {
        leadId = l.LeadId, modelId = l.ModelId, modelVersion = l.ModelVersion,
        subject = new { key = unmask ? l.SubjectKey : PersonalData.Key(l.SubjectKey), name = unmask ? l.SubjectName : PersonalData.Name(l.SubjectName, l.SubjectKind), kind = l.SubjectKind, role = l.SubjectRole },
        score = l.Score, rank = l.Rank, rules = l.RuleIds, evidenceCount = l.EvidenceCount,
        status = l.Status, outcome = l.Outcome, outcomeReason = MaskText(l.OutcomeReason, l, unmask), referredTo = l.ReferredTo,
        assignee = l.Assignee, department = l.Department, dueDate = l.DueDate, overdue = l.IsOverdueOn(TimeProvider.System.GetUtcNow()), flags = l.Flags,
        firstSeenAt = l.FirstSeenAt, lastSeenAt = l.LastSeenAt, closedAt = l.ClosedAt, version = l.Version, updatedBy = l.UpdatedBy, updatedAt = l.UpdatedAt,
    };

    private static object Event(LeadEvent e, BookLead lead, bool unmask) => new
    {
        at = e.At, actor = e.Actor, kind = e.Kind, oldValue = MaskText(e.OldValue, lead, unmask), newValue = MaskText(e.NewValue, lead, unmask), note = MaskText(e.Note, lead, unmask), runId = e.RunId,
    };

    private static string Outcome(BookLead l) => l.Outcome + (l.ReferredTo is null ? "" : " → " + l.ReferredTo) + (l.OutcomeReason is null ? "" : "：" + l.OutcomeReason);

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset t) => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}

/// <summary>
/// <c>supervise eval --outcomes [--db …]</c>: the lead book's closed leads as the measure of each model and rule — the
/// figures a procuratorate reports (leads closed, 成案率, 不成案 by reason, median days to close).
/// </summary>
internal static class OutcomeEval
{
    public static async Task<int> PrintAsync(ConsoleUi ui, string? db, string? data, bool json, CancellationToken cancellationToken)
    {
        var path = db ?? LeadBookLocation.DefaultFor(data ?? ".");
        var location = LeadBookLocation.Parse(path);
        if (location.FilePath is { } file && !File.Exists(file))
        {
            throw new UsageException($"no lead book at {path}: give --db or --data (eval --outcomes reads the book's closed leads).");
        }

        await using var book = await Book.OpenAsync(location, cancellationToken: cancellationToken).ConfigureAwait(false);
        var figures = await book.OutcomeFiguresAsync(cancellationToken).ConfigureAwait(false);
        if (json)
        {
            ui.Raw(JsonSerializer.Serialize(figures.Select(f => new
            {
                modelId = f.ModelId, ruleId = f.RuleId, closed = f.Closed, cases = f.Cases, caseRate = Math.Round(f.CaseRate, 4), referred = f.Referred,
                notCaseByReason = f.NotCaseByReason, notCaseShareByReason = f.NotCaseShareByReason.ToDictionary(p => p.Key, p => Math.Round(p.Value, 4)),
                medianDaysToClose = Math.Round(f.MedianDaysToClose, 2),
            }), LeadJson.Options));
            return ExitCodes.Success;
        }

        if (figures.Count == 0)
        {
            ui.Line($"No closed (办结) lead in {location.Display} yet: nothing to measure.");
            return ExitCodes.Success;
        }

        var table = new Table().Border(TableBorder.Rounded).Title($"办结线索 Outcomes — {location.Display}".EscapeMarkup())
            .AddColumns("模型 Model", "规则 Rule", "办结 Closed", "成案 Cases", "成案率", "移送 Referred", "不成案 by reason (share)", "median days to close");
        foreach (var f in figures)
        {
            var reasons = string.Join("; ", f.NotCaseShareByReason.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {P(p.Value)}"));
            table.AddRow([.. new[]
            {
                f.ModelId, f.RuleId ?? "(all)", I(f.Closed), I(f.Cases), P(f.CaseRate), I(f.Referred), reasons, f.MedianDaysToClose.ToString("0.0", CultureInfo.InvariantCulture),
            }.Select(c => c.EscapeMarkup())]);
        }

        ui.Write(table);
        return ExitCodes.Success;
    }

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string P(double v) => v.ToString("0.0%", CultureInfo.InvariantCulture);
}
