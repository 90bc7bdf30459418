using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using SupervisionModels.Cli.Ui;
using SupervisionModels.Data;
using SupervisionModels.Data.Quality;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Facts;
using SupervisionModels.Runtime.Planning;

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
        var strict = new Option<bool>("--strict") { Description = "Data-quality warnings (identifier columns failing their check) are errors: exit 1." };
        var command = new Command("validate", "Check that every dataset the models need is there, with the columns and types they read, and measure their identifier columns.")
        {
            data, models, ModelsCommands.PluginsOption, strict,
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
            var (quality, warnings) = await CheckQualityAsync(ui, parse.GetValue(data)!, plan.Datasets, parse.GetValue(strict), ct).ConfigureAwait(false);
            PrintQuality(ui, quality);
            ui.Line(warnings.Count == 0
                ? $"OK: {plan.Datasets.Count} dataset(s) have what {string.Join(", ", selected.Select(m => m.Id))} read."
                : $"{plan.Datasets.Count} dataset(s) have what {string.Join(", ", selected.Select(m => m.Id))} read, with {warnings.Count} data-quality warning(s) above.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Measures the identifier columns (plain string columns, not long text) that the planned datasets read, prints a
    /// warning per column above what its schema expects (<see cref="DataQuality.DefaultMaxInvalidShare"/> unless the column
    /// states its own share), and with <paramref name="strict"/>
    /// makes any warning an error (exit 1). Used by <c>datasets validate</c> and by every run.
    /// </summary>
    internal static async Task<(IReadOnlyList<ColumnQuality> Figures, IReadOnlyList<string> Warnings)> CheckQualityAsync(
        ConsoleUi ui, string dataDirectory, IEnumerable<DatasetPlan> datasets, bool strict, CancellationToken ct)
    {
        var figures = new List<ColumnQuality>();
        foreach (var dataset in datasets)
        {
            var folder = Path.Combine(dataDirectory, dataset.Schema.DatasetName);
            var columns = dataset.RequiredColumns.Where(c => !c.IsText && c.ValueType == typeof(string)).Select(c => c.Name).ToArray();
            if (columns.Length > 0 && Directory.Exists(folder))
            {
                figures.AddRange(await DataQuality.MeasureAsync(folder, columns, DataQuality.ExpectedInvalidShares(dataset.Schema), ct).ConfigureAwait(false));
            }
        }

        var warnings = DataQuality.Warnings(figures);
        if (strict && warnings.Count > 0)
        {
            throw new DataException($"--strict: {warnings.Count} data-quality warning(s): {string.Join("; ", warnings)}");
        }

        foreach (var warning in warnings)
        {
            ui.Warn(warning);
        }

        return (figures, warnings);
    }

    private static void PrintQuality(ConsoleUi ui, IReadOnlyList<ColumnQuality> figures)
    {
        if (figures.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("数据集 Dataset", "标识列 Identifier column", "检查 Check", "值 Values", "未通过 Invalid", "空 Null");
        foreach (var f in figures)
        {
            table.AddRow(
                f.Dataset.EscapeMarkup(),
                f.Column.EscapeMarkup(),
                f.Kind.ToString(),
                f.Values.ToString("N0", CultureInfo.InvariantCulture),
                FormattableString.Invariant($"{f.Invalid:N0} ({f.InvalidShare * 100:0.0#} %)"),
                FormattableString.Invariant($"{f.Nulls:N0} ({f.NullShare * 100:0.0#} %)"));
        }

        ui.Write(table);
    }
}
