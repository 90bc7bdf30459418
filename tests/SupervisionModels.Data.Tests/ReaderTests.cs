namespace SupervisionModels.Data.Tests;

public sealed class ReaderTests
{
    private static readonly string[] AllColumns =
    [
        "case_no", "court", "body", "count", "count_opt", "big", "big_opt", "ratio", "ratio_opt", "amount", "amount_opt",
        "closed", "closed_opt", "filed", "filed_opt", "at", "at_opt",
    ];

    [Fact]
    public async Task Read_AfterWrite_ReturnsEveryValueExactly()
    {
        using var dir = new TempDir();
        var rows = Sample.Make(2500);
        await ParquetFactWriter<Sample>.WriteAllAsync(dir.File("samples", "part-0.parquet"), rows, new FactWriterOptions { RowGroupSize = 1000 }, TestContext.Current.CancellationToken);

        var reader = await DatasetReader.OpenAsync(dir.File("samples"), TestContext.Current.CancellationToken);
        var back = await ReadAllAsync(reader);

        Assert.Equal("samples", reader.Name);
        Assert.Equal(2500, reader.RowCount);
        Assert.Equal(rows, back);
    }

    [Fact]
    public async Task Schema_DescribesWrittenColumns()
    {
        using var dir = new TempDir();
        await ParquetFactWriter<Sample>.WriteAllAsync(dir.File("samples", "part-0.parquet"), Sample.Make(3), ct: TestContext.Current.CancellationToken);

        var reader = await DatasetReader.OpenAsync(dir.File("samples"), TestContext.Current.CancellationToken);

        Assert.Equal(AllColumns, reader.Schema.Columns.Select(c => c.Name));
        Assert.Equal(new DatasetColumn("case_no", typeof(string), false, "BYTE_ARRAY UTF8"), reader.Schema.Find("case_no"));
        Assert.Equal(new DatasetColumn("count_opt", typeof(int), true, "INT32"), reader.Schema.Find("count_opt"));
        Assert.Equal(new DatasetColumn("amount", typeof(decimal), false, "INT64 DECIMAL(18,2)"), reader.Schema.Find("amount"));
        Assert.Equal(new DatasetColumn("filed_opt", typeof(DateOnly), true, "INT32 DATE"), reader.Schema.Find("filed_opt"));
        Assert.Equal(new DatasetColumn("at", typeof(DateTime), false, "INT64 TIMESTAMP(MICROS)"), reader.Schema.Find("at"));
    }

    [Fact]
    public async Task Read_ManyRowGroupsInParallel_YieldsInOrderWithGlobalFirstRow()
    {
        using var dir = new TempDir();
        await ParquetFactWriter<Party>.WriteAllAsync(dir.File("parties", "b.parquet"), Parties(1000, 1700), new FactWriterOptions { RowGroupSize = 64 }, TestContext.Current.CancellationToken);
        await ParquetFactWriter<Party>.WriteAllAsync(dir.File("parties", "a.parquet"), Parties(0, 1000), new FactWriterOptions { RowGroupSize = 100 }, TestContext.Current.CancellationToken);

        var reader = await DatasetReader.OpenAsync(dir.File("parties"), TestContext.Current.CancellationToken);
        var batches = new List<ColumnBatch>();
        await foreach (var batch in reader.ReadAsync(["id"], TestContext.Current.CancellationToken))
        {
            batches.Add(batch);
        }

        Assert.Equal([dir.File("parties", "a.parquet"), dir.File("parties", "b.parquet")], reader.Files);
        Assert.Equal(10 + 11, batches.Count);
        long expected = 0;
        foreach (var batch in batches)
        {
            Assert.Equal(expected, batch.FirstRow);
            Assert.Equal(Enumerable.Range((int)expected, batch.RowCount), batch.Get<int>("id"));
            expected += batch.RowCount;
        }

        Assert.Equal(1700, expected);
        Assert.Equal(Enumerable.Range(0, 10).Concat(Enumerable.Range(0, 11)), batches.Select(b => b.RowGroup));
    }

