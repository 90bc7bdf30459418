using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SupervisionModels.LeadBook;

namespace SupervisionModels.Web.Tests;

/// <summary>The workbench over HTTP, in memory (TestServer): logins, roles, forms, the lead desk and the dashboard.</summary>
public sealed class WorkbenchHttpTests
{
    private const string ProsecutorPassword = "zhang-secret-1";

    [Fact]
    public async Task Without_an_account_the_workbench_refuses_to_start_unless_the_first_admin_password_is_given()
    {
        var e = await Assert.ThrowsAsync<WorkbenchSetupException>(() => WorkbenchHost.StartAsync(adminPassword: null));
        Assert.Contains("SUPERVISE_ADMIN_PASSWORD", e.Message, StringComparison.Ordinal);
        Assert.Contains("no workbench account", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_but_the_login_needs_a_logged_in_user()
    {
        await using var host = await WorkbenchHost.StartAsync();
        using var anonymous = host.Session();
        foreach (var path in new[] { "/Leads", "/Dashboard", "/Models", "/Runs", "/Admin/Users" })
        {
            var page = await anonymous.GetAsync(path, follow: false);
            Assert.Equal(HttpStatusCode.Found, page.Status);
        }

        var login = await anonymous.GetAsync(path: "/Leads");
        Assert.StartsWith("/Account/Login", login.Path, StringComparison.Ordinal);
        Assert.Contains("<h1>登录</h1>", login.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_gives_no_session()
    {
        await using var host = await WorkbenchHost.StartAsync();
        using var session = host.Session();
        var refused = await session.LogInAsync("admin", "not-the-password");
        Assert.Contains("用户名或密码不正确", refused.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, (await session.GetAsync("/Leads", follow: false)).Status);
    }

    [Fact]
    public async Task A_form_posted_without_the_antiforgery_token_is_refused()
    {
        await using var host = await WorkbenchHost.StartAsync();
        using var session = host.Session();
        await session.GetAsync("/Account/Login");
        var form = new FormUrlEncodedContent([new("UserName", "admin"), new("Password", WorkbenchHost.AdminPassword)]);
        using var response = await session.Client.PostAsync("/Account/Login", form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_admin_creates_a_prosecutor_who_may_not_open_the_admin_pages()
    {
        await using var host = await WorkbenchHost.StartAsync();
        using var admin = host.Session();
        await CreateProsecutorAsync(admin, "zhang");

        using var zhang = host.Session();
        var home = await zhang.LogInAsync("zhang", ProsecutorPassword);
        Assert.Equal("/Leads", home.Path);
        Assert.Contains("zhang（检察官）", home.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Admin/Users\"", home.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await zhang.GetAsync("/Admin/Users")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await zhang.GetAsync("/Runs")).Status);
        var forbiddenPost = await zhang.PostAsync("/Admin/Users", home, ("userName", "mallory"), ("password", "mallory-pass-1"), ("role", Roles.Administrator));
        Assert.Equal(HttpStatusCode.Forbidden, forbiddenPost.Status);

        await using var book = await host.OpenBookAsync();
        var accounts = await book.AccountsAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["admin:管理员", "zhang:检察官"], accounts.Select(a => a.UserName + ":" + a.Role));
        Assert.DoesNotContain(accounts, a => a.PasswordHash.Contains(ProsecutorPassword, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_lead_list_filters_by_model_and_score_sorts_by_score_and_pages_by_fifty()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var many = Enumerable.Range(1, 60).Select(i => Leads.Person($"SM0001-A{i:D9}", "SM0001", "张三" + i, $"3704811968121180{i % 10}{i % 7}", score: i, rank: 61 - i)).ToArray();
        await host.ImportAsync([.. many, Leads.Person("SM0002-B000000001", "SM0002", "李四", "370481196812118030", 77)]);
        using var admin = host.Session();
        await admin.LogInAsync("admin", WorkbenchHost.AdminPassword);

        var first = await admin.GetAsync("/Leads");
        Assert.Contains("共 <strong id=\"lead-total\">61</strong> 条", first.Html, StringComparison.Ordinal);
        Assert.Equal(50, LeadIds(first).Count);
        Assert.Equal(["SM0002-B000000001", "SM0001-A000000060", "SM0001-A000000059"], LeadIds(first).Take(3)); // highest score first

        var second = await admin.GetAsync("/Leads?p=2");
        Assert.Equal(11, LeadIds(second).Count);
        Assert.Equal("SM0001-A000000001", LeadIds(second)[^1]);

        var sm0002 = await admin.GetAsync("/Leads?ModelId=SM0002");
        Assert.Equal(["SM0002-B000000001"], LeadIds(sm0002));

        var high = await admin.GetAsync("/Leads?ModelId=SM0001&MinScore=55");
        Assert.Equal(["SM0001-A000000060", "SM0001-A000000059", "SM0001-A000000058", "SM0001-A000000057", "SM0001-A000000056", "SM0001-A000000055"], LeadIds(high));

        Assert.DoesNotContain("李四", sm0002.Html, StringComparison.Ordinal); // names masked in the list
        Assert.Contains("李*", sm0002.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_detail_page_shows_rules_evidence_and_history_masked_and_an_unmasked_view_is_recorded()
    {
        await using var host = await WorkbenchHost.StartAsync();
        await host.ImportAsync(Leads.Person("SM0001-C000000001", "SM0001", "徐兴强", "370481196812118030", 90));
        using var admin = host.Session();
        await admin.LogInAsync("admin", WorkbenchHost.AdminPassword);

        var masked = await admin.GetAsync("/Leads/Detail/SM0001-C000000001");
        Assert.Equal(HttpStatusCode.OK, masked.Status);
        Assert.Contains("同一原告在筛查文书中作为原告起诉 ≥ 2 件", masked.Html, StringComparison.Ordinal);
        Assert.Contains("<mark>以车抵债</mark>", masked.Html, StringComparison.Ordinal);
        Assert.Contains("徐**", masked.Html, StringComparison.Ordinal);
        Assert.Contains("ID:3704**********8030", masked.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("徐兴强", masked.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("370481196812118030", masked.Html, StringComparison.Ordinal);
        Assert.Contains("<td>导入</td>", masked.Html, StringComparison.Ordinal);

        var unmasked = await admin.GetAsync("/Leads/Detail/SM0001-C000000001?unmask=true");
        Assert.Contains("徐兴强", unmasked.Html, StringComparison.Ordinal);
        await using var book = await host.OpenBookAsync();
        var history = await book.HistoryAsync("SM0001-C000000001", TestContext.Current.CancellationToken);
        Assert.Equal(("admin", "unmasked-view"), (history[^1].Actor, history[^1].Kind));
        Assert.Equal(1, (await book.GetAsync("SM0001-C000000001", TestContext.Current.CancellationToken))!.Version); // looking is not a change
        var audited = await Runtime.Audit.AuditLog.ReadAsync(Path.Combine(Path.GetDirectoryName(host.BookPath)!, Runtime.Audit.AuditLog.FileName), TestContext.Current.CancellationToken);
        Assert.Equal(["leads", "show", "SM0001-C000000001", "--unmask"], Assert.Single(audited, e => e.Command == "leads show --unmask").CommandLine); // who saw whose data
    }

    [Fact]
    public async Task A_prosecutor_without_the_unmask_permission_cannot_unmask()
    {
        await using var host = await WorkbenchHost.StartAsync();
        await host.ImportAsync(Leads.Person("SM0001-D000000001", "SM0001", "徐兴强", "370481196812118030", 90));
        using var admin = host.Session();
        await CreateProsecutorAsync(admin, "zhang");
        using var zhang = host.Session();
        await zhang.LogInAsync("zhang", ProsecutorPassword);

        var page = await zhang.GetAsync("/Leads/Detail/SM0001-D000000001?unmask=true");
        Assert.DoesNotContain("徐兴强", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("显示完整个人信息", page.Html, StringComparison.Ordinal);
        await using var book = await host.OpenBookAsync();
        Assert.DoesNotContain(await book.HistoryAsync("SM0001-D000000001", TestContext.Current.CancellationToken), e => e.Kind == "unmasked-view");
    }

    [Fact]
    public async Task A_prosecutor_claims_a_lead_closes_it_as_a_case_and_the_dashboard_counts_it()
    {
        await using var host = await WorkbenchHost.StartAsync();
        await host.ImportAsync(Leads.Person("SM0001-E000000001", "SM0001", "徐兴强", "370481196812118030", 90), Leads.Person("SM0001-E000000002", "SM0001", "王五", "370481196812118049", 40, rank: 2));
        using var admin = host.Session();
        await CreateProsecutorAsync(admin, "zhang");
        using var zhang = host.Session();
        await zhang.LogInAsync("zhang", ProsecutorPassword);

        var pending = await zhang.GetAsync("/Leads/Detail/SM0001-E000000001");
        Assert.Contains("id=\"claim\"", pending.Html, StringComparison.Ordinal);
        var claimed = await zhang.PostAsync("/Leads/Detail/SM0001-E000000001?handler=Claim", pending, ("version", "1"));
        Assert.Contains("已认领", claimed.Html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"status\">核查中</dd>", claimed.Html, StringComparison.Ordinal);

        var closed = await zhang.PostAsync("/Leads/Detail/SM0001-E000000001?handler=Close", claimed, ("version", Version(claimed)), ("outcome", "成案"), ("reason", "已立案监督"));
        Assert.Contains("<dd id=\"status\">办结：成案（已立案监督）</dd>", closed.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"claim\"", closed.Html, StringComparison.Ordinal);

        await using (var book = await host.OpenBookAsync())
        {
            var lead = (await book.GetAsync("SM0001-E000000001", TestContext.Current.CancellationToken))!;
            Assert.Equal((LeadWorkflow.Closed, LeadWorkflow.Case, "zhang"), (lead.Status, lead.Outcome, lead.Assignee));
            var history = await book.HistoryAsync("SM0001-E000000001", TestContext.Current.CancellationToken);
            Assert.All(history.Where(e => e.Kind is "status" or "outcome" or "assignee"), e => Assert.Equal("zhang", e.Actor));
        }

        // Changes made in the browser are in the same audit log as the CLI's, beside the book, and the chain verifies.
        var log = Path.Combine(Path.GetDirectoryName(host.BookPath)!, Runtime.Audit.AuditLog.FileName);
        var entries = await Runtime.Audit.AuditLog.ReadAsync(log, TestContext.Current.CancellationToken);
        Assert.Equal(("workbench account", "admin"), (entries[0].Command, entries[0].User)); // the first admin
        Assert.Contains(entries, e => e.Command == "workbench account" && e.User == "admin" && e.CommandLine.Contains("zhang"));
        Assert.Equal(2, entries.Count(e => e.Command == "leads status" && e.User == "zhang")); // claimed (核查中), then closed
        Assert.True((await Runtime.Audit.AuditLog.VerifyAsync(log, TestContext.Current.CancellationToken)).Ok);

        var dashboard = await zhang.GetAsync("/Dashboard");
        Assert.Contains("<td class=\"num\" data-status=\"办结\">1</td>", dashboard.Html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\" data-status=\"待核查\">1</td>", dashboard.Html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num case-rate\">100.0%</td>", dashboard.Html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart\"", dashboard.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Of_two_prosecutors_claiming_one_lead_one_wins_and_the_other_is_told_who_has_it()
    {
        await using var host = await WorkbenchHost.StartAsync();
        await host.ImportAsync(Leads.Person("SM0001-F000000001", "SM0001", "徐兴强", "370481196812118030", 90));
        using var admin = host.Session();
        await CreateProsecutorAsync(admin, "zhang");
        await CreateProsecutorAsync(admin, "li");
        using var zhang = host.Session();
        using var li = host.Session();
        await zhang.LogInAsync("zhang", ProsecutorPassword);
        await li.LogInAsync("li", ProsecutorPassword);
        var zhangSees = await zhang.GetAsync("/Leads/Detail/SM0001-F000000001");
        var liSees = await li.GetAsync("/Leads/Detail/SM0001-F000000001");

        await zhang.PostAsync("/Leads/Detail/SM0001-F000000001?handler=Claim", zhangSees, ("version", "1"));
        var lost = await li.PostAsync("/Leads/Detail/SM0001-F000000001?handler=Claim", liSees, ("version", "1"));

        Assert.Equal("/Leads", lost.Path);
        Assert.Contains("该线索已由 zhang 认领。", lost.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await li.GetAsync("/Leads/Detail/SM0001-F000000001")).Status);
        await using var book = await host.OpenBookAsync();
        Assert.Equal("zhang", (await book.GetAsync("SM0001-F000000001", TestContext.Current.CancellationToken))!.Assignee);
    }

    [Fact]
    public async Task The_run_page_runs_the_models_over_the_data_folder_and_imports_the_leads_as_the_admin()
    {
        await using var host = await WorkbenchHost.StartAsync();
        using var admin = host.Session();
        await admin.LogInAsync("admin", WorkbenchHost.AdminPassword);
        var runs = await admin.GetAsync("/Runs");
        var started = await admin.PostAsync("/Runs?handler=Start", runs);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"2\">", started.Html, StringComparison.Ordinal); // the page follows the run

        var job = await WaitAsync(host.App.Services.GetRequiredService<RunJobs>().All.Single());
        Assert.True(job.State == RunState.Done, $"{job.State}: {job.Message}\n{string.Join("\n", job.Lines)}");
        Assert.Contains(job.Lines, l => l.Contains("run: load", StringComparison.Ordinal)); // the pipeline's progress lines reach the page

        var written = File.ReadLines(job.LeadsPath).Count();
        await using var book = await host.OpenBookAsync();
        Assert.Equal(written, await book.CountAsync(TestContext.Current.CancellationToken));
        var any = (await book.ListAsync(new LeadQuery(Limit: 1), TestContext.Current.CancellationToken)).Single();
        Assert.Equal("admin", (await book.HistoryAsync(any.LeadId, TestContext.Current.CancellationToken)).Single().Actor);

        var done = await admin.GetAsync("/Runs");
        Assert.Contains($"已导入 {written} 条线索", done.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv=\"refresh\"", done.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_run_leaves_the_book_as_it_was()
    {
        await using var host = await WorkbenchHost.StartAsync();
        using var admin = host.Session();
        await admin.LogInAsync("admin", WorkbenchHost.AdminPassword);
        var runs = await admin.GetAsync("/Runs");
        var started = await admin.PostAsync("/Runs?handler=Start", runs);
        await admin.PostAsync("/Runs?handler=Cancel&id=1", started);

        var job = await WaitAsync(host.App.Services.GetRequiredService<RunJobs>().Find(1)!);
        Assert.True(job.State == RunState.Cancelled, $"{job.State}: {job.Message}");
        await using var book = await host.OpenBookAsync();
        Assert.Equal(0, await book.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Every_page_sends_the_security_headers_and_loads_nothing_from_another_origin()
    {
        await using var host = await WorkbenchHost.StartAsync();
        await host.ImportAsync(Leads.Person("SM0001-G000000001", "SM0001", "徐兴强", "370481196812118030", 90));
        using var admin = host.Session();
        await admin.LogInAsync("admin", WorkbenchHost.AdminPassword);
        foreach (var path in new[] { "/Account/Login", "/Leads", "/Leads/Detail/SM0001-G000000001", "/Models", "/Models/SM0002", "/Runs", "/Dashboard", "/Admin/Users" })
        {
            using var response = await admin.Client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            Assert.Equal("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
                response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
            Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal); // the CSP would block it
        }
    }

    private static async Task CreateProsecutorAsync(WebSession admin, string name)
    {
        if ((await admin.GetAsync("/Admin/Users", follow: false)).Status != HttpStatusCode.OK)
        {
            await admin.LogInAsync("admin", WorkbenchHost.AdminPassword);
        }

        var users = await admin.GetAsync("/Admin/Users");
        var saved = await admin.PostAsync("/Admin/Users", users, ("userName", name), ("password", ProsecutorPassword), ("role", Roles.Prosecutor));
        Assert.Contains($"已保存用户 {name}（检察官）", saved.Html, StringComparison.Ordinal);
    }

    private static List<string> LeadIds(WebPage page) =>
        [.. System.Text.RegularExpressions.Regex.Matches(page.Html, "<a href=\"/Leads/Detail/([^\"]+)\">").Select(m => m.Groups[1].Value)];

    private static string Version(WebPage page) =>
        System.Text.RegularExpressions.Regex.Match(page.Html, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;

    private static async Task<RunJob> WaitAsync(RunJob job)
    {
        for (var i = 0; i < 1200 && !job.IsFinished; i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return job;
    }
}
