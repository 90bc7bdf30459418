using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SupervisionModels.Web.Tests;

/// <summary>
/// The workbench in a real browser: the server on Kestrel at a free 127.0.0.1 port, Debian's chromium driven by
/// Playwright (never `playwright install`: its browser download cannot work here). Without /usr/bin/chromium the tests
/// are skipped, saying so (.ci/run installs it).
/// </summary>
public sealed class WorkbenchBrowserTests
{
    private const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>
    /// Set to a folder to keep a screenshot of each page there (docs/workbench holds the committed ones); unset, they
    /// go to the test's temporary folder and are checked to be written.
    /// </summary>
    private const string ScreenshotsVariable = "SUPERVISE_WORKBENCH_SCREENSHOTS";

    [Fact]
    public async Task Admin_creates_a_prosecutor_runs_the_sample_and_the_prosecutor_closes_a_lead_as_a_case_seen_on_the_dashboard()
    {
        await using var launched = await LaunchAsync();
        var browser = launched.Browser;
        await using var host = await WorkbenchHost.StartAsync(kestrel: true);
        var origin = host.BaseAddress.GetLeftPart(UriPartial.Authority);
        using var shots = new TempFolder();
        var shotFolder = Environment.GetEnvironmentVariable(ScreenshotsVariable) is { Length: > 0 } keep ? Directory.CreateDirectory(keep).FullName : shots.Path;
        var problems = new List<string>();

        await using var adminContext = await browser.NewContextAsync(new() { BaseURL = origin, Locale = "zh-CN" });
        var admin = await Watched(adminContext, origin, problems);
        await admin.GotoAsync("/Leads");
        await Expect(admin.Locator("h1")).ToHaveTextAsync("登录");
        await Shot(admin, shotFolder, "login");
        await LogInAsync(admin, "admin", WorkbenchHost.AdminPassword);
        await Expect(admin.Locator("#lead-total")).ToHaveTextAsync("0");

        await admin.GotoAsync("/Admin/Users");
        await admin.FillAsync("input[name=userName]", "zhang");
        await admin.FillAsync("input[name=password]", "zhang-secret-1");
        await admin.SelectOptionAsync("select[name=role]", Roles.Prosecutor);
        await admin.ClickAsync("#create-user");
        await Expect(admin.Locator(".message")).ToHaveTextAsync("已保存用户 zhang（检察官）。");
        await Shot(admin, shotFolder, "users");

        await admin.GotoAsync("/Runs");
        await admin.ClickAsync("#start-run");
        await Expect(admin.Locator("#run-1 .run-state")).ToHaveTextAsync("完成", new() { Timeout = 180_000 }); // the page refreshes itself while the run goes
        await Expect(admin.Locator("#run-1 .message")).ToContainTextAsync("已导入");
        await Shot(admin, shotFolder, "runs");
        await admin.GotoAsync("/Models/SM0001");
        await Expect(admin.Locator("h1")).ToContainTextAsync("SM0001");
        await Shot(admin, shotFolder, "model");
        await admin.ClickAsync("header button:has-text('退出')");
        await Expect(admin.Locator("h1")).ToHaveTextAsync("登录");

        await using var zhangContext = await browser.NewContextAsync(new() { BaseURL = origin, Locale = "zh-CN" });
        var zhang = await Watched(zhangContext, origin, problems);
        await zhang.GotoAsync("/Leads");
        await LogInAsync(zhang, "zhang", "zhang-secret-1");
        await zhang.SelectOptionAsync("select[name=ModelId]", "SM0001");
        await zhang.ClickAsync("button:has-text('筛选')");
        await Expect(zhang.Locator("table.leads tbody tr").First).ToContainTextAsync("SM0001");
        await Shot(zhang, shotFolder, "leads");
        await zhang.Locator("table.leads tbody tr a").First.ClickAsync();
        await Expect(zhang.Locator("#status")).ToHaveTextAsync("待核查");
        await zhang.ClickAsync("#claim");
        await Expect(zhang.Locator("#status")).ToHaveTextAsync("核查中");
        await Expect(zhang.Locator("#assignee")).ToHaveTextAsync("zhang");
        await Shot(zhang, shotFolder, "lead");
        await zhang.SelectOptionAsync("select[name=outcome]", "成案");
        await zhang.FillAsync("input[name=reason]", "已立案监督");
        await zhang.ClickAsync("#close");
        await Expect(zhang.Locator("#status")).ToHaveTextAsync("办结：成案（已立案监督）");

        await zhang.GotoAsync("/Dashboard");
        await Expect(zhang.Locator("#counts tr[data-model=SM0001] td[data-status=办结]")).ToHaveTextAsync("1");
        await Expect(zhang.Locator("#case-rates tr[data-model=SM0001] .case-rate")).ToHaveTextAsync("100.0%");
        await Expect(zhang.Locator("svg.chart").First).ToBeVisibleAsync();
        await Shot(zhang, shotFolder, "dashboard");

        var denied = await zhang.GotoAsync("/Admin/Users");
        Assert.Equal(403, denied!.Status);
        await Expect(zhang.Locator("h1")).ToContainTextAsync("403 无权访问");
        problems.RemoveAll(p => p.Contains("403", StringComparison.Ordinal)); // the one refusal this test asked for

        Assert.Empty(problems);
        Assert.Equal(7, Directory.GetFiles(shotFolder, "*.png").Length);
    }

    private static async Task<Launched> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Skip($"{ChromiumPath} is not installed (apt-get install -y chromium; .ci/run installs it): the workbench's browser tests need it.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new Launched(playwright, browser);
    }

    /// <summary>A page whose console errors, failed requests and requests to any other origin are collected as problems.</summary>
    private static async Task<IPage> Watched(IBrowserContext context, string origin, List<string> problems)
    {
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (problems)
                {
                    problems.Add($"console: {message.Text} ({message.Location})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (problems)
            {
                problems.Add("page error: " + error);
            }
        };
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin + "/", StringComparison.Ordinal))
            {
                lock (problems)
                {
                    problems.Add("request to another origin: " + request.Url);
                }
            }
        };
        return page;
    }

    private static async Task LogInAsync(IPage page, string user, string password)
    {
        await page.FillAsync("input[name=UserName]", user);
        await page.FillAsync("input[name=Password]", password);
        await page.ClickAsync("button:has-text('登录')");
        await Expect(page).ToHaveURLAsync(new Regex("/Leads"));
    }

    private static Task Shot(IPage page, string folder, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = false });

    private sealed class Launched(IPlaywright playwright, IBrowser browser) : IAsyncDisposable
    {
        public IBrowser Browser { get; } = browser;

        public async ValueTask DisposeAsync()
        {
            await Browser.CloseAsync();
            playwright.Dispose();
        }
    }
}
