using System.CommandLine;
using SupervisionModels.Cli.Commands;
using SupervisionModels.Cli.Ui;
using SupervisionModels.Data;
using SupervisionModels.Hosting.Catalog;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli;

/// <summary>The <c>supervise</c> command line: verbs, and the one place where errors become exit codes.</summary>
public static class CliApp
{
    /// <summary>Builds the command tree.</summary>
    public static RootCommand Build(ConsoleUi ui)
    {
        var root = new RootCommand("supervise — 大数据法律监督模型引擎: run supervision models over Parquet datasets and get ranked, explained leads (线索).");
        root.Subcommands.Add(ModelsCommands.Create(ui));
        root.Subcommands.Add(DatasetsCommands.Create(ui));
        root.Subcommands.Add(RunCommand.Create(ui));
        root.Subcommands.Add(ExplainCommand.Create(ui));
        root.Subcommands.Add(ReportCommand.Create(ui));
        root.Subcommands.Add(DiffCommand.Create(ui));
        root.Subcommands.Add(EvalCommand.Create(ui));
        root.Subcommands.Add(ClassifierCommand.Create(ui));
        root.Subcommands.Add(DemoCommand.Create(ui));
        root.Subcommands.Add(AuditCommand.Create(ui));
        root.Options.Add(CommandAudit.AuditOption);
        root.Options.Add(CommandAudit.UserOption);
        root.Subcommands.Add(LeadsCommands.Create(ui));
        root.Subcommands.Add(ServeCommand.Create(ui));
        return root;
    }

    /// <summary>Parses and runs; maps user errors to exit code 1 and faults to 2, and Ctrl-C to a clean stop.</summary>
    public static async Task<int> RunAsync(string[] args, ConsoleUi ui)
    {
        var root = Build(ui);
        var parse = root.Parse(args);
        var audit = CommandAudit.Begin(parse, args); // appended below, whatever the outcome
        var exit = await InvokeAsync(parse, ui).ConfigureAwait(false);
        if (audit is not null)
        {
            await audit.EndAsync(ui, exit).ConfigureAwait(false);
        }

        return exit;
    }

    private static async Task<int> InvokeAsync(ParseResult parse, ConsoleUi ui)
    {
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                Output = ui.Out.Profile.Out.Writer,
                Error = ui.Error.Profile.Out.Writer,
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            CommandAudit.Current?.Failed("stopped (Ctrl-C)");
            ui.Fail("stopped (Ctrl-C); no partial output was written.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (IsUserError(e))
        {
            CommandAudit.Current?.Failed(e.Message);
            ui.Fail(e.Message);
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            CommandAudit.Current?.Failed($"internal error ({e.GetType().Name}): {e.Message}");
            ui.Fail($"internal error ({e.GetType().Name}): {e.Message}");
            ui.Info(e.StackTrace ?? string.Empty);
            ui.Info("This is a fault in supervise, not in your input; please report it with the lines above.");
            return ExitCodes.InternalError;
        }
    }

    private static bool IsUserError(Exception e) => e is UsageException or DataException or ModelLoadException
        or ModelDefinitionException or ModelExecutionException or LeadFileException or Runtime.IO.OutputPathException or Hosting.Settings.SettingsException or Hosting.Scaffolding.ScaffoldException or Runtime.Audit.AuditLogException
        or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException
        or LeadBook.LeadBookException;
}
