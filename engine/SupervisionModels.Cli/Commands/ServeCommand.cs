using System.CommandLine;
using System.Text;
using Spectre.Console;
using SupervisionModels.Cli.Ui;
using SupervisionModels.Web;

namespace SupervisionModels.Cli.Commands;

/// <summary><c>supervise serve [--data DIR] [--db DB] [--urls URLS] [--plugins DIR]</c>: the workbench (工作台) in the browser.</summary>
internal static class ServeCommand
{
    /// <summary>The environment variable holding the first administrator's password.</summary>
    public const string AdminPasswordVariable = "SUPERVISE_ADMIN_PASSWORD";

    public static Command Create(ConsoleUi ui)
    {
        var data = new Option<string>("--data") { Description = "The data directory runs read, and whose lead book (DATA/.supervise/leads.db) is used when --db is not given (default: the current folder).", DefaultValueFactory = _ => "." };
        var db = new Option<string?>("--db") { Description = "The lead book: a SQLite file, or a PostgreSQL connection string (\"Host=…;Database=…\")." };
        var urls = new Option<string>("--urls") { Description = "Where to listen (default http://127.0.0.1:5080: this machine only).", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var command = new Command("serve", "The workbench: run models, work leads and see the overview in the browser (Chinese UI, local accounts).")
        {
            data, db, urls, ModelsCommands.PluginsOption,
        };
        command.SetAction(async (parse, ct) =>
        {
            using var catalog = ModelSession.LoadCatalog(parse.GetValue(ModelsCommands.PluginsOption));
            foreach (var warning in catalog.Warnings)
            {
                ui.Warn(warning);
            }

            var options = new WorkbenchOptions
            {
                DataDirectory = Path.GetFullPath(parse.GetValue(data)!),
                Database = parse.GetValue(db),
                Urls = parse.GetValue(urls)!,
                AdminPassword = Environment.GetEnvironmentVariable(AdminPasswordVariable),
                Models = catalog.Models,
                Runner = new CliRunLauncher(),
            };
            Microsoft.AspNetCore.Builder.WebApplication app;
            try
            {
                app = await Workbench.BuildAsync(options, cancellationToken: ct).ConfigureAwait(false);
            }
            catch (WorkbenchSetupException e)
            {
                throw new UsageException(e.Message);
            }

            await using (app.ConfigureAwait(false))
            {
                await app.StartAsync(ct).ConfigureAwait(false);
                ui.Line($"工作台 workbench: {string.Join(", ", options.Urls.Split(';'))} (lead book: {(options.Database is null ? "DATA/.supervise/leads.db" : "--db")}); Ctrl-C stops it.");
                try
                {
                    await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl-C: the normal way to stop a server.
                }

                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

/// <summary>
/// Runs from the workbench go through the same pipeline as <c>supervise run</c> (settings, data-quality checks, the
/// shipped classifiers, the run record), its plain progress lines and summary sent to the page instead of a console.
/// </summary>
public sealed class CliRunLauncher : IRunLauncher
{
    /// <inheritdoc />
    public async Task RunAsync(string dataDirectory, string leadsPath, Action<string> progress, CancellationToken cancellationToken)
    {
        using var writer = new LineWriter(progress);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
        console.Profile.Width = 160;
        var ui = new ConsoleUi(console, console, interactive: false);
        using var catalog = ModelSession.LoadCatalog(null);
        await RunPipeline.RunAsync(ui, dataDirectory, catalog.Models, null, leadsPath, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A writer that hands on each complete line.</summary>
    private sealed class LineWriter(Action<string> line) : TextWriter
    {
        private readonly StringBuilder pending = new();
        private readonly Lock gate = new();

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (gate)
            {
                if (value == '\n')
                {
                    line(pending.ToString().TrimEnd('\r'));
                    pending.Clear();
                }
                else
                {
                    pending.Append(value);
                }
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && pending.Length > 0)
            {
                line(pending.ToString());
                pending.Clear();
            }

            base.Dispose(disposing);
        }
    }
}
