using System.Text;
using DuckDB.NET.Data;
using SupervisionModels.Data.Pages;
using SupervisionModels.Data.Reading;
using SupervisionModels.Rules;
using SupervisionModels.Runtime.Text;
using ParquetMeta = Parquet.Meta;

namespace SupervisionModels.Engine.Tests;

/// <summary>
/// The text path in place against today's path on files DuckDB writes: every codec, PLAIN, dictionary and
/// DELTA_LENGTH_BYTE_ARRAY, nulls, several row groups. For every row: the page reader's value is
/// Parquet.Net's, the pre-filter passes every row with a hit, and the hits after the pre-filter are today's hits.
/// </summary>
public sealed class TextPathTests
{
    private static readonly string[] Terms =
        ["一氧化二氮", "笑气", "N2O", "MDMA", "UN1070", "号牌额度", "以车抵债", "借款", "司法救助", "生活困难", "车牌", "箱"];

    private static readonly string[] Pool =
        ["本院认为，", "被告人", "销售笑气", "一氧化二氮", "Ｎ２Ｏ", "N₂O", "号牌", "额度", "号牌额度", "以车抵债", "借款", "，", "。", "原告诉称",
         "生活困难", "司法救助", "车牌", "本案事实清楚，证据确实充分。", "ＵＮ１０７０", "查获钢瓶十二", "箱", "MD", "MA", "张某某", "二〇二三年五月"];

    public static TheoryData<string, string, int, int> Layouts()
    {
        var data = new TheoryData<string, string, int, int>();
        foreach (var codec in new[] { "uncompressed", "snappy", "gzip", "zstd", "lz4_raw" })
        {
            data.Add(codec, "V1", 30_000, 80);
            data.Add(codec, "V2", 30_000, 80);
        }


        return data;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task Scan_DuckDbFile_SameValuesAndHitsAsParquetNet(string codec, string version, int rowCount, int pieces)
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, $"texts-{codec}-{version}.parquet");
        Write(path, codec, version, rowCount, pieces);
        var matcher = new KeywordMatcher(new KeywordSet("terms", Terms).Terms);
        var prefilter = Utf8Prefilter.For(matcher);
        var ct = TestContext.Current.CancellationToken;

        var footer = await ParquetFile.OpenAsync(path, ct);
        using var file = TextFile.Open(footer);
        using var pages = new TextChunkReader();
        var chunk = new TextChunk();
        await using var reader = await ParquetFile.OpenReaderAsync(path, ct);
        var seen = new HashSet<int>();
        int maxPages = 0, rowsWithHits = 0, v2Chunks = 0;
        foreach (var column in new[] { "text", "short" })
        {
            var field = footer.Column(column)!.Field;
            for (var g = 0; g < file.RowGroups; g++)
            {
                var rows = (int)footer.RowGroupRows[g];
                var expected = new string?[rows];
                using (var group = reader.OpenRowGroupReader(g))
                {
                    await group.ReadAsync(field, expected!, cancellationToken: ct);
                }

                var read = file.Read(g, column, pages, chunk);
                Assert.True(read.Handled, read.NotHandled);
                seen.UnionWith(chunk.Encodings);
                maxPages = Math.Max(maxPages, chunk.Pages);
                v2Chunks += chunk.HadDataPageV2 ? 1 : 0;
                var candidates = new string?[rows];
                Utf8TextScan.DecodeCandidates(chunk, prefilter, candidates);
                for (var row = 0; row < rows; row++)
                {
                    var where = $"{column} row group {g} row {row}";
                    Assert.Equal(expected[row] is null, chunk.IsNull(row));
                    if (expected[row] is not { } text)
                    {
                        continue;
                    }

                    Assert.True(text == Encoding.UTF8.GetString(chunk.Value(row)), $"{where}: values differ");
                    var today = matcher.FindAll(KeywordMatcher.Fold(text));
                    if (today.Count > 0)
                    {
                        rowsWithHits++;
                        Assert.True(candidates[row] is not null, $"{where}: the pre-filter drops a row with hits: {text}");
                    }

                    var fast = candidates[row] is { } candidate ? matcher.FindAll(KeywordMatcher.Fold(candidate)) : [];
                    Assert.Equal(today, fast);
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{codec} {version} {rowCount}: pages {maxPages}, v2 chunks {v2Chunks}, encodings {string.Join('/', seen.Select(e => (ParquetMeta.Encoding)e))}");
        Assert.True(rowsWithHits > 1_000, $"only {rowsWithHits} rows with hits");
        // DuckDB's PARQUET_VERSION V2 means the newer encodings (DELTA_LENGTH_BYTE_ARRAY), still in v1 data pages, and
        // DuckDB writes one data page per chunk here: data page v2 and many-page chunks are covered by the
        // parquet-testing files (datapage_v2.snappy, rle-dict-snappy-checksum, alltypes_tiny_pages) in the data tests.
        Assert.Equal(version == "V2", seen.Contains((int)ParquetMeta.Encoding.DELTA_LENGTH_BYTE_ARRAY));
        Assert.True(seen.Contains((int)ParquetMeta.Encoding.RLE_DICTIONARY) || seen.Contains((int)ParquetMeta.Encoding.PLAIN_DICTIONARY), "no dictionary page");
        Assert.True(seen.Contains((int)ParquetMeta.Encoding.PLAIN) || seen.Contains((int)ParquetMeta.Encoding.DELTA_LENGTH_BYTE_ARRAY), "no plain or delta-length page");
    }

    private static void Write(string path, string codec, string version, int rows, int pieces)
    {
        var pool = "[" + string.Join(", ", Pool.Select(p => "'" + p + "'")) + "]";
        var sql = $"""
            COPY (
              SELECT i,
                CASE WHEN i % 10 = 3 THEN NULL
                     ELSE array_to_string(list_transform(range(0, (hash(i) % {pieces})::BIGINT + 1), lambda k: {pool}[(hash(i * 131 + k) % {Pool.Length})::BIGINT + 1]), '')
                END AS text,
                CASE WHEN i % 7 = 1 THEN NULL ELSE {pool}[(i % 12) + 1] END AS short
              FROM range(0, {rows}) r(i)
            ) TO '{path}' (FORMAT parquet, COMPRESSION '{codec}', PARQUET_VERSION '{version}', ROW_GROUP_SIZE {Math.Min(rows, 122_880) / 2});
            """;
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
