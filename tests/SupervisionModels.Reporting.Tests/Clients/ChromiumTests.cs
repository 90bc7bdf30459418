using System.Text.RegularExpressions;

namespace SupervisionModels.Reporting.Tests.Clients;

/// <summary>The HTML report loads in headless Chromium without script errors and shows every lead.</summary>
public sealed class ChromiumTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>Loads a page, lets its scripts run, and returns the DOM and the browser's console lines.</summary>
    private static async Task<(string Dom, string Console)> LoadAsync(string html)
    {
        var chromium = ExternalTool.Require("Chromium", "chromium", "chromium-browser", "google-chrome");
        using var temp = new TempFolder();
        var page = temp.Combine("leads.html");
        await File.WriteAllTextAsync(page, html);
        var (exit, dom, console) = await ExternalTool.RunAsync(chromium,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={temp.Combine("profile")}",
            "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--dump-dom", new Uri(page).AbsoluteUri,
        ], Timeout, new Dictionary<string, string> { ["HOME"] = temp.Path });
        Assert.True(exit == 0, $"chromium exited {exit}:\n{console}");
        return (dom, console);
    }

    private static string[] ScriptErrors(string dom, string console) =>
        Regex.Matches(console, @"CONSOLE.*""(Uncaught[^""]*)""").Select(m => m.Groups[1].Value)
            .Concat(Regex.Matches(dom, "<pre id=\"script-errors\">([^<]*)</pre>").Select(m => m.Groups[1].Value)).ToArray();

    [ClientFact]
    public async Task Html_LoadsInChromium_WithoutScriptErrors_ShowingEveryLead()
    {
        var report = TestLeads.Report();

        var (dom, console) = await LoadAsync(Writers.HtmlReportWriter.Render(report));

        Assert.Empty(ScriptErrors(dom, console));
        Assert.Contains("data-ready=\"ok\"", dom, StringComparison.Ordinal);
        Assert.Contains("data-script-errors=\"0\"", dom, StringComparison.Ordinal);
        Assert.Contains($"data-lead-rows=\"{report.Leads.Count}\"", dom, StringComparison.Ordinal);
        Assert.Contains($"<b id=\"shown-count\">{report.Leads.Count}</b>", dom, StringComparison.Ordinal); // written by the script
        Assert.Equal(report.Leads.Count, Regex.Matches(dom, "<tbody class=\"lead\"").Count);
    }

    [ClientFact]
    public async Task ScriptErrorCheck_CatchesABrokenPage()
    {
        var broken = Writers.HtmlReportWriter.Render(TestLeads.Report()).Replace("</body>", "<script>undefinedFunction();</script></body>", StringComparison.Ordinal);

        var (dom, console) = await LoadAsync(broken);

        Assert.NotEmpty(ScriptErrors(dom, console));
    }
}
