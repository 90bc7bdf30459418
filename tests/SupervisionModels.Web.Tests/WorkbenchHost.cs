using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using SupervisionModels.BuiltIn;
using SupervisionModels.Cli.Commands;
using SupervisionModels.Hosting.Catalog;
using SupervisionModels.LeadBook;
using SupervisionModels.Leads;

namespace SupervisionModels.Web.Tests;

/// <summary>
/// One workbench over a data folder of its own (a copy of the committed sample) and its own lead book, built by
/// <see cref="Workbench.BuildAsync"/> exactly as <c>supervise serve</c> builds it: in memory (TestServer) for the HTTP
/// tests, or on Kestrel at a free 127.0.0.1 port for the browser tests.
/// </summary>
internal sealed class WorkbenchHost : IAsyncDisposable
{
    public const string AdminPassword = "admin-secret-1";

    private static readonly Lazy<ModelCatalog> Catalog = new(() => ModelCatalog.Load(BuiltInModels.Assembly, []));

    private readonly TempFolder temp;

    private WorkbenchHost(WebApplication app, string dataDirectory, string bookPath, TempFolder temp)
    {
        App = app;
        DataDirectory = dataDirectory;
        BookPath = bookPath;
        this.temp = temp;
    }

    public WebApplication App { get; }

    public string DataDirectory { get; }

    public string BookPath { get; }

    /// <summary>The base address (Kestrel) or http://localhost (TestServer).</summary>
    public Uri BaseAddress => App.Services.GetService(typeof(IServer)) is TestServer server
        ? server.BaseAddress
        : new Uri(((IServer)App.Services.GetService(typeof(IServer))!).Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>Starts a workbench; <paramref name="kestrel"/> for a real socket (browsers), else in memory.</summary>
    public static async Task<WorkbenchHost> StartAsync(bool kestrel = false, string? adminPassword = AdminPassword)
    {
        var temp = new TempFolder();
        var data = temp.CopyOf(Path.Combine(FixtureFiles.RepositoryRoot, "datasets", "sample"), "data");
        var book = Path.Combine(data, ".supervise", "leads.db");
        var options = new WorkbenchOptions
        {
            DataDirectory = data,
            Urls = "http://127.0.0.1:0",
            AdminPassword = adminPassword,
            Models = Catalog.Value.Models,
            Runner = new CliRunLauncher(),
        };
        try
        {
            var app = await Workbench.BuildAsync(options, builder =>
            {
                if (!kestrel)
                {
                    builder.WebHost.UseTestServer();
                }
            }, TestContext.Current.CancellationToken);
            await app.StartAsync(TestContext.Current.CancellationToken);
            return new WorkbenchHost(app, data, book, temp);
        }
        catch
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            temp.Dispose();
            throw;
        }
    }

    /// <summary>A logged-out browser-like client: cookies kept, redirects followed by hand so tests can see them.</summary>
    public WebSession Session()
    {
        var cookies = new CookieContainer();
        HttpMessageHandler inner = App.Services.GetService(typeof(IServer)) is TestServer server
            ? server.CreateHandler()
            : new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false };
        return new WebSession(new HttpClient(new CookieHandler(cookies) { InnerHandler = inner }) { BaseAddress = BaseAddress });
    }

    /// <summary>Opens the host's lead book directly (to put a tiny set of leads in it, or to check what a page did).</summary>
    public Task<LeadBook.LeadBook> OpenBookAsync() =>
        LeadBook.LeadBook.OpenAsync(LeadBookLocation.Parse(BookPath), null, TestContext.Current.CancellationToken);

    /// <summary>Imports <paramref name="leads"/> as one run of their models, as the CLI's <c>leads import</c> does.</summary>
    public async Task ImportAsync(params Lead[] leads)
    {
        await using var book = await OpenBookAsync();
        await book.ImportAsync(leads, new RunImport("test", null, [.. leads.Select(l => l.ModelId).Distinct()], null), "test", TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // the book's file is then free to delete
        temp.Dispose();
    }

    /// <summary>Keeps cookies across requests (TestServer's handler has no cookie container of its own).</summary>
    private sealed class CookieHandler(CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var header = cookies.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var cookie in set)
                {
                    cookies.SetCookies(request.RequestUri!, cookie);
                }
            }

            return response;
        }
    }
}

/// <summary>A page as the server sent it.</summary>
internal sealed record WebPage(HttpStatusCode Status, string Path, string Html)
{
    /// <summary>The antiforgery token of the page's first form (every form of a page carries the same one).</summary>
    public string Token => Regex.Match(Html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"") is { Success: true } m
        ? m.Groups[1].Value
        : throw new InvalidOperationException($"{Path}: no antiforgery token in the page:\n{Html}");
}

/// <summary>One user's client: GET a page, POST a form with the page's antiforgery token, log in.</summary>
internal sealed partial class WebSession(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public async Task<WebPage> GetAsync(string path, bool follow = true)
    {
        var response = await Client.GetAsync(path, TestContext.Current.CancellationToken);
        return await ReadAsync(response, path, follow);
    }

    /// <summary>Posts a form to <paramref name="path"/> with the antiforgery token of <paramref name="from"/>.</summary>
    public async Task<WebPage> PostAsync(string path, WebPage from, params (string Name, string Value)[] fields)
    {
        var form = new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", from.Token)]);
        var response = await Client.PostAsync(path, form, TestContext.Current.CancellationToken);
        return await ReadAsync(response, path, follow: true);
    }

    public async Task<WebPage> LogInAsync(string user, string password)
    {
        var login = await GetAsync("/Account/Login");
        return await PostAsync("/Account/Login", login, ("UserName", user), ("Password", password));
    }

    private async Task<WebPage> ReadAsync(HttpResponseMessage response, string path, bool follow)
    {
        for (var hops = 0; follow && hops < 5 && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther; hops++)
        {
            path = response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.PathAndQuery : response.Headers.Location.OriginalString;
            response.Dispose();
            response = await Client.GetAsync(path, TestContext.Current.CancellationToken);
        }

        using (response)
        {
            return new WebPage(response.StatusCode, path, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
    }

    public void Dispose() => Client.Dispose();
}
