using Parquet;

namespace SupervisionModels.Data.Tests;

public sealed class WriterTests
{
    [Fact]
    public async Task WriteAll_SameRowsTwice_ProducesIdenticalBytes()
    {
        using var dir = new TempDir();
        var rows = Sample.Make(1000);
        var options = new FactWriterOptions { RowGroupSize = 300 };

        await ParquetFactWriter<Sample>.WriteAllAsync(dir.File("a.parquet"), rows, options, TestContext.Current.CancellationToken);
        await Task.Delay(1100, TestContext.Current.CancellationToken); // a writer that stamped the time would now differ
        await ParquetFactWriter<Sample>.WriteAllAsync(dir.File("b.parquet"), rows, options, TestContext.Current.CancellationToken);

        Assert.Equal(await File.ReadAllBytesAsync(dir.File("a.parquet"), TestContext.Current.CancellationToken), await File.ReadAllBytesAsync(dir.File("b.parquet"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Dispose_WithoutCommit_LeavesNoFile()
    {
        using var dir = new TempDir();
        var path = dir.File("part-0.parquet");

        await using (var writer = await ParquetFactWriter<Sample>.CreateAsync(path, ct: TestContext.Current.CancellationToken))
        {
            await writer.WriteRowGroupAsync(Sample.Make(10), TestContext.Current.CancellationToken);
            Assert.Single(Directory.GetFiles(dir.Path)); // the temporary file, not the part file
            Assert.False(File.Exists(path));
        }

        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public async Task Commit_ReplacesExistingFile_AndRemovesTemporary()
    {
        using var dir = new TempDir();
        var path = dir.File("sub", "part-0.parquet");
        await ParquetFactWriter<Party>.WriteAllAsync(path, [new Party { Id = 1, Name = "甲" }], ct: TestContext.Current.CancellationToken);

        await ParquetFactWriter<Party>.WriteAllAsync(path, [new Party { Id = 2, Name = "乙" }, new Party { Id = 3, Name = "丙" }], ct: TestContext.Current.CancellationToken);

        Assert.Equal(["part-0.parquet"], Directory.GetFiles(dir.File("sub")).Select(Path.GetFileName));
        await using var reader = await ParquetReader.CreateAsync(path, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(2, reader.RowGroups[0].RowCount);
    }

    [Fact]
    public async Task WriteRowGroup_NullInRequiredString_FailsNamingTypeColumnAndRow()
    {
        using var dir = new TempDir();
        var path = dir.File("part-0.parquet");
        await using var writer = await ParquetFactWriter<Party>.CreateAsync(path, ct: TestContext.Current.CancellationToken);
        await writer.WriteRowGroupAsync([new Party { Id = 1, Name = "甲" }, new Party { Id = 2, Name = "乙" }], TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<DataException>(() => writer.WriteRowGroupAsync([new Party { Id = 3, Name = "丙" }, new Party { Id = 4, Name = null! }], TestContext.Current.CancellationToken));

        Assert.Equal($"cannot write Party row 3 to {path}: column 'name' (Name) is required (non-nullable string) but the value is null", error.Message);
        Assert.Equal(("parties", path, "name"), (error.Dataset, error.File, error.Column));
    }

    [Fact]
    public async Task WriteRowGroup_DecimalWithThreePlaces_FailsInsteadOfRounding()
    {
        using var dir = new TempDir();
        var path = dir.File("part-0.parquet");
        var rows = Sample.Make(2);
        rows[1] = rows[1] with { AmountOpt = 1.234m };

        var error = await Assert.ThrowsAsync<DataException>(() => ParquetFactWriter<Sample>.WriteAllAsync(path, rows, ct: TestContext.Current.CancellationToken));

        Assert.Equal($"cannot write Sample row 1 to {path}: column 'amount_opt' (AmountOpt) has value 1.234, which has more than 2 decimal places (the column is DECIMAL(18,2))", error.Message);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public async Task WriteAll_Schema_UsesExpectedParquetTypes()
    {
        using var dir = new TempDir();
        var path = dir.File("part-0.parquet");
        await ParquetFactWriter<Sample>.WriteAllAsync(path, Sample.Make(2000), new FactWriterOptions { RowGroupSize = 1000 }, TestContext.Current.CancellationToken);

        await using var reader = await ParquetReader.CreateAsync(path, cancellationToken: TestContext.Current.CancellationToken);
        var types = reader.Schema.DataFields.ToDictionary(f => f.Name, f => $"{f.SchemaElement!.RepetitionType} {f.SchemaElement.Type} {f.SchemaElement.ConvertedType}".TrimEnd());
        Assert.Equal("REQUIRED BYTE_ARRAY UTF8", types["case_no"]);
        Assert.Equal("OPTIONAL BYTE_ARRAY UTF8", types["court"]);
        Assert.Equal("REQUIRED INT32 INT_32", types["count"]);
        Assert.Equal("OPTIONAL INT64 INT_64", types["big_opt"]);
        Assert.Equal("REQUIRED INT64 DECIMAL", types["amount"]);
        Assert.Equal("REQUIRED INT32 DATE", types["filed"]);
        Assert.Equal("REQUIRED INT64", types["at"]);
        Assert.NotNull(reader.Schema.DataFields.Single(f => f.Name == "at").SchemaElement!.LogicalType!.TIMESTAMP);
        Assert.Equal(2, reader.RowGroupCount);

        // The short, repetitive court names are dictionary-encoded; the unique case numbers are not.
        var court = reader.RowGroups[0].GetMetadata(reader.Schema.DataFields.Single(f => f.Name == "court"))!.MetaData!;
        var caseNo = reader.RowGroups[0].GetMetadata(reader.Schema.DataFields.Single(f => f.Name == "case_no"))!.MetaData!;
        Assert.Contains(court.Encodings!, e => e is Parquet.Meta.Encoding.PLAIN_DICTIONARY or Parquet.Meta.Encoding.RLE_DICTIONARY);
        Assert.DoesNotContain(caseNo.Encodings!, e => e is Parquet.Meta.Encoding.PLAIN_DICTIONARY or Parquet.Meta.Encoding.RLE_DICTIONARY);
        Assert.Equal(Parquet.Meta.CompressionCodec.ZSTD, court.Codec);
    }

    [Fact]
    public async Task WriteAll_LongText_ClosesRowGroupsBySize()
    {
        using var dir = new TempDir();
        var path = dir.File("part-0.parquet");
        var text = new string('案', 1000); // about 3,000 UTF-8 bytes a row
        var rows = Enumerable.Range(0, 100).Select(i => new Party { Id = i, Name = text });

        await ParquetFactWriter<Party>.WriteAllAsync(path, rows, new FactWriterOptions { MaxRowGroupBytes = 30_000 }, TestContext.Current.CancellationToken);

        await using var reader = await ParquetReader.CreateAsync(path, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(10, reader.RowGroupCount);
        Assert.All(reader.RowGroups, g => Assert.Equal(10, g.RowCount));
    }
}
