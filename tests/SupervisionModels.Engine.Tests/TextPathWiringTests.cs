using DuckDB.NET.Data;
using SupervisionModels.BuiltIn;
using SupervisionModels.Data;
using SupervisionModels.Data.Pages;
using SupervisionModels.Data.Reading;
using SupervisionModels.Models;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Facts;

namespace SupervisionModels.Engine.Tests;

/// <summary>
/// How the text path in place is wired into a run: which columns the scan fills instead of every record, a page
/// that fails its CRC, and a chunk the page reader declines.
/// </summary>
public sealed class TextPathWiringTests
{
    private static string Sample => Path.Combine(FixtureFiles.RepositoryRoot, "datasets", "sample");

    private static ModelRun[] BuiltInRuns() => BuiltInModels.Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsPublic: true } && t.IsSubclassOf(typeof(SupervisionModel)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => new ModelRun((SupervisionModel)Activator.CreateInstance(t)!))
        .ToArray();

    [Fact]
    public void Plan_BuiltInModels_GatesTextsReadOnlyAfterTheirScan()
    {
        var plan = new SupervisionEngine().Plan(BuiltInRuns());
        string[] Gated(string dataset) => plan.Datasets.Single(d => d.Schema.DatasetName == dataset).GatedColumns.Select(c => c.Name).ToArray();
        string[] Loaded(string dataset) => plan.Datasets.Single(d => d.Schema.DatasetName == dataset).LoadedColumns.Select(c => c.Name).ToArray();

        // SM0001 reads full_text after its keyword scan only (the lawful-party check), SM0002 and SM0003 the police
        // and procuratorate summaries after theirs: the scan fills them on the records it matches.
        Assert.Equal(["full_text"], Gated("judgments"));
        Assert.DoesNotContain("full_text", Loaded("judgments"));
        Assert.Equal(["summary"], Gated("procuratorate_cases"));
        Assert.Equal(["summary"], Gated("police_cases"));

        // SM0002 matches waybills on goods_name before any scan (w => !Texts.ContainsAny(w.GoodsName, goods)): kept whole.
        Assert.Empty(Gated("waybills"));
        Assert.Contains("goods_name", Loaded("waybills"));
    }

    [Fact]
    public async Task Run_TextPageFailsItsCrc_CorruptDataErrorNamingFileAndColumn()
    {
        using var temp = new TempFolder();
        var data = temp.CopyOf(Sample, "data");
        var ct = TestContext.Current.CancellationToken;
        var file = Directory.EnumerateFiles(Path.Combine(data, "judgments"), "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var footer = await ParquetFile.OpenAsync(file, ct);
        var index = footer.Columns.Select(c => c.Name).ToList().IndexOf("full_text");
        var meta = footer.Metadata.RowGroups[0].Columns[index].MetaData!;
        Assert.NotNull(meta);

        // A byte in the middle of the chunk's last page body: the writer adds CRCs, so the page reader must catch it.
        var bytes = await File.ReadAllBytesAsync(file, ct);
        var at = meta.DataPageOffset + meta.TotalCompressedSize - 16;
        bytes[at] ^= 0x5A;
        await File.WriteAllBytesAsync(file, bytes, ct);

        var source = new ParquetFactSource(data) { HashFiles = false };
        var error = await Assert.ThrowsAsync<DataException>(() => new SupervisionEngine().RunAsync(BuiltInRuns(), source, cancellationToken: ct));
        Assert.StartsWith("corrupt: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains("full_text", error.Message, StringComparison.Ordinal);
        Assert.Contains("CRC", error.Message, StringComparison.Ordinal);
        Assert.Equal("judgments", error.Dataset);
    }

    [Fact]
    public async Task ReadText_ChunkThePageReaderDeclines_ParquetNetStrings()
    {
        using var temp = new TempFolder();
        var folder = Directory.CreateDirectory(temp.Combine("texts")).FullName;
        var path = Path.Combine(folder, "part-0.parquet");
        using (var connection = new DuckDBConnection("DataSource=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();

            // Brotli is a codec the page reader leaves to Parquet.Net.
            command.CommandText = $"""
                COPY (SELECT i, CASE WHEN i % 9 = 4 THEN NULL ELSE '第' || i || '号 销售笑气' END AS text FROM range(0, 5000) r(i))
                TO '{path}' (FORMAT parquet, COMPRESSION 'brotli', ROW_GROUP_SIZE 2048);
                """;
            command.ExecuteNonQuery();
        }

        var ct = TestContext.Current.CancellationToken;
        var reader = await DatasetReader.OpenAsync(folder, ct);
        using var text = new DatasetTextReader(reader);
        var groups = 0;
        await foreach (var batch in reader.ReadAsync(["i", "text"], ct))
        {
            var chunk = await text.ReadAsync(batch, "text", ct);
            Assert.Null(chunk.Utf8);
            Assert.Contains("BROTLI", chunk.Declined, StringComparison.Ordinal);
            Assert.Equal(batch.Get<string?>("text"), chunk.Strings);
            groups++;
        }

        Assert.True(groups >= 2, "expected several row groups");
        Assert.Equal(groups, text.DeclinedChunks);
    }
}
