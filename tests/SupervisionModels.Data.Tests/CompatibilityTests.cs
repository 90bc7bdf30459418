namespace SupervisionModels.Data.Tests;

/// <summary>Files written by other engines: everything valid loads or is named unsupported, everything damaged is
/// named corrupt, and nothing crashes or hangs.</summary>
public sealed class CompatibilityTests
{
    /// <summary>
    /// bad_data/ARROW-GH-43605.parquet is a valid file: its dictionary indices use bit width 0 with a one-entry
    /// dictionary (ceil(log2 1) = 0), which parquet-java and pyarrow read as 21186 zeros; it is in bad_data/ because
    /// arrow-go crashed on it. It is tested on its own below instead of being made to fail.
    /// </summary>
    private const string ValidFileInBadData = "bad_data/ARROW-GH-43605.parquet";

    public static TheoryData<string> DataFiles() => new(ParquetTesting.Files("data").Concat(ParquetTesting.Files("data/geospatial")).Where(f => !IsCorruptChecksumFile(f)));

    /// <summary>data/*-corrupt-checksum.parquet are parquet-testing's files whose page CRCs do not match their pages,
    /// there for readers to catch (their -checksum.parquet twins have correct CRCs and must load).</summary>
    public static TheoryData<string> CorruptChecksumFiles() => new(ParquetTesting.Files("data").Where(IsCorruptChecksumFile));

    public static TheoryData<string> BadDataFiles() => new(ParquetTesting.Files("bad_data").Where(f => f != ValidFileInBadData));

    public static TheoryData<string> CjkFiles() => new(ParquetTesting.Files("cjk"));

    [Theory]
    [MemberData(nameof(DataFiles))]
    public async Task DataFile_LoadsOrIsNamedUnsupported(string file)
    {
        try
        {
            var inspection = await ParquetInspector.InspectAsync(ParquetTesting.PathOf(file), TestContext.Current.CancellationToken);
            Assert.Equal(inspection.RowGroups.Sum(g => g.Rows), inspection.RowCount);
        }
        catch (DataException e)
        {
            Assert.StartsWith("unsupported: ", e.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(BadDataFiles))]
    public async Task BadDataFile_IsNamedCorrupt(string file)
    {
        var error = await Assert.ThrowsAsync<DataException>(() => ParquetInspector.InspectAsync(ParquetTesting.PathOf(file), TestContext.Current.CancellationToken));

        Assert.StartsWith("corrupt: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"(file {ParquetTesting.PathOf(file)})", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CorruptChecksumFiles))]
    public async Task CorruptChecksumFile_IsNamedCorrupt_ByItsPageCrc(string file)
    {
        var error = await Assert.ThrowsAsync<DataException>(() => ParquetInspector.InspectAsync(ParquetTesting.PathOf(file), TestContext.Current.CancellationToken));

        Assert.StartsWith("corrupt: column '", error.Message, StringComparison.Ordinal);
        Assert.Contains("at byte offset 4: expected the page's", error.Message, StringComparison.Ordinal);
        Assert.Contains("CRC-32", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CorruptChecksumFiles_AreThere() => Assert.Equal(2, CorruptChecksumFiles().Count);

    private static bool IsCorruptChecksumFile(string file) => file.EndsWith("-corrupt-checksum.parquet", StringComparison.Ordinal);

    [Fact]
    public async Task ArrowGh43605_ZeroBitWidthDictionary_LoadsAsZeros()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("fl"));
        File.Copy(ParquetTesting.PathOf(ValidFileInBadData), dir.File("fl", "part-0.parquet"));
        var reader = await DatasetReader.OpenAsync(dir.File("fl"), TestContext.Current.CancellationToken);

        var values = new List<int?>();
        await foreach (var batch in reader.ReadAsync(["min_fl"], TestContext.Current.CancellationToken))
        {
            values.AddRange(batch.Get<int?>("min_fl"));
        }

        Assert.Equal(Enumerable.Repeat<int?>(0, 21186), values);
    }

    [Theory]
    [MemberData(nameof(CjkFiles))]
    public async Task CjkFile_Inspects(string file)
    {
        var inspection = await ParquetInspector.InspectAsync(ParquetTesting.PathOf(file), TestContext.Current.CancellationToken);

        Assert.True(inspection.RowCount > 0);
    }

    [Theory]
    [InlineData("cjk/duckdb__invalid_utf8_stats.parquet", "location", new[] { "江苏省太仓市经济开发区", "北京市朝阳区" })]
    [InlineData("cjk/duckdb__bug4859.parquet", "description", new[] { "Source Han Sans | 思源黑体 | 思源黑體 | 思源黑體 香港 | 源ノ角ゴシック | 본고딕" })]
    [InlineData("cjk/duckdb__userdata1.parquet", "comments", new[] { "社會科學院語學研究所", "사회과학원 어학연구소" })]
    public async Task CjkFile_ChineseStringsComeBackExactly(string file, string column, string[] expected)
    {
        var values = await ReadColumnAsync<string?>(file, column);

        Assert.All(expected, text => Assert.Contains(text, values));
    }

    [Fact]
    public async Task Userdata1_Int96Timestamps_ReadAsDateTime()
    {
        var times = await ReadColumnAsync<DateTime?>("cjk/duckdb__userdata1.parquet", "registration_dttm");
        var ids = await ReadColumnAsync<int?>("cjk/duckdb__userdata1.parquet", "id");

        Assert.Equal(1000, times.Count);
        Assert.Equal(Enumerable.Range(1, 1000).Select(i => (int?)i), ids);
        Assert.Equal(new DateTime(2016, 2, 3, 7, 55, 29), times[0]);
    }

    private static async Task<List<T>> ReadColumnAsync<T>(string file, string column)
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("ds"));
        File.Copy(ParquetTesting.PathOf(file), dir.File("ds", "part-0.parquet"));
        var reader = await DatasetReader.OpenAsync(dir.File("ds"));
        var values = new List<T>();
        await foreach (var batch in reader.ReadAsync([column]))
        {
            values.AddRange(batch.Get<T>(column));
        }

        return values;
    }
}
