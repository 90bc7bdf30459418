using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SupervisionModels.LeadBook;

namespace SupervisionModels.Web;

/// <summary>
/// Builds the workbench application. Razor Pages, because every page is server-rendered HTML with forms: the form tag
/// helper puts an antiforgery token in each and Razor Pages validate it on every POST without a line per page, and
/// authorization is set per folder (Admin/ for 管理员) in one place. No script is needed at all; the styles are one
/// embedded file, served by the app.
/// </summary>
public static class Workbench
{
    /// <summary>
    /// The application, not yet started. <paramref name="configure"/> lets tests swap the server (TestServer) before it
    /// is built. Creates the first administrator when the book has no account, or refuses to start without one.
    /// </summary>
    public static async Task<WebApplication> BuildAsync(WorkbenchOptions options, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Directory.Exists(options.DataDirectory))
        {
            throw new WorkbenchSetupException($"data directory {options.DataDirectory} does not exist.");
        }

        var location = LeadBookLocation.Parse(options.Database ?? LeadBookLocation.DefaultFor(options.DataDirectory));
        var books = BookAccess.For(location, options.DataDirectory);
        var accounts = new Accounts(books);
        await accounts.EnsureFirstAdminAsync(options.AdminUserName, options.AdminPassword, cancellationToken).ConfigureAwait(false);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(Workbench).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders(); // request logs would carry lead ids and user names to the console: nothing is logged but errors
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Error);
        builder.Services.AddSingleton(options);
        // Chinese written as it is in the pages (the default encoder writes every CJK character as an entity).
        builder.Services.AddWebEncoders(e => e.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // The keys that sign the login cookie and the antiforgery tokens live beside the book (when it is a file), so a
        // restart keeps people logged in and two data folders never share keys.
        builder.Services.AddDataProtection()
            .SetApplicationName("supervise-workbench")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(location.FilePath is { } file ? Path.GetDirectoryName(file)! : Path.Combine(options.DataDirectory, ".supervise"), "workbench-keys")));
        builder.Services.AddSingleton(books);
        builder.Services.AddSingleton(accounts);
        builder.Services.AddSingleton<RunJobs>();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            // A role that may not open a page gets 403 itself (rendered by the status page below), not a redirect.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            cookie.Cookie.Name = "supervise.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Roles.AdminPolicy, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Roles.AssignPolicy, p => p.RequireRole(Roles.Administrator, Roles.DepartmentHead))
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddAntiforgery(a => a.Cookie.Name = "supervise.csrf");
        builder.Services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Admin", Roles.AdminPolicy);
            pages.Conventions.AuthorizePage("/Runs", Roles.AdminPolicy);
            pages.Conventions.AllowAnonymousToPage("/Account/Login");
            pages.Conventions.AllowAnonymousToPage("/Error");
        }).ConfigureApplicationPartManager(parts =>
        {
            // The pages are found through ApplicationName above; added here only if a host's discovery missed them,
            // since the same page registered twice would make every request ambiguous.
            var name = typeof(Workbench).Assembly.GetName().Name;
            if (!parts.ApplicationParts.Any(p => p.Name == name))
            {
                foreach (var part in Microsoft.AspNetCore.Mvc.ApplicationParts.ApplicationPartFactory.GetApplicationPartFactory(typeof(Workbench).Assembly).GetApplicationParts(typeof(Workbench).Assembly))
                {
                    parts.ApplicationParts.Add(part);
                }
            }
        });
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler("/Error");
        app.Use(SecurityHeaders);
        app.UseStatusCodePages(StatusPage);
        app.MapGet("/assets/{name}", ServeAsset).AllowAnonymous();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        return app;
    }

    /// <summary>No script or style from anywhere but the app; no framing; no referrer carrying a lead's URL away.</summary>
    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers.CacheControl = "no-store";
        return next();
    }

    /// <summary>A plain Chinese page for 403 and 404, so a 检察官 opening an admin page sees why.</summary>
    private static async Task StatusPage(StatusCodeContext status)
    {
        var response = status.HttpContext.Response;
        var text = response.StatusCode switch
        {
            403 => "403 无权访问：您的角色不能打开此页面。",
            404 => "404 未找到。",
            _ => $"{response.StatusCode}",
        };
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync($"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{response.StatusCode}</title><link rel=\"stylesheet\" href=\"/assets/site.css\"><link rel=\"icon\" href=\"/assets/icon.svg\" type=\"image/svg+xml\"></head><body><main><h1>{text}</h1><p><a href=\"/\">返回线索</a></p></main></body></html>").ConfigureAwait(false);
    }

    private static IResult ServeAsset(string name)
    {
        var stream = typeof(Workbench).Assembly.GetManifestResourceStream("Assets." + name);
        if (stream is null)
        {
            return Results.NotFound();
        }

        var type = Path.GetExtension(name) switch
        {
            ".css" => "text/css; charset=utf-8",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
        return Results.Stream(stream, type);
    }
}
