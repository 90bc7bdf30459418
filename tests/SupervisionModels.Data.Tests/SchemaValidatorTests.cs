using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;

namespace SupervisionModels.Data.Tests;

public sealed class SchemaValidatorTests
{
    [Fact]
    public async Task Validate_MatchingFiles_ReportsNothing()
    {
        using var dir = new TempDir();
        await ParquetFactWriter<Sample>.WriteAllAsync(dir.File("samples", "part-0.parquet"), Sample.Make(10), ct: TestContext.Current.CancellationToken);
        var reader = await DatasetReader.OpenAsync(dir.File("samples"), TestContext.Current.CancellationToken);

        Assert.Empty(SchemaValidator.Validate(reader, ExpectedColumn.Of(FactSchema.For<Sample>())));
    }

    [Fact]
    public async Task Validate_OlderLayout_ListsEveryProblemWithDatasetFileColumnExpectedAndFound()
    {
        using var dir = new TempDir();
        var file = dir.File("samples", "part-0.parquet");
        await ParquetFactWriter<OldSample>.WriteAllAsync(file, [
            new OldSample { CaseNo = "a", Filed = "2023-01-01", Count = null, Big = 1 },
            new OldSample { CaseNo = "b", Filed = null, Count = 2, Big = 2 },
        ], ct: TestContext.Current.CancellationToken);
        var reader = await DatasetReader.OpenAsync(dir.File("samples"), TestContext.Current.CancellationToken);

        var problems = SchemaValidator.Validate(reader, [
            new ExpectedColumn("case_no", typeof(string), false),
            new ExpectedColumn("filed", typeof(DateOnly), true),
            new ExpectedColumn("count", typeof(int), false),
            new ExpectedColumn("big", typeof(long), false),
            new ExpectedColumn("amount", typeof(decimal), false),
        ]);

        Assert.Equal(
            [
                $"dataset 'samples', file {file}, column 'filed': expected DATE (DateOnly), found BYTE_ARRAY UTF8 (string)",
                $"dataset 'samples', file {file}, column 'count': expected INT32 (int) without nulls, found 1 nulls in an optional INT32 column (make the property nullable)",
                $"dataset 'samples', file {file}, column 'amount': expected DECIMAL (decimal), found no such column",
            ],
            problems.Select(p => p.Message));
        Assert.Equal(("samples", file, "filed"), (problems[0].Dataset, problems[0].File, problems[0].Column));
    }

    [Fact]
    public async Task ThrowIfInvalid_ThrowsOneExceptionWithAllProblems()
    {
        using var dir = new TempDir();
        var file = dir.File("samples", "part-0.parquet");
        await ParquetFactWriter<OldSample>.WriteAllAsync(file, [new OldSample { CaseNo = "a", Big = 1 }], ct: TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<DataException>(() => DatasetCatalog.OpenAsync<Sample>(dir.Path, TestContext.Current.CancellationToken));

        var lines = error.Message.Split('\n');
        Assert.Equal(15, lines.Length); // court, body, count_opt … at_opt missing; filed is text
        Assert.Equal($"dataset 'samples', file {file}, column 'court': expected BYTE_ARRAY UTF8 (string), found no such column", lines[0]);
        Assert.Contains($"dataset 'samples', file {file}, column 'filed': expected DATE (DateOnly), found BYTE_ARRAY UTF8 (string)", lines);
    }

    [Fact]
    public async Task Catalog_MissingFolder_SaysSo()
    {
        using var dir = new TempDir();

        var error = await Assert.ThrowsAsync<DataException>(() => DatasetCatalog.OpenAsync(dir.Path, "judgments", TestContext.Current.CancellationToken));

        Assert.Equal($"dataset 'judgments' not found: no folder {dir.File("judgments")}", error.Message);
        Assert.Equal("judgments", error.Dataset);
    }

    [Fact]
    public async Task Catalog_FolderWithoutParquet_SaysSo()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("judgments"));
        await File.WriteAllTextAsync(dir.File("judgments", "readme.txt"), "x", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<DataException>(() => DatasetCatalog.OpenAsync(dir.Path, "judgments", TestContext.Current.CancellationToken));

        Assert.Equal($"dataset 'judgments' has no .parquet files in {dir.File("judgments")}", error.Message);
    }
}
