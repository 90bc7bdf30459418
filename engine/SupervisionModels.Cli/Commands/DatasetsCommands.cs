using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using SupervisionModels.Cli.Ui;
using SupervisionModels.Data;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Facts;

namespace SupervisionModels.Cli.Commands;

/// <summary><c>supervise datasets inspect|validate|generate</c>.</summary>
internal static class DatasetsCommands
{
    public static Command Create(ConsoleUi ui)
    {
        var datasets = new Command("datasets", "Inspect, validate and generate datasets.");
        datasets.Subcommands.Add(Inspect(ui));
        datasets.Subcommands.Add(Validate(ui));
        datasets.Subcommands.Add(GenerateCommand.Create(ui));
        return datasets;
    }

    private static Command Inspect(ConsoleUi ui)
    {
        var path = new Argument<string>("path") { Description = "A Parquet file, or a dataset folder of part files." };
        var command = new Command("inspect", "Print a Parquet file's schema, row count, row groups and compression (every page is decoded, so damage shows).") { path };
        command.SetAction(async (parse, ct) =>
        {
            var target = parse.GetValue(path)!;
            var files = Directory.Exists(target)
                ? Directory.EnumerateFiles(target, "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
                : File.Exists(target) ? [target] : throw new UsageException($"{target}: no such file or folder.");
            if (files.Length == 0)
            {
                throw new UsageException($"{target}: the folder has no .parquet files.");
            }

            var chunks = new List<InspectedChunk>();
            foreach (var file in files)
            {
                var inspection = await ParquetInspector.InspectAsync(file, ct).ConfigureAwait(false);
                Print(ui, inspection);
                chunks.AddRange(inspection.RowGroups.SelectMany(g => g.Chunks));
            }

            if (files.Length > 1)
            {
                ui.Line(FormattableString.Invariant(
                    $"{files.Length} files: column data {chunks.Sum(c => c.CompressedSize):N0} bytes compressed, {chunks.Sum(c => c.UncompressedSize):N0} uncompressed ({Ratio(chunks)})."));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(ConsoleUi ui, ParquetInspection inspection)
    {
        // Sizes are the column chunks' own metadata (total_compressed_size and total_uncompressed_size), summed over
        // the row groups: what the column costs on disk and once decompressed.
        var all = inspection.RowGroups.SelectMany(g => g.Chunks).ToArray();
        ui.Markup($"[bold]{inspection.File.EscapeMarkup()}[/]");
        ui.Line(FormattableString.Invariant(
            $"{inspection.RowCount:N0} rows, {inspection.RowGroups.Count} row group(s), file {inspection.Length:N0} bytes; column data {all.Sum(c => c.CompressedSize):N0} bytes compressed, {all.Sum(c => c.UncompressedSize):N0} uncompressed ({Ratio(all)}); created by {inspection.CreatedBy ?? "unknown"}"));
        var schema = new Table().Border(TableBorder.Rounded)
            .AddColumns("列 Column", "Parquet type", "CLR type", "可空 Nullable", "压缩 Compression", "编码 Encodings", "压缩后 Compressed", "解压后 Uncompressed", "比 Ratio");
        foreach (var column in inspection.Columns)
        {
            var chunks = inspection.RowGroups.SelectMany(g => g.Chunks).Where(c => c.Column == column.Name).ToArray();
            schema.AddRow(
                column.Name.EscapeMarkup(),
                column.ParquetType.EscapeMarkup(),
                (column.ClrType.Name + (column.IsRepeated ? "[]" : string.Empty)).EscapeMarkup(),
                column.IsNullable ? "yes" : "no",
                string.Join(", ", chunks.Select(c => c.Compression).Distinct()).EscapeMarkup(),
                string.Join(", ", chunks.SelectMany(c => c.Encodings).Distinct()).EscapeMarkup(),
                Bytes(chunks.Sum(c => c.CompressedSize)),
                Bytes(chunks.Sum(c => c.UncompressedSize)),
                Ratio(chunks));
        }

        ui.Write(schema);
        var groups = new Table().Border(TableBorder.Rounded).AddColumns("Row group", "Rows", "压缩后 Compressed", "解压后 Uncompressed", "比 Ratio");
        foreach (var group in inspection.RowGroups)
        {
            groups.AddRow(
                group.Index.ToString(CultureInfo.InvariantCulture),
                group.Rows.ToString("N0", CultureInfo.InvariantCulture),
                Bytes(group.Chunks.Sum(c => c.CompressedSize)),
                Bytes(group.Chunks.Sum(c => c.UncompressedSize)),
                Ratio(group.Chunks));
        }

        ui.Write(groups);
    }

    private static string Bytes(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Uncompressed over compressed, e.g. 8.9× (1.0× for uncompressed columns).</summary>
    private static string Ratio(IReadOnlyCollection<InspectedChunk> chunks)
    {
        var compressed = chunks.Sum(c => c.CompressedSize);
        return compressed == 0 ? "-" : (chunks.Sum(c => c.UncompressedSize) / (double)compressed).ToString("0.0", CultureInfo.InvariantCulture) + "×";
    }

    private static Command Validate(ConsoleUi ui)
    {
        var data = new Option<string>("--data") { Description = "The data directory to check.", Required = true };
        var models = new Option<string?>("--models") { Description = "Comma-separated model ids whose datasets to check (default: all)." };
        var command = new Command("validate", "Check that every dataset the models need is there, with the columns and types they read.")
        {
            data, models, ModelsCommands.PluginsOption,
        };
        command.SetAction(async (parse, ct) =>
        {
            using var catalog = ModelSession.LoadCatalog(parse.GetValue(ModelsCommands.PluginsOption));
            var selected = ModelSession.Select(catalog, parse.GetValue(models));
            var plan = new SupervisionEngine().Plan(selected.Select(m => new ModelRun(m.Model)).ToArray());
            var source = new ParquetFactSource(parse.GetValue(data)!) { HashFiles = false };
            var provenance = await source.OpenAsync(plan.Datasets, ct).ConfigureAwait(false); // throws, listing every problem
            var table = new Table().Border(TableBorder.Rounded).AddColumns("数据集 Dataset", "文件 Files", "行 Rows", "检查的列 Columns checked");
            foreach (var (dataset, info) in plan.Datasets.Zip(provenance))
            {
                table.AddRow(
                    dataset.Schema.DatasetName.EscapeMarkup(),
                    info.Files.Count.ToString(CultureInfo.InvariantCulture),
                    info.Rows.ToString("N0", CultureInfo.InvariantCulture),
                    string.Join(", ", dataset.RequiredColumns.Select(c => c.Name)).EscapeMarkup());
            }

            ui.Write(table);
            ui.Line($"OK: {plan.Datasets.Count} dataset(s) have what {string.Join(", ", selected.Select(m => m.Id))} read.");
            return ExitCodes.Success;
        });
        return command;
    }
}
