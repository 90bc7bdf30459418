namespace SupervisionModels.Data.Tests;

public sealed class InspectorTests
{
    [Fact]
    public async Task Inspect_OwnFile_DescribesSchemaRowGroupsAndWriter()
    {
        using var dir = new TempDir();
        var path = dir.File("part-0.parquet");
        await ParquetFactWriter<Sample>.WriteAllAsync(path, Sample.Make(300), new FactWriterOptions { RowGroupSize = 200 }, TestContext.Current.CancellationToken);

        var inspection = await ParquetInspector.InspectAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(300, inspection.RowCount);
        Assert.StartsWith("Parquet.Net version 6.1.0", inspection.CreatedBy, StringComparison.Ordinal);
        Assert.Equal(new InspectedColumn("filed_opt", "INT32", "INT32 DATE", true, false, typeof(DateOnly)), inspection.Columns.Single(c => c.Name == "filed_opt"));
        Assert.Equal([200L, 100L], inspection.RowGroups.Select(g => g.Rows));
        var court = inspection.RowGroups[0].Chunks.Single(c => c.Column == "court");
        Assert.Equal("ZSTD", court.Compression);
        Assert.Contains("PLAIN_DICTIONARY", court.Encodings);
        Assert.True(court.CompressedSize > 0 && court.UncompressedSize > 0 && court.Pages >= 1);
    }

    [Fact]
    public async Task Inspect_NotFinishedInTime_IsCorrupt()
    {
        using var dir = new TempDir();
        var path = dir.File("part-0.parquet");
        await ParquetFactWriter<Sample>.WriteAllAsync(path, Sample.Make(20_000), ct: TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<DataException>(() => ParquetInspector.InspectAsync(path, TimeSpan.Zero, TestContext.Current.CancellationToken));

        Assert.Equal($"corrupt: reading did not finish within 0 s (file {path})", error.Message);
    }

    [Fact]
    public async Task Inspect_NotParquet_IsCorrupt()
    {
        using var dir = new TempDir();
        var path = dir.File("notes.parquet");
        await File.WriteAllTextAsync(path, "判决书 — not a Parquet file at all", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<DataException>(() => ParquetInspector.InspectAsync(path, TestContext.Current.CancellationToken));

        Assert.Equal($"corrupt: not a Parquet file (no PAR1 magic bytes at the start) (file {path})", error.Message);
    }

    [Fact]
    public async Task DatasetReader_CorruptPartFile_NamesDatasetAndFile()
    {
        using var dir = new TempDir();
        var path = dir.File("nation", "part-0.parquet");
        Directory.CreateDirectory(dir.File("nation"));
        File.Copy(ParquetTesting.PathOf("bad_data/ARROW-RS-GH-6229-DICTHEADER.parquet"), path);

        // Found when the file is opened: the footer's chunk runs past the data it describes.
        var error = await Assert.ThrowsAsync<DataException>(() => DatasetReader.OpenAsync(dir.File("nation"), TestContext.Current.CancellationToken));

        Assert.Equal($"corrupt: {path}: column 'name' pages at bytes 129..451 lie outside the data part of the file (bytes 4..291): the footer does not describe this file's data (dataset 'nation')", error.Message);
        Assert.Equal(("nation", path), (error.Dataset, error.File));
    }
}
