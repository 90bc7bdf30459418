using System.CommandLine;
using SupervisionModels.Cli.Ui;
using SupervisionModels.Reporting;
using SupervisionModels.Runtime.IO;

namespace SupervisionModels.Cli.Commands;

/// <summary><c>supervise demo</c>: every built-in model over the bundled sample data, leads and reports to ./out.</summary>
internal static class DemoCommand
{
    public static Command Create(ConsoleUi ui)
    {
        var output = new Option<string>("--out") { Description = "Where to write the leads and reports.", DefaultValueFactory = _ => "out" };
        var command = new Command("demo", "Run every built-in model over the bundled sample data and write the leads (and reports) to ./out.") { output };
        command.SetAction(async (parse, ct) =>
        {
            var sample = SampleData.Locate();
            ui.Info($"sample data: {ReportPaths.Shown(sample, Directory.GetCurrentDirectory())}");
            using var catalog = ModelSession.LoadCatalog(null);
            if (catalog.Models.Count == 0)
            {
                throw new UsageException("no built-in models are available.");
            }

            var outDir = parse.GetValue(output)!;
            OutputPath.CheckFolder(outDir);
            var leads = Path.Combine(outDir, "leads.jsonl");
            OutputPath.Prepare(leads);
            CommandAudit.Current?.UseDataDirectory(outDir); // the bundled sample may be read-only (an installed tool)
            var result = await RunPipeline.RunAsync(ui, sample, catalog.Models, null, leads, ct).ConfigureAwait(false);
            await ReportExport.WriteAsync(ui, leads, ReportFormat.Xlsx, Path.Combine(outDir, "leads.xlsx"), unmask: false, ct).ConfigureAwait(false);
            await ReportExport.WriteAsync(ui, leads, ReportFormat.Html, Path.Combine(outDir, "leads.html"), unmask: false, ct).ConfigureAwait(false);
            if (result.Leads.Count > 0)
            {
                ui.Line("Explain one: " + ui.Suggest($"explain --leads {leads} {result.Leads[0].LeadId}"));
                ui.Line("Another format: " + ui.Suggest($"report --leads {leads} --out {Path.Combine(outDir, "leads.csv")}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

/// <summary>
/// Finds the bundled sample data: datasets/sample when run inside the source tree (so reports name the committed folder,
/// not a copy under bin/), else the copy that travels with the program (the build output, a publish folder, the tool
/// package).
/// </summary>
internal static class SampleData
{
    public static string Locate() => Locate(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);

    internal static string Locate(string workingDirectory, string programDirectory)
    {
        for (var dir = new DirectoryInfo(workingDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "datasets", "sample");
            if (File.Exists(Path.Combine(dir.FullName, "SupervisionModels.sln")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        var beside = Path.Combine(programDirectory, "sample");
        if (Directory.Exists(beside) && Directory.EnumerateDirectories(beside).Any())
        {
            return beside;
        }

        throw new UsageException($"the bundled sample data was not found: expected {beside} (installed with supervise) or datasets/sample in the source tree above {workingDirectory}. Reinstall the tool, or give your own data to `run --data DIR`.");
    }
}
