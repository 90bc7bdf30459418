using System.Buffers.Binary;
using System.Globalization;

namespace SupervisionModels.Data.Tests;

/// <summary>
/// One damage of each kind in a tiny file written here: each is "corrupt: FILE: column 'C' at byte offset N: what was
/// expected" (or, for the footer, the offset of the footer's own bytes), never a library message (issue 12, item 1).
/// </summary>
public sealed class CorruptionTests
{
    private static async Task<(TempDir Dir, string Path, byte[] Bytes)> WriteAsync(int rows = 100)
    {
        var dir = new TempDir();
        var path = dir.File("parties", "part-0.parquet");
        await ParquetFactWriter<Party>.WriteAllAsync(path, Enumerable.Range(0, rows).Select(i => new Party { Id = i, Name = $"当事人{i}" }), ct: TestContext.Current.CancellationToken);
        return (dir, path, await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
    }

    private static async Task<DataException> ReadFailsAsync(string path)
    {
        return await Assert.ThrowsAsync<DataException>(async () =>
        {
            var reader = await DatasetReader.OpenAsync(Path.GetDirectoryName(path)!, TestContext.Current.CancellationToken);
            await foreach (var batch in reader.ReadAsync(["id", "name"], TestContext.Current.CancellationToken))
            {
            }
        });
    }

    private static string At(long offset) => offset.ToString(CultureInfo.InvariantCulture);

    /// <summary><paramref name="data"/>'s pages with <paramref name="footerOf"/>'s footer (its length and magic too).</summary>
    private static byte[] WithFooterOf(byte[] data, byte[] footerOf)
    {
        var (start, _) = ParquetPages.Footer(data);
        var (otherStart, _) = ParquetPages.Footer(footerOf);
        return [.. data[..(int)start], .. footerOf[(int)otherStart..]];
    }

    private static async Task<byte[]> BytesOfAsync<T>(TempDir dir, string name, IEnumerable<T> rows)
        where T : class
    {
        var path = dir.File("other", name);
        await ParquetFactWriter<T>.WriteAllAsync(path, rows, ct: TestContext.Current.CancellationToken);
        return await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(300)]
    public async Task FooterOfAnotherFileOfTheDataset_IsCorrupt_WhenOpened(int otherRows)
    {
        // Arrange: the same record type and writer, other rows: a sound footer whose offsets are another file's
        var (dir, path, bytes) = await WriteAsync();
        using var _ = dir;
        var other = await BytesOfAsync(dir, "other.parquet", Enumerable.Range(0, otherRows).Select(i => new Party { Id = i * 7, Name = $"申请人{i}号" }));
        await File.WriteAllBytesAsync(path, WithFooterOf(bytes, other), TestContext.Current.CancellationToken);

        // Act
        var error = await Assert.ThrowsAsync<DataException>(() => DatasetReader.OpenAsync(dir.File("parties"), TestContext.Current.CancellationToken));

        // Assert
        Assert.StartsWith($"corrupt: {path}: column '", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(": the footer does not describe this file's data (dataset 'parties')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FooterListingNoRowGroups_OverData_IsCorrupt_NotAnEmptyFile()
    {
        // The footer of an empty file of the dataset over 100 rows' pages (a flipped bit in the schema has the same
        // effect: the footer's reader swallows the row groups); read as written, the rows would vanish in silence
        var (dir, path, bytes) = await WriteAsync();
        using var _ = dir;
        var empty = await BytesOfAsync(dir, "empty.parquet", Array.Empty<Party>());
        var data = WithFooterOf(bytes, empty);
        await File.WriteAllBytesAsync(path, data, TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<DataException>(() => DatasetReader.OpenAsync(dir.File("parties"), TestContext.Current.CancellationToken));

        Assert.Equal(
            $"corrupt: {path}: the footer lists no row groups, but {ParquetPages.Footer(bytes).Start - 4} bytes of data precede it (bytes 4..{ParquetPages.Footer(bytes).Start}): the footer does not describe this file's data (dataset 'parties')",
            error.Message);
    }

    [Fact]
    public async Task EmptyFile_StillOpens()
    {
        using var dir = new TempDir();
        await ParquetFactWriter<Party>.WriteAllAsync(dir.File("parties", "part-0.parquet"), Array.Empty<Party>(), ct: TestContext.Current.CancellationToken);

        var reader = await DatasetReader.OpenAsync(dir.File("parties"), TestContext.Current.CancellationToken);

        Assert.Equal(0, reader.DatasetFiles.Sum(f => f.Parquet.RowCount));
    }

    [Fact]
    public async Task FooterOfAnotherDatasetsFile_IsCorrupt_NotASchemaMismatch()
    {
        var (dir, path, bytes) = await WriteAsync();
        using var _ = dir;
        var other = await BytesOfAsync(dir, "samples.parquet", Enumerable.Range(0, 50).Select(i => new OtherParty { Id = $"P{i:D5}", Name = $"被申请人{i}" }));
        await File.WriteAllBytesAsync(path, WithFooterOf(bytes, other), TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<DataException>(() => DatasetReader.OpenAsync(dir.File("parties"), TestContext.Current.CancellationToken));

        Assert.StartsWith($"corrupt: {path}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("the footer does not describe this file's data", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SoundFileOfAnotherLayout_Opens_AndIsASchemaMismatch()
    {
        // A whole file (its own pages and footer) with a text id: nothing is corrupt, the columns differ
        using var dir = new TempDir();
        var path = dir.File("parties", "part-0.parquet");
        await ParquetFactWriter<OtherParty>.WriteAllAsync(path, [new OtherParty { Id = "P00001", Name = "当事人" }], ct: TestContext.Current.CancellationToken);

        var reader = await DatasetReader.OpenAsync(dir.File("parties"), TestContext.Current.CancellationToken);
        var problems = SchemaValidator.Validate(reader, ExpectedColumn.Of(Facts.Schema.FactSchema.For<Party>()));

        Assert.Equal("id", Assert.Single(problems).Column);
        Assert.DoesNotContain("corrupt", problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OurFiles_CarryPageCrcs()
    {
        var (dir, _, bytes) = await WriteAsync();
        using var _ = dir;

        Assert.All(ParquetPages.Pages(bytes), page => Assert.NotNull(page.Header.Int(4)));
    }

    [Fact]
    public async Task PageValueCountTooSmall_IsCorrupt_AtTheNextColumnsChunk()
    {
        var (dir, path, bytes) = await WriteAsync();
        using var _ = dir;
        var pages = ParquetPages.Pages(bytes);
        var page = pages.First(p => p.Column == "id" && p.Header.Struct(PageSpot.DataPageHeader) is not null);
        var next = pages.First(p => p.Column == "name");
        Assert.True(ParquetPages.TrySetInt(bytes, page, page.ValuesHeader!, 1, 0));
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);

        var error = await ReadFailsAsync(path);

        Assert.Equal(
            $"corrupt: {path}: column 'id' at byte offset {At(next.Start)}: expected a page for the 100 values still missing of the chunk's 100, found the start of another column chunk (the page value counts are too small) (dataset 'parties')",
            error.Message);
        Assert.Equal(("parties", path, "id"), (error.Dataset, error.File, error.Column));
    }

    [Fact]
    public async Task PageValueCountTooLarge_IsCorrupt_AtTheChunk()
    {
        var (dir, path, bytes) = await WriteAsync();
        using var _ = dir;
        var page = ParquetPages.Pages(bytes).First(p => p.Column == "name" && p.Header.Struct(PageSpot.DataPageHeader) is not null);
        var chunkStart = ParquetPages.Pages(bytes).First(p => p.Column == "name").Start;
        Assert.True(ParquetPages.TrySetInt(bytes, page, page.ValuesHeader!, 1, 120));
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);

        var error = await ReadFailsAsync(path);

        Assert.Equal($"corrupt: {path}: column 'name' at byte offset {At(chunkStart)}: expected the pages to hold the 100 values of the column metadata, found 120 (dataset 'parties')", error.Message);
    }

    [Fact]
    public async Task CrcMismatch_IsCorrupt_AtThePage()
    {
        var (dir, path, bytes) = await WriteAsync();
        using var _ = dir;
        var page = ParquetPages.Pages(bytes).Last(p => p.Column == "name");
        bytes[page.Start + page.HeaderLength + (page.PayloadLength / 2)] ^= 0x10;
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);

        var error = await ReadFailsAsync(path);

        Assert.StartsWith($"corrupt: {path}: column 'name' at byte offset {At(page.Start)}: expected the page's {page.PayloadLength} bytes to have CRC-32 {unchecked((uint)page.Header.Int(4)!.Value):x8} as its header says, found ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(" (dataset 'parties')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HugePageLength_IsCorrupt_AtThePage()
    {
        var (dir, path, bytes) = await WriteAsync();
        using var _ = dir;
        var page = ParquetPages.Pages(bytes).First(p => p.Column == "name");
        var huge = ParquetPages.MaxFor(ParquetPages.WidthOf(page.Header, 3));
        Assert.True(ParquetPages.TrySetInt(bytes, page, page.Header, 3, huge));
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);

        var error = await ReadFailsAsync(path);

        Assert.StartsWith($"corrupt: {path}: column 'name' at byte offset {At(page.Start)}: expected a page size within the ", error.Message, StringComparison.Ordinal);
        Assert.Contains($"found {huge} (uncompressed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HugeFooterLength_IsCorrupt_NamingTheOffset()
    {
        var (dir, path, bytes) = await WriteAsync();
        using var _ = dir;
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(bytes.Length - 8), int.MaxValue);
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);

        var error = await ReadFailsAsync(path);

        Assert.Equal($"corrupt: {path}: expected the footer length at byte offset {At(bytes.Length - 8)} to fit the file's {At(bytes.Length)} bytes, found {int.MaxValue} (dataset 'parties')", error.Message);
    }

    [Fact]
    public async Task TruncatedFooter_IsCorrupt_NamingTheOffset()
    {
        var (dir, path, bytes) = await WriteAsync();
        using var _ = dir;
        var (footerStart, footerLength) = ParquetPages.Footer(bytes);
        var cut = bytes[..(int)(footerStart + (footerLength / 2))];
        await File.WriteAllBytesAsync(path, cut, TestContext.Current.CancellationToken);

        var error = await ReadFailsAsync(path);

        Assert.Equal($"corrupt: {path}: expected the Parquet magic bytes PAR1 at byte offset {At(cut.Length - 4)} (the end of the file), found other bytes (dataset 'parties')", error.Message);
    }

    [Fact]
    public async Task FooterCutShort_ButEndingInPar1_IsCorrupt_NotUnsupported()
    {
        var (dir, path, bytes) = await WriteAsync();
        using var _ = dir;
        var (footerStart, footerLength) = ParquetPages.Footer(bytes);

        // The footer's second half zeroed: Thrift that stops early, where a reader expects the row groups.
        Array.Clear(bytes, (int)footerStart + (footerLength / 2), footerLength - (footerLength / 2));
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);

        var error = await ReadFailsAsync(path);

        Assert.StartsWith($"corrupt: {path}: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Object reference", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("unsupported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageChecksums_KeepEveryValue()
    {
        var (dir, path, _) = await WriteAsync(rows: 5000);
        using var _ = dir;
        var reader = await DatasetReader.OpenAsync(Path.GetDirectoryName(path)!, TestContext.Current.CancellationToken);

        var names = new List<string>();
        await foreach (var batch in reader.ReadAsync(["id", "name"], TestContext.Current.CancellationToken))
        {
            names.AddRange(batch.Get<string>("name"));
        }

        Assert.Equal(Enumerable.Range(0, 5000).Select(i => $"当事人{i}"), names);
    }
}
