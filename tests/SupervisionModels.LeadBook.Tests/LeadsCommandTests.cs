using SupervisionModels.Cli;
using SupervisionModels.Cli.Tests;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Leads;
using static SupervisionModels.LeadBook.Tests.BookLeads;

namespace SupervisionModels.LeadBook.Tests;

/// <summary>The <c>leads</c> verbs and <c>eval --outcomes</c> end to end, in-process, on a SQLite book.</summary>
public sealed class LeadsCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Writes two SM0001 leads about persons with their run record, the way `run` writes them, with DATA as the data directory.</summary>
    private async Task<(string LeadsPath, string Data, Leads.Lead[] Leads)> WriteRunAsync()
    {
        var data = folder.Combine("data");
        Directory.CreateDirectory(data);
        var leads = new[] { Lead("SM0001", "ID:370481196812118030", "R1:judgments:J1", "R2:enterprises:E1"), Lead("SM0001", "ID:370481197001011234", "R1:judgments:J2") };
        var summary = new RunSummary("test", DateTimeOffset.UnixEpoch, TimeSpan.Zero, [new ModelSummary("SM0001", "车牌额度虚假诉讼", "1.0.0", "民事", 2, new Dictionary<string, string>(), [])], [], []);
        var path = folder.Combine("leads.jsonl");
        await LeadJson.WriteAsync(path, leads, new RunRecord(summary, data, new Dictionary<string, object?>()), Ct);
        return (path, data, leads);
    }

    [Fact]
    public async Task Import_puts_the_leads_in_the_book_beside_the_data_and_list_shows_them_masked()
    {
        var (path, data, leads) = await WriteRunAsync();

        var import = new CliHarness();
        Assert.Equal(ExitCodes.Success, await import.RunAsync("leads", "import", "--leads", path, "--user", "importer"));
        Assert.Contains("2 new", import.Output);
        Assert.True(File.Exists(Path.Combine(data, ".supervise", "leads.db")));

        var list = new CliHarness();
        Assert.Equal(ExitCodes.Success, await list.RunAsync("leads", "list", "--data", data, "--status", "pending"));
        Assert.Contains(leads[0].LeadId, list.Output);
        Assert.Contains("张*", list.Output);
        Assert.Contains("ID:3704**********8030", list.Output);
        Assert.DoesNotContain("370481196812118030", list.Output);

        var unmasked = new CliHarness();
        Assert.Equal(ExitCodes.Success, await unmasked.RunAsync("leads", "list", "--data", data, "--json", "--unmask"));
        Assert.Contains("370481196812118030", unmasked.Output);
    }

    [Fact]
    public async Task A_leads_file_that_does_not_match_its_run_record_is_refused_and_the_book_is_not_touched()
    {
        var (path, data, _) = await WriteRunAsync();
        await File.AppendAllTextAsync(path, "\n", Ct);

        var cli = new CliHarness();
        Assert.Equal(ExitCodes.BadInput, await cli.RunAsync("leads", "import", "--leads", path));
        Assert.Contains("does not match its run record", cli.Error);
        Assert.False(File.Exists(Path.Combine(data, ".supervise", "leads.db")));
    }

    [Fact]
    public async Task The_workflow_through_the_cli_with_illegal_steps_refused_with_exit_1_and_outcomes_measured()
    {
        var (path, _, leads) = await WriteRunAsync();
        var db = folder.Combine("book.db");
        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "import", "--leads", path, "--db", db));

        var claim = new CliHarness();
        Assert.Equal(ExitCodes.Success, await claim.RunAsync("leads", "claim", "--db", db, "--user", "alice"));
        Assert.Contains($"{leads[0].LeadId} claimed by alice", claim.Output); // the higher score first

        var illegal = new CliHarness();
        Assert.Equal(ExitCodes.BadInput, await illegal.RunAsync("leads", "status", leads[1].LeadId, "办结", "--outcome", "成案", "--db", db, "--user", "bob"));
        Assert.Contains($"lead {leads[1].LeadId} is 待核查: cannot move to 办结; allowed from 待核查: 核查中", illegal.Error);

        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "note", leads[0].LeadId, "已调取执行卷宗", "--db", db, "--user", "alice"));
        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "status", leads[0].LeadId, "closed", "--outcome", "case", "--db", db, "--user", "alice"));
        var stale = new CliHarness();
        Assert.Equal(ExitCodes.BadInput, await stale.RunAsync("leads", "assign", leads[0].LeadId, "--to", "bob", "--expect-version", "1", "--db", db, "--user", "bob"));
        Assert.Contains("changed by alice", stale.Error);

        var history = new CliHarness();
        Assert.Equal(ExitCodes.Success, await history.RunAsync("leads", "history", leads[0].LeadId, "--db", db));
        Assert.Contains("已调取执行卷宗", history.Output);
        Assert.Contains("成案", history.Output);

        var eval = new CliHarness();
        Assert.Equal(ExitCodes.Success, await eval.RunAsync("eval", "--outcomes", "--db", db, "--json"));
        Assert.Contains("\"modelId\":\"SM0001\",\"ruleId\":null,\"closed\":1,\"cases\":1,\"caseRate\":1", eval.Output);

        var export = folder.Combine("book.csv");
        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "export", "--db", db, "--out", export));
        var rows = await File.ReadAllLinesAsync(export, Ct);
        Assert.Equal(3, rows.Length);
        Assert.Contains(rows, r => r.StartsWith(leads[0].LeadId, StringComparison.Ordinal) && r.Contains(",办结,成案,", StringComparison.Ordinal) && r.Contains("张*", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Commands_other_than_import_do_not_create_an_empty_book()
    {
        var cli = new CliHarness();
        var db = folder.Combine("missing.db");
        Assert.Equal(ExitCodes.BadInput, await cli.RunAsync("leads", "list", "--db", db));
        Assert.Contains("no lead book at", cli.Error);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task The_workflow_verbs_are_audited_in_the_log_beside_the_book_and_audit_verify_and_show_list_them()
    {
        var (path, data, leads) = await WriteRunAsync();
        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "import", "--leads", path, "--user", "importer"));
        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "claim", "--data", data, "--user", "alice"));
        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "assign", leads[1].LeadId, "--to", "bob", "--data", data, "--user", "chief"));
        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "note", leads[0].LeadId, "已调取执行卷宗", "--data", data, "--user", "alice"));
        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "suppress", leads[0].LeadId, "--rule", "R2", "--reason", "正规催收公司", "--data", data, "--user", "alice"));
        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "status", leads[0].LeadId, "办结", "--outcome", "成案", "--data", data, "--user", "alice"));
        Assert.Equal(ExitCodes.BadInput, await new CliHarness().RunAsync("leads", "status", leads[1].LeadId, "办结", "--outcome", "成案", "--data", data, "--user", "bob"));
        var export = folder.Combine("book.csv");
        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "export", "--data", data, "--out", export, "--unmask", "--user", "alice"));

        var verify = new CliHarness();
        Assert.Equal(ExitCodes.Success, await verify.RunAsync("audit", "verify", "--data", data));
        Assert.Contains("OK, 7 entries", verify.Output);
        var exported = (await Runtime.Audit.AuditLog.ReadAsync(Runtime.Audit.AuditLog.DefaultPathFor(data), Ct))[^1];
        Assert.Equal(("leads export", "alice", true), (exported.Command, exported.User, exported.Unmasked)); // who took whose data out, unmasked
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(export, Ct))), exported.Outputs.Single(o => o.Role == "export").Sha256);

        var show = new CliHarness();
        Assert.Equal(ExitCodes.Success, await show.RunAsync("audit", "show", "--data", data));
        foreach (var expected in new[] { "leads import --leads", "leads claim --user alice", $"leads assign {leads[1].LeadId} --to bob", $"leads note {leads[0].LeadId}", $"leads suppress {leads[0].LeadId} --rule R2", $"leads status {leads[0].LeadId} 办结 --outcome 成案" })
        {
            Assert.Contains(expected, show.Output.Replace("\n", " ", StringComparison.Ordinal).ReplaceLineEndings(" "));
        }

        Assert.Contains("chief@", show.Output);
    }

    [Fact]
    public async Task The_xlsx_and_html_exports_show_each_leads_state_and_history_and_the_outcome_figures_masked()
    {
        var (path, _, leads) = await WriteRunAsync();
        var db = folder.Combine("book.db");
        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "import", "--leads", path, "--db", db));
        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "claim", "--db", db, "--user", "alice"));
        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "note", leads[0].LeadId, "张三称车牌已过户", "--db", db, "--user", "alice"));
        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "status", leads[0].LeadId, "办结", "--outcome", "成案", "--db", db, "--user", "alice"));
        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "assign", leads[1].LeadId, "--to", "bob", "--department", "民事检察部", "--db", db, "--user", "chief"));

        var xlsx = folder.Combine("book.xlsx");
        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "export", "--db", db, "--format", "xlsx", "--out", xlsx));
        var sheets = XlsxText(xlsx);
        Assert.Contains("处理记录", sheets.Keys);
        Assert.Contains("办结统计", sheets.Keys);
        var modelSheet = sheets.Single(p => p.Key.StartsWith("SM0001", StringComparison.Ordinal)).Value;
        Assert.Equal(["状态", "办理结果", "承办人", "承办部门", "办理期限", "逾期", "标记", "版本", "处理记录"], modelSheet[0][^9..]);
        var closed = modelSheet.Single(r => r.Contains(leads[0].LeadId));
        Assert.Equal(("办结", "成案", "alice"), (closed[11], closed[12], closed[13]));
        var assigned = modelSheet.Single(r => r.Contains(leads[1].LeadId));
        Assert.Equal(("待核查", "bob", "民事检察部"), (assigned[11], assigned[13], assigned[14]));
        var history = sheets["处理记录"];
        Assert.Equal(["导入", "claim", "status", "note", "status", "outcome"], history.Where(r => r[0] == leads[0].LeadId).Select(r => r[4]));
        Assert.Contains(history, r => r[7] == "张*称车牌已过户");
        Assert.DoesNotContain(history, r => r.Any(c => c.Contains("张三", StringComparison.Ordinal)));
        var outcomes = sheets["办结统计"];
        Assert.Equal(["SM0001", "（全部）", "1", "1", "1", "0"], outcomes[1][..6]);

        var html = folder.Combine("book.html");
        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "export", "--db", db, "--format", "html", "--out", html));
        var page = await File.ReadAllTextAsync(html, Ct);
        Assert.Contains("<section class=\"outcomes\" id=\"outcomes\">", page);
        Assert.Contains("<td class=\"num case-rate\">100.0%</td>", page);
        Assert.Contains("<span class=\"state\">办结 · 成案</span>", page);
        Assert.Contains("处理记录（6 条）", page);
        Assert.Contains("张*称车牌已过户", page);
        Assert.DoesNotContain("张三", page);

        var unmasked = folder.Combine("unmasked.html");
        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "export", "--db", db, "--format", "html", "--out", unmasked, "--unmask"));
        Assert.Contains("张三称车牌已过户", await File.ReadAllTextAsync(unmasked, Ct));
    }

    [Fact]
    public async Task Import_takes_the_due_days_of_the_data_settings_file_and_list_and_show_mark_an_overdue_lead()
    {
        var (path, data, leads) = await WriteRunAsync();
        await File.WriteAllTextAsync(Path.Combine(data, "supervise.settings.json"), """{ "leadBook": { "dueDays": { "SM0001": 7 } } }""", Ct);

        var import = new CliHarness();
        Assert.Equal(ExitCodes.Success, await import.RunAsync("leads", "import", "--leads", path));
        Assert.Contains("New leads are due in SM0001 7 days, other models 30 days", import.Output);
        var db = Path.Combine(data, ".supervise", "leads.db");
        var due = DateTime.UtcNow.Date.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await using (var book = await LeadBook.OpenAsync(LeadBookLocation.Parse(db), cancellationToken: Ct))
        {
            Assert.All(await book.ListAsync(new LeadQuery(), Ct), l => Assert.Equal(due, l.DueDate));
        }

        // A lead whose due date has passed, as a book a month old would hold it.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(LeadBookLocation.Parse(db).ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = $"UPDATE leads SET due_date = '2020-01-31' WHERE lead_id = '{leads[1].LeadId}'";
            await command.ExecuteNonQueryAsync(Ct);
        }

        var list = new CliHarness();
        Assert.Equal(ExitCodes.Success, await list.RunAsync("leads", "list", "--data", data));
        Assert.Contains("1 overdue 逾期", list.Output);
        Assert.Contains("2020-01-31 逾期", list.Output);
        var show = new CliHarness();
        Assert.Equal(ExitCodes.Success, await show.RunAsync("leads", "show", leads[1].LeadId, "--data", data));
        Assert.Contains("期限 Due: 2020-01-31 逾期 overdue", show.Output);
        var json = new CliHarness();
        Assert.Equal(ExitCodes.Success, await json.RunAsync("leads", "show", leads[0].LeadId, "--data", data, "--json"));
        Assert.Contains("\"overdue\":false", json.Output);

        await File.WriteAllTextAsync(Path.Combine(data, "supervise.settings.json"), "{\n  \"leadBook\": { \"dueDays\": { \"SM0001\": -3 } }\n}", Ct);
        var refused = new CliHarness();
        Assert.Equal(ExitCodes.BadInput, await refused.RunAsync("leads", "import", "--leads", path));
        Assert.Contains("supervise.settings.json:2: 'leadBook.dueDays.SM0001' must be a whole number of days from 1 to 3650, got -3", refused.Error);
    }

    [Fact]
    public async Task Users_and_departments_are_registered_and_listed_and_assignment_through_the_cli_is_checked_against_them()
    {
        var (path, _, leads) = await WriteRunAsync();
        var db = folder.Combine("book.db");
        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "departments", "add", "民事检察部", "--db", db, "--user", "chief"));
        var add = new CliHarness();
        Assert.Equal(ExitCodes.Success, await add.RunAsync("leads", "users", "add", "alice", "--department", "民事检察部", "--db", db, "--user", "chief"));
        Assert.Contains("User alice registered", add.Output);
        var noSuchDepartment = new CliHarness();
        Assert.Equal(ExitCodes.BadInput, await noSuchDepartment.RunAsync("leads", "users", "add", "bob", "--department", "刑事检察部", "--db", db));
        Assert.Contains("no department 刑事检察部", noSuchDepartment.Error);
        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "import", "--leads", path, "--db", db));

        var unknown = new CliHarness();
        Assert.Equal(ExitCodes.BadInput, await unknown.RunAsync("leads", "assign", leads[0].LeadId, "--to", "bob", "--db", db, "--user", "chief"));
        Assert.Contains("cannot assign to bob, who is not a registered user", unknown.Error);
        var toDepartment = new CliHarness();
        Assert.Equal(ExitCodes.Success, await toDepartment.RunAsync("leads", "assign", leads[1].LeadId, "--department", "民事检察部", "--db", db, "--user", "chief"));
        Assert.Contains("(no handler yet) (民事检察部)", toDepartment.Output);
        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "assign", leads[0].LeadId, "--to", "alice", "--db", db, "--user", "chief"));
        Assert.Equal(ExitCodes.Success, await new CliHarness().RunAsync("leads", "status", leads[0].LeadId, "核查中", "--db", db, "--user", "alice"));

        var users = new CliHarness();
        Assert.Equal(ExitCodes.Success, await users.RunAsync("leads", "users", "list", "--db", db, "--json"));
        Assert.Contains("\"userName\":\"alice\",\"department\":\"民事检察部\"", users.Output);
        Assert.Contains("\"openLeads\":1", users.Output);
        var departments = new CliHarness();
        Assert.Equal(ExitCodes.Success, await departments.RunAsync("leads", "departments", "list", "--db", db));
        Assert.Contains("民事检察部", departments.Output);

        var log = await Runtime.Audit.AuditLog.ReadAsync(folder.Combine("audit.jsonl"), Ct);
        Assert.Equal(["leads departments add", "leads users add", "leads import", "leads assign", "leads assign", "leads status"], log.Select(e => e.Command));
    }

    /// <summary>Each sheet's rows as text (shared strings resolved, numbers as written), by sheet name.</summary>
    private static Dictionary<string, List<string[]>> XlsxText(string path)
    {
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<DocumentFormat.OpenXml.Spreadsheet.SharedStringItem>().Select(i => i.InnerText).ToArray();
        var sheets = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>())
        {
            var part = (DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(sheet.Id!);
            sheets[sheet.Name!] = [.. part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Select(row => row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>()
                .Select(c => c.DataType?.Value == DocumentFormat.OpenXml.Spreadsheet.CellValues.SharedString ? strings[int.Parse(c.InnerText, System.Globalization.CultureInfo.InvariantCulture)] : c.InnerText)
                .ToArray())];
        }

        return sheets;
    }
}