    [Fact]
    public async Task Read_HivePartitions_AddsStringColumns()
    {
        using var dir = new TempDir();
        await ParquetFactWriter<Party>.WriteAllAsync(dir.File("parties", "year=2023", "court=%E5%A4%AA%E4%BB%93", "part-0.parquet"), Parties(0, 2), ct: TestContext.Current.CancellationToken);
        await ParquetFactWriter<Party>.WriteAllAsync(dir.File("parties", "year=2024", "court=__HIVE_DEFAULT_PARTITION__", "part-0.parquet"), Parties(2, 3), ct: TestContext.Current.CancellationToken);

        var reader = await DatasetReader.OpenAsync(dir.File("parties"), TestContext.Current.CancellationToken);
        var years = new List<string?>();
        var courts = new List<string?>();
        await foreach (var batch in reader.ReadAsync(["year", "court", "id"], TestContext.Current.CancellationToken))
        {
            years.AddRange(batch.Get<string?>("year"));
            courts.AddRange(batch.Get<string?>("court"));
        }

        Assert.Equal(new DatasetColumn("year", typeof(string), false, "partition folder", IsPartition: true), reader.Schema.Find("year"));
        Assert.True(reader.Schema.Find("court")!.IsNullable);
        Assert.Equal(["2023", "2023", "2024"], years);
        Assert.Equal(["太仓", "太仓", null], courts);
    }

    [Fact]
    public async Task Get_ConvertsIntToLongAndRequiredToNullable()
    {
        using var dir = new TempDir();
        await ParquetFactWriter<Sample>.WriteAllAsync(dir.File("samples", "part-0.parquet"), Sample.Make(4), ct: TestContext.Current.CancellationToken);
        var reader = await DatasetReader.OpenAsync(dir.File("samples"), TestContext.Current.CancellationToken);

        await foreach (var batch in reader.ReadAsync(["count", "count_opt"], TestContext.Current.CancellationToken))
        {
            Assert.Equal([0L, 1L, 2L, 3L], batch.Get<long>("count"));
            Assert.Equal([0, 1, 2, 3], batch.Get<int?>("count"));
            Assert.Equal([null, -1L, -2L, null], batch.Get<long?>("count_opt"));
        }
    }

    [Fact]
    public async Task Get_NullIntoNonNullable_FailsNamingRow()
    {
        using var dir = new TempDir();
        await ParquetFactWriter<Sample>.WriteAllAsync(dir.File("samples", "part-0.parquet"), Sample.Make(4, seed: 1), ct: TestContext.Current.CancellationToken);
        var reader = await DatasetReader.OpenAsync(dir.File("samples"), TestContext.Current.CancellationToken);

        await foreach (var batch in reader.ReadAsync(["count_opt"], TestContext.Current.CancellationToken))
        {
            var error = Assert.Throws<DataException>(() => batch.Get<int>("count_opt"));
            Assert.Equal($"dataset 'samples', file {dir.File("samples", "part-0.parquet")}, column 'count_opt': expected INT32 (int) without nulls, found a null at row 2", error.Message);
        }
    }

    [Fact]
    public async Task Get_IncompatibleType_FailsNamingExpectedAndFound()
    {
        using var dir = new TempDir();
        await ParquetFactWriter<Sample>.WriteAllAsync(dir.File("samples", "part-0.parquet"), Sample.Make(2), ct: TestContext.Current.CancellationToken);
        var reader = await DatasetReader.OpenAsync(dir.File("samples"), TestContext.Current.CancellationToken);

        await foreach (var batch in reader.ReadAsync(["court"], TestContext.Current.CancellationToken))
        {
            var error = Assert.Throws<DataException>(() => batch.Get<DateOnly?>("court"));
            Assert.Equal($"dataset 'samples', file {dir.File("samples", "part-0.parquet")}, column 'court': expected DATE (DateOnly), found BYTE_ARRAY UTF8 (string)", error.Message);
            Assert.Equal(("samples", "court"), (error.Dataset, error.Column));
        }
    }

