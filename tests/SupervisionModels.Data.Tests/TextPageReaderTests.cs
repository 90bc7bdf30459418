using Parquet;
using Parquet.Schema;
using SupervisionModels.Data.Pages;
using ParquetMeta = Parquet.Meta;

namespace SupervisionModels.Data.Tests;

/// <summary>
/// The page reader for text column chunks against Parquet.Net: on files Parquet.Net writes (every codec, plain and
/// dictionary, nulls, several row groups) and on every apache/parquet-testing file with a text or binary column.
/// </summary>
public sealed class TextPageReaderTests
{
    /// <summary>What the page reader may decline; anything else it must read.</summary>
    private static readonly string[] AllowedNotHandled =
        ["physical type FIXED_LEN_BYTE_ARRAY", "codec LZ4", "codec BROTLI", "codec LZO", "value encoding DELTA_BYTE_ARRAY", "repeated", "encrypted", "pages continue past", "a page header continues past"];

    public static TheoryData<string, bool, bool> Layouts()
    {
        var data = new TheoryData<string, bool, bool>();
        foreach (var codec in new[] { "None", "Snappy", "Gzip", "Zstd", "Lz4Raw" })
        {
            foreach (var dictionary in new[] { false, true })
            {
                foreach (var nulls in new[] { false, true })
                {
                    data.Add(codec, dictionary, nulls);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task Read_ParquetNetFile_SameValuesAsParquetNet(string codec, bool dictionary, bool nulls)
    {
        using var dir = new TempDir();
        var path = dir.File("texts.parquet");
        var random = new Random(HashCode.Combine(codec, dictionary, nulls) & 0x7FFF);
        var field = new DataField("text", typeof(string), isNullable: nulls);
        var options = new ParquetOptions { CompressionMethod = Enum.Parse<CompressionMethod>(codec) };
        if (dictionary)
        {
            options.ColumnEncodingHints["text"] = EncodingHint.Dictionary;
        }

        await using (var stream = File.Create(path))
        {
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(field), stream, options, cancellationToken: TestContext.Current.CancellationToken);
            foreach (var rows in new[] { 1_000, 1, 2_345 })
            {
                var values = Enumerable.Range(0, rows).Select(_ => Text(random, dictionary, nulls)).ToArray();
                using var group = writer.CreateRowGroup();
                await group.WriteAsync(field, (IReadOnlyCollection<string>)values!);
            }
        }

        var results = await TextPageOracle.CompareAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.Equal(ChunkVerdict.Identical, r.Verdict));
        var encodings = results.SelectMany(r => r.Encodings).ToHashSet();
        if (dictionary)
        {
            Assert.True(encodings.Contains((int)ParquetMeta.Encoding.PLAIN_DICTIONARY) || encodings.Contains((int)ParquetMeta.Encoding.RLE_DICTIONARY), "no dictionary-encoded page");
        }
        else
        {
            Assert.Equal([(int)ParquetMeta.Encoding.PLAIN], encodings);
        }
    }

    [Fact]
    public async Task Read_EveryParquetTestingTextColumn_IdenticalOrDeclined()
    {
        var all = new List<ChunkComparison>();
        foreach (var relative in ParquetTesting.Files("data").Concat(ParquetTesting.Files("cjk")).Concat(ParquetTesting.Files("bad_data")))
        {
            all.AddRange(await TextPageOracle.CompareAsync(ParquetTesting.PathOf(relative), TestContext.Current.CancellationToken));
        }

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(Environment.NewLine, all.Select(r => $"{r.File} {r.Column} rg{r.RowGroup}: {r.Verdict} {r.Reason} pages={r.Pages} v2={r.DataPageV2} enc={string.Join('/', r.Encodings.Select(e => (ParquetMeta.Encoding)e))}")));
        // The comparison itself asserts identical values; here: that it read most chunks, and declined only what it may.
        Assert.All(all.Where(r => r.Verdict == ChunkVerdict.NotHandled), r =>
            Assert.True(AllowedNotHandled.Any(a => r.Reason!.Contains(a, StringComparison.Ordinal)), $"{r.File} {r.Column}: declined for '{r.Reason}'"));
        Assert.True(all.Count(r => r.Verdict == ChunkVerdict.Identical) >= 20, string.Join(Environment.NewLine, all));
        Assert.Contains(all, r => r.Verdict == ChunkVerdict.Identical && r.DataPageV2);
        Assert.Contains(all, r => r.Verdict == ChunkVerdict.Identical && r.Encodings.Contains((int)ParquetMeta.Encoding.DELTA_LENGTH_BYTE_ARRAY));
        Assert.Contains(all, r => r.Verdict == ChunkVerdict.Identical && r.Pages > 2);
    }

    [Fact]
    public async Task Read_CorruptPageChecksum_ReportedCorrupt()
    {
        var results = await TextPageOracle.CompareAsync(ParquetTesting.PathOf("data/rle-dict-uncompressed-corrupt-checksum.parquet"), TestContext.Current.CancellationToken);

        Assert.Contains(results, r => r.Verdict == ChunkVerdict.Corrupt && r.Reason!.Contains("CRC", StringComparison.Ordinal));
    }

    private static string? Text(Random random, bool fewDistinct, bool nulls)
    {
        if (nulls && random.Next(10) == 0)
        {
            return null;
        }

        var pool = "本院认为被告人张某某非法吸食笑气一氧化二氮车牌额度以车抵债ABC１２３";
        var length = fewDistinct ? 3 : random.Next(0, 200);
        var chars = new char[length];
        var seed = fewDistinct ? random.Next(20) : random.Next();
        var local = new Random(seed);
        for (var i = 0; i < length; i++)
        {
            chars[i] = pool[local.Next(pool.Length)];
        }

        return new string(chars);
    }
}
