using SupervisionModels.Text.Data;
using static SupervisionModels.Text.Tests.ParquetFixture;

namespace SupervisionModels.Text.Tests;

public sealed class LabelledTextParquetTests : IDisposable
{
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    private static Column ModelIds => new("model_id", new[] { "SM0002", "SM0002" });

    private static Column Texts => new("text", new[] { "KTV包厢查获笑气", "医院麻醉使用一氧化二氮" });

    private static Column Kinds => new("kind", new[] { LabelledTextKinds.KeywordHit, LabelledTextKinds.InnocentKeyword });

    [Fact]
    public async Task ReadAsync_IntegerLabels_ReadsEveryRowWithTheGeneratorAsSource()
    {
        // Arrange
        var path = _temp.File("int.parquet");
        await WriteAsync(path, ModelIds, Texts, new Column("label", new[] { 1, 0 }), Kinds);

        // Act
        var rows = await LabelledTextParquet.ReadAsync(path, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(
            [
                new LabelledText("SM0002", "KTV包厢查获笑气", true, LabelledTextKinds.KeywordHit, "generator"),
                new LabelledText("SM0002", "医院麻醉使用一氧化二氮", false, LabelledTextKinds.InnocentKeyword, "generator"),
            ],
            rows);
    }

    [Fact]
    public async Task ReadAsync_BooleanLabelsAndASourceColumn_ReadsThem()
    {
        // Arrange
        var path = _temp.File("bool.parquet");
        await WriteAsync(path, ModelIds, Texts, new Column("label", new[] { true, false }), Kinds, new Column("source", new[] { "generator:tiny:7", "generator:tiny:7" }));

        // Act
        var rows = await LabelledTextParquet.ReadAsync(path, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal([true, false], rows.Select(r => r.Label));
        Assert.All(rows, r => Assert.Equal("generator:tiny:7", r.Source));
    }

    [Fact]
    public async Task ReadAsync_OptionalAndLongLabels_ReadThem()
    {
        // Arrange
        var optional = _temp.File("optional.parquet");
        var longs = _temp.File("long.parquet");
        await WriteAsync(optional, ModelIds, Texts, new Column("label", new int?[] { 0, 1 }), Kinds);
        await WriteAsync(longs, ModelIds, Texts, new Column("label", new[] { 1L, 1L }), Kinds);

        // Act
        var fromOptional = await LabelledTextParquet.ReadAsync(optional, TestContext.Current.CancellationToken);
        var fromLongs = await LabelledTextParquet.ReadAsync(longs, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal([false, true], fromOptional.Select(r => r.Label));
        Assert.Equal([true, true], fromLongs.Select(r => r.Label));
    }

    [Fact]
    public async Task ReadAsync_AFolderOfPartFiles_ReadsThemInNameOrder()
    {
        // Arrange
        var folder = Directory.CreateDirectory(_temp.File("labelled")).FullName;
        await WriteAsync(Path.Combine(folder, "part-1.parquet"), ModelIds, Texts, new Column("label", new[] { 0, 0 }), Kinds);
        await WriteAsync(Path.Combine(folder, "part-0.parquet"), ModelIds, Texts, new Column("label", new[] { 1, 1 }), Kinds);

        // Act
        var rows = await LabelledTextParquet.ReadAsync(folder, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal([true, true, false, false], rows.Select(r => r.Label));
    }

    [Fact]
    public async Task ReadAsync_MissingFile_ThrowsNamingIt()
    {
        var path = _temp.File("missing.parquet");
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => LabelledTextParquet.ReadAsync(path, TestContext.Current.CancellationToken));
        Assert.Equal(path, error.FileName);
    }

    [Fact]
    public async Task ReadAsync_MissingColumn_ErrorNamesTheFileTheColumnAndWhatIsThere()
    {
        // Arrange
        var path = _temp.File("no-kind.parquet");
        await WriteAsync(path, ModelIds, Texts, new Column("label", new[] { 1, 0 }));

        // Act
        var error = await Assert.ThrowsAsync<LabelledDataException>(() => LabelledTextParquet.ReadAsync(path, TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal(path, error.FilePath);
        Assert.Equal("kind", error.Column);
        Assert.Equal($"{path}, column 'kind': the column is missing; the file has columns model_id (String), text (String), label (Int32).", error.Message);
    }

    [Fact]
    public async Task ReadAsync_LabelOfAnotherType_ErrorNamesTheFileAndColumn()
    {
        // Arrange
        var path = _temp.File("double-label.parquet");
        await WriteAsync(path, ModelIds, Texts, new Column("label", new[] { 1.0, 0.0 }), Kinds);

        // Act
        var error = await Assert.ThrowsAsync<LabelledDataException>(() => LabelledTextParquet.ReadAsync(path, TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal($"{path}, column 'label': the column holds Double; expected a boolean or an integer 0/1.", error.Message);
    }

    [Fact]
    public async Task ReadAsync_TextOfAnotherType_ErrorNamesTheFileAndColumn()
    {
        // Arrange
        var path = _temp.File("int-text.parquet");
        await WriteAsync(path, ModelIds, new Column("text", new[] { 1, 2 }), new Column("label", new[] { 1, 0 }), Kinds);

        // Act
        var error = await Assert.ThrowsAsync<LabelledDataException>(() => LabelledTextParquet.ReadAsync(path, TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal($"{path}, column 'text': the column holds Int32; expected strings.", error.Message);
    }

    [Fact]
    public async Task ReadAsync_LabelOtherThanZeroOrOne_ErrorNamesTheColumnAndRow()
    {
        // Arrange
        var path = _temp.File("label-2.parquet");
        await WriteAsync(path, ModelIds, Texts, new Column("label", new[] { 1, 2 }), Kinds);

        // Act
        var error = await Assert.ThrowsAsync<LabelledDataException>(() => LabelledTextParquet.ReadAsync(path, TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal($"{path}, column 'label': row 1 is 2; expected 0/1 or false/true.", error.Message);
    }

    [Fact]
    public async Task ReadAsync_NullText_ErrorNamesTheColumnAndRow()
    {
        // Arrange
        var path = _temp.File("null-text.parquet");
        await WriteAsync(path, ModelIds, new Column("text", new string?[] { "笑气", null }), new Column("label", new[] { 1, 0 }), Kinds);

        // Act
        var error = await Assert.ThrowsAsync<LabelledDataException>(() => LabelledTextParquet.ReadAsync(path, TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal($"{path}, column 'text': row 1 is null.", error.Message);
    }

    [Fact]
    public async Task ReadAsync_NotAParquetFile_ErrorNamesTheFile()
    {
        // Arrange
        var path = _temp.File("not.parquet");
        await File.WriteAllTextAsync(path, "model_id,text,label,kind\nSM0002,笑气,1,keyword_hit\n", TestContext.Current.CancellationToken);

        // Act
        var error = await Assert.ThrowsAsync<LabelledDataException>(() => LabelledTextParquet.ReadAsync(path, TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal(path, error.FilePath);
        Assert.Null(error.Column);
        Assert.StartsWith($"{path}: it is not a readable Parquet file", error.Message, StringComparison.Ordinal);
    }
}