    [Fact]
    public async Task Read_ColumnTypeDiffersBetweenFiles_FailsNamingBothFiles()
    {
        using var dir = new TempDir();
        await ParquetFactWriter<Party>.WriteAllAsync(dir.File("parties", "a.parquet"), Parties(0, 2), ct: TestContext.Current.CancellationToken);
        await ParquetFactWriter<OtherParty>.WriteAllAsync(dir.File("parties", "b.parquet"), [new OtherParty { Id = "x", Name = "y" }], ct: TestContext.Current.CancellationToken);
        var reader = await DatasetReader.OpenAsync(dir.File("parties"), TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<DataException>(async () =>
        {
            await foreach (var batch in reader.ReadAsync(["id"], TestContext.Current.CancellationToken))
            {
            }
        });

        Assert.Equal($"dataset 'parties': column 'id' is INT32 (int) in {dir.File("parties", "a.parquet")} but BYTE_ARRAY UTF8 (string) in {dir.File("parties", "b.parquet")}", error.Message);
    }

    [Fact]
    public async Task Read_StopEarly_ThenReadAgain_StartsFromTheBeginning()
    {
        using var dir = new TempDir();
        await ParquetFactWriter<Party>.WriteAllAsync(dir.File("parties", "a.parquet"), Parties(0, 1000), new FactWriterOptions { RowGroupSize = 10 }, TestContext.Current.CancellationToken);
        var reader = await DatasetReader.OpenAsync(dir.File("parties"), TestContext.Current.CancellationToken);

        for (var attempt = 0; attempt < 2; attempt++)
        {
            await foreach (var batch in reader.ReadAsync(["name"], TestContext.Current.CancellationToken))
            {
                Assert.Equal(0, batch.FirstRow);
                break; // the prefetched row groups are cancelled and their files closed
            }
        }
    }

    [Fact]
    public async Task Read_Cancelled_Throws()
    {
        using var dir = new TempDir();
        await ParquetFactWriter<Party>.WriteAllAsync(dir.File("parties", "a.parquet"), Parties(0, 1000), new FactWriterOptions { RowGroupSize = 10 }, TestContext.Current.CancellationToken);
        var reader = await DatasetReader.OpenAsync(dir.File("parties"), TestContext.Current.CancellationToken);
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var batch in reader.ReadAsync(["name"], cancel.Token))
            {
                await cancel.CancelAsync();
            }
        });
    }

    internal static List<Party> Parties(int from, int to) =>
        Enumerable.Range(from, to - from).Select(i => new Party { Id = i, Name = "甲" + (i % 7) }).ToList();

    private static async Task<List<Sample>> ReadAllAsync(DatasetReader reader)
    {
        var rows = new List<Sample>();
        await foreach (var b in reader.ReadAsync(AllColumns))
        {
            for (var i = 0; i < b.RowCount; i++)
            {
                rows.Add(new Sample
                {
                    CaseNo = b.Get<string>("case_no")[i],
                    Court = b.Get<string?>("court")[i],
                    Body = b.Get<string?>("body")[i],
                    Count = b.Get<int>("count")[i],
                    CountOpt = b.Get<int?>("count_opt")[i],
                    Big = b.Get<long>("big")[i],
                    BigOpt = b.Get<long?>("big_opt")[i],
                    Ratio = b.Get<double>("ratio")[i],
                    RatioOpt = b.Get<double?>("ratio_opt")[i],
                    Amount = b.Get<decimal>("amount")[i],
                    AmountOpt = b.Get<decimal?>("amount_opt")[i],
                    Closed = b.Get<bool>("closed")[i],
                    ClosedOpt = b.Get<bool?>("closed_opt")[i],
                    Filed = b.Get<DateOnly>("filed")[i],
                    FiledOpt = b.Get<DateOnly?>("filed_opt")[i],
                    At = b.Get<DateTime>("at")[i],
                    AtOpt = b.Get<DateTime?>("at_opt")[i],
                });
            }
        }

        return rows;
    }
}
