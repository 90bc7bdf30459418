using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using SupervisionModels.Cli.Ui;
using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;
using SupervisionModels.Models;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli.Commands;

/// <summary><c>supervise models list|describe|new</c>.</summary>
internal static class ModelsCommands
{
    public static readonly Option<string?> PluginsOption = new("--plugins")
    {
        Description = "A folder of model plugins: DLLs, or C# source files compiled at load time.",
    };

    public static Command Create(ConsoleUi ui)
    {
        var models = new Command("models", "List, describe and scaffold supervision models.");
        models.Subcommands.Add(List(ui));
        models.Subcommands.Add(Describe(ui));
        models.Subcommands.Add(New(ui));
        return models;
    }

    private static Command List(ConsoleUi ui)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var command = new Command("list", "List the available models.") { PluginsOption, json };
        command.SetAction(parse =>
        {
            using var catalog = ModelSession.LoadCatalog(parse.GetValue(PluginsOption));
            foreach (var warning in catalog.Warnings)
            {
                ui.Warn(warning);
            }

            if (parse.GetValue(json))
            {
                var rows = catalog.Models.Select(m => new
                {
                    id = m.Id,
                    title = m.Model.Descriptor.Title,
                    category = m.Model.Descriptor.Category.ToChinese(),
                    version = m.Model.Descriptor.Version,
                    datasets = m.Model.Descriptor.Datasets.Select(t => FactSchema.For(t).DatasetName).ToArray(),
                    origin = m.Origin.ToString(),
                });
                ui.Raw(JsonSerializer.Serialize(rows, LeadJson.Options));
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded)
                .AddColumns("Id", "标题 Title", "类别 Category", "版本 Version", "数据集 Datasets", "来源 Origin");
            foreach (var m in catalog.Models)
            {
                var d = m.Model.Descriptor;
                table.AddRow(
                    d.Id.EscapeMarkup(), d.Title.EscapeMarkup(), d.Category.ToChinese(), d.Version.EscapeMarkup(),
                    string.Join(", ", d.Datasets.Select(t => FactSchema.For(t).DatasetName)).EscapeMarkup(), m.Origin.ToString().EscapeMarkup());
            }

            ui.Write(table);
            ui.Line($"{catalog.Models.Count} model(s).");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Describe(ConsoleUi ui)
    {
        var id = new Argument<string>("id") { Description = "The model id, e.g. SM0001." };
        var command = new Command("describe", "Show a model: what it looks for, its parameters, rules, and the dataset columns it needs.") { id, PluginsOption };
        command.SetAction(parse =>
        {
            using var catalog = ModelSession.LoadCatalog(parse.GetValue(PluginsOption));
            var model = ModelSession.Select(catalog, parse.GetValue(id))[0].Model;
            var d = model.Descriptor;
            var plan = new SupervisionEngine().Plan([new ModelRun(model)]);

            ui.Markup($"[bold]{d.Id.EscapeMarkup()} {d.Title.EscapeMarkup()}[/]  v{d.Version.EscapeMarkup()}  {d.Category.ToChinese()}");
            ui.Line(d.Description);
            if (d.HelpText.Length > 0)
            {
                ui.Line(string.Empty);
                ui.Line(d.HelpText);
            }

            var parameters = new Table().Border(TableBorder.Rounded).Title("参数 Parameters").AddColumns("名称 Name", "默认值 Default", "说明 Description");
            foreach (var p in model.Parameters)
            {
                parameters.AddRow(p.Name.EscapeMarkup(), p.Format(p.DefaultValue).EscapeMarkup(), p.Description.EscapeMarkup());
            }

            ui.Write(parameters);

            var rules = new Table().Border(TableBorder.Rounded).Title("规则 Rules (in run order)").AddColumns("Id", "说明 Description", "权重 Weight");
            var compiled = plan.RuleOrder[d.Id];
            var summary = plan.RuleWeights(d.Id);
            foreach (var rule in compiled)
            {
                rules.AddRow(rule.EscapeMarkup(), plan.RuleDescription(d.Id, rule).EscapeMarkup(), summary.TryGetValue(rule, out var w) ? w.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "—（派生事实 derives facts）");
            }

            ui.Write(rules);

            var columns = new Table().Border(TableBorder.Rounded).Title("所需数据 Datasets and columns read").AddColumns("数据集 Dataset", "列 Columns");
            foreach (var (dataset, cols) in plan.ColumnsFor(d.Id))
            {
                columns.AddRow(dataset.EscapeMarkup(), string.Join(", ", cols).EscapeMarkup());
            }

            ui.Write(columns);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command New(ConsoleUi ui)
    {
        var name = new Argument<string>("name") { Description = "The new model's name (letters and digits), e.g. WageArrears." };
        var output = new Option<string>("--out") { Description = "The folder to create (it must not exist or be empty).", Required = true };
        var command = new Command("new", "Scaffold a C# source plugin (descriptor, parameters, one rule, a help page) that `run --plugins DIR` loads as it is.") { name, output };
        command.SetAction(parse =>
        {
            var created = Hosting.Scaffolding.ModelScaffolder.Create(parse.GetValue(name)!, parse.GetValue(output)!);
            ui.Line($"Created a source plugin in {created.Directory}:");
            foreach (var file in created.Files)
            {
                ui.Line("  " + file);
            }

            ui.Line("Try it: " + ui.Suggest($"models describe {created.ModelId} --plugins {created.Directory}"));
            return ExitCodes.Success;
        });
        return command;
    }
}
