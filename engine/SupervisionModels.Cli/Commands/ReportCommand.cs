using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SupervisionModels.Cli.Ui;
using SupervisionModels.Reporting;
using SupervisionModels.Runtime.IO;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli.Commands;

/// <summary><c>supervise report --leads FILE [--format xlsx|html|csv|json] --out FILE [--unmask]</c>.</summary>
internal static class ReportCommand
{
    public static Command Create(ConsoleUi ui)
    {
        var leads = new Option<string>("--leads") { Description = "The leads file (JSON Lines) written by `run` or `demo`; its .run.json beside it gives the provenance.", Required = true };
        var format = new Option<string?>("--format") { Description = "xlsx, html, csv or json (default: from the --out extension)." };
        var output = new Option<string>("--out") { Description = "The report file to write.", Required = true };
        var unmask = new Option<bool>("--unmask") { Description = "Show personal data (names of natural persons, id numbers, phones, addresses) unmasked; the report says so." };
        var command = new Command("report", "Write a report of the leads for people: Excel, HTML, CSV or JSON, personal data masked unless --unmask.")
        {
            leads, format, output, unmask,
        };
        command.SetAction(async (parse, ct) =>
        {
            var outPath = parse.GetValue(output)!;
            var chosen = ResolveFormat(parse.GetValue(format), outPath);
            await ReportExport.WriteAsync(ui, parse.GetValue(leads)!, chosen, outPath, parse.GetValue(unmask), ct).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The format named, or the one the output's extension names; an error naming both otherwise.</summary>
    internal static ReportFormat ResolveFormat(string? name, string outPath)
    {
        if (name is not null)
        {
            return ReportFormats.Parse(name)
                ?? throw new UsageException($"unknown report format '{name}': use one of {string.Join(", ", ReportFormats.Names)}.");
        }

        return ReportFormats.FromPath(outPath)
            ?? throw new UsageException($"cannot tell the report format from '{outPath}': give --format {string.Join("|", ReportFormats.Names)} or an --out ending in .xlsx, .html, .csv or .json.");
    }
}

/// <summary>Reads a leads file and its run record and writes a report: shared by <c>report</c> and <c>demo</c>.</summary>
internal static class ReportExport
{
    public static async Task WriteAsync(ConsoleUi ui, string leadsPath, ReportFormat format, string outPath, bool unmask, CancellationToken cancellationToken)
    {
        var directory = OutputPath.Check(outPath); // a file on the way is named as such, not as a missing folder
        if (!Directory.Exists(directory))
        {
            throw new UsageException($"output directory {(Path.GetDirectoryName(outPath) is { Length: > 0 } given ? given : directory)} does not exist.");
        }

        if (Directory.Exists(outPath))
        {
            throw new UsageException($"{outPath} is a directory; --out takes the report file's path.");
        }

        OutputPath.Prepare(outPath);
        using var outputLock = OutputLock.Acquire(outPath);
        var stopwatch = Stopwatch.StartNew();
        var leads = await LeadJson.ReadAsync(leadsPath, cancellationToken).ConfigureAwait(false);
        var (run, warning) = await LeadJson.VerifyRunAsync(leadsPath, cancellationToken).ConfigureAwait(false);
        var audit = CommandAudit.Current;
        audit?.UseRunOf(run, leadsPath);
        if (warning is not null)
        {
            ui.Warn(warning);
        }

        if (run is null)
        {
            ui.Warn($"no run record ({LeadJson.SummaryPathFor(leadsPath)}) beside the leads file; the report says that provenance is unknown.");
        }

        var report = LeadReport.Create(leads, run is null ? null : run with { ExcerptNames = null }, new ReportOptions // the names are for masking, not for the report
        {
            PersonNames = run?.ExcerptNames ?? [],
            SourcePath = Path.GetFullPath(leadsPath),
            GeneratedAt = TimeProvider.System.GetLocalNow(),
            WorkingDirectory = Directory.GetCurrentDirectory(),
            Unmask = unmask,
        });
        await ReportWriter.WriteAsync(report, format, outPath, cancellationToken).ConfigureAwait(false);
        if (audit is not null)
        {
            await audit.AddInputAsync("leads", leadsPath, cancellationToken).ConfigureAwait(false);
            audit.AddLeadCounts(leads);
            await audit.AddOutputAsync("report", outPath, cancellationToken).ConfigureAwait(false);
        }
        if (unmask)
        {
            ui.Warn($"{outPath}: personal data is NOT masked (--unmask); the report says so. Keep it within the case file.");
        }

        ui.Line($"Report written to {outPath} ({format.ToString().ToLowerInvariant()}, {leads.Count.ToString(CultureInfo.InvariantCulture)} leads, {(unmask ? "unmasked" : "personal data masked")}, {stopwatch.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture)} ms).");
    }
}
