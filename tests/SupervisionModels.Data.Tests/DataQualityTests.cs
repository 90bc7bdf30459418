using SupervisionModels.Data.Quality;
using SupervisionModels.Entities;
using SupervisionModels.Facts;

namespace SupervisionModels.Data.Tests;

public sealed class DataQualityTests
{
    [Dataset("ids")]
    public sealed record Ids
    {
        [Column("key"), RecordKey] public string Key { get; init; } = "";
        [Column("id_no")] public string? IdNo { get; init; }
        [Column("credit_code")] public string? CreditCodeValue { get; init; }
        [Column("payee_id")] public string? PayeeId { get; init; }
        [Column("note")] public string? Note { get; init; }
    }

    /// <summary>A register whose schema says its ID column carries 3 % legacy numbers.</summary>
    [Dataset("register")]
    public sealed record Register
    {
        [Column("key"), RecordKey] public string Key { get; init; } = "";
        [Column("id_no", ExpectedInvalidShare = 0.03)] public string? IdNo { get; init; }
        [Column("credit_code")] public string? CreditCodeValue { get; init; }
    }

    [Dataset("misdeclared")]
    public sealed record Misdeclared
    {
        [Column("key"), RecordKey] public string Key { get; init; } = "";
        [Column("id_no", ExpectedInvalidShare = 3)] public string? IdNo { get; init; }
    }

    private static async Task<IReadOnlyList<ColumnQuality>> MeasureRegisterAsync(TempDir dir, int invalidIdsPerHundred)
    {
        // 200 rows: id_no with invalidIdsPerHundred % failing the check, credit_code with 2 %
        var rows = Enumerable.Range(0, 200).Select(i => new Register
        {
            Key = $"R{i:D4}",
            IdNo = i % 100 < invalidIdsPerHundred ? Broken(Id(i)) : Id(i),
            CreditCodeValue = i % 50 == 7 ? Broken(Code(i)) : Code(i),
        });
        await ParquetFactWriter<Register>.WriteAllAsync(dir.File("register", "part-0.parquet"), rows, ct: TestContext.Current.CancellationToken);
        var expected = DataQuality.ExpectedInvalidShares(Facts.Schema.FactSchema.For<Register>());
        return await DataQuality.MeasureAsync(dir.File("register"), ["key", "id_no", "credit_code"], expected, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Measure_ColumnWithAnExpectedShareInItsSchema_WarnsOnlyAboveIt_OthersAbove1Percent()
    {
        using var dir = new TempDir();

        var figures = await MeasureRegisterAsync(dir, invalidIdsPerHundred: 2);

        Assert.Equal([0.03, DataQuality.DefaultMaxInvalidShare], figures.Select(f => f.ExpectedInvalidShare));
        Assert.Equal(
            ["dataset 'register' column 'credit_code': 4 of 200 credit codes (2.0 %) fail the GB 32100 check, more than the 1 % expected; 0 null (0.0 %)"],
            DataQuality.Warnings(figures));
    }

    [Fact]
    public async Task Measure_ColumnAboveItsExpectedShare_WarnsNamingThatShare()
    {
        using var dir = new TempDir();

        var figures = await MeasureRegisterAsync(dir, invalidIdsPerHundred: 4);

        Assert.Equal(
            "dataset 'register' column 'id_no': 8 of 200 resident ID numbers (4.0 %) fail the GB 11643 check, more than the 3 % expected; 0 null (0.0 %)",
            DataQuality.Warnings(figures)[0]);
    }

    [Fact]
    public void Schema_ExpectedShareOutsideZeroToOne_IsRefusedNamingTheColumn()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Facts.Schema.FactSchema.For<Misdeclared>());

        Assert.Contains("Misdeclared.IdNo (column id_no): ExpectedInvalidShare 3 is not a share from 0 to less than 1 (3 % is 0.03).", e.Message, StringComparison.Ordinal);
    }

    private static string Id(int i)
    {
        var body = $"32058519900101{i % 1000:D3}";
        return body + ResidentId.CheckCharacter(body);
    }

    private static string Code(int i)
    {
        var body = $"91320585MA{i % 10_000_000:D7}";
        return body + CreditCode.CheckCharacter(body);
    }

    private static string Broken(string value) => value[..17] + (value[17] == '0' ? '1' : '0');

    [Fact]
    public async Task Measure_CountsInvalidAndNullPerIdentifierColumn_AndSkipsOtherColumns()
    {
        using var dir = new TempDir();
        var rows = Enumerable.Range(0, 200).Select(i => new Ids
        {
            Key = $"YD2019010100{i:D6}", // an 18-character record number: not an identifier
            IdNo = i % 10 == 0 ? null : i % 50 == 1 ? Broken(Id(i)) : Id(i),
            CreditCodeValue = i % 40 == 3 ? Broken(Code(i)) : Code(i),
            PayeeId = i % 2 == 0 ? Id(i) : Code(i),
            Note = "备注",
        });
        await ParquetFactWriter<Ids>.WriteAllAsync(dir.File("ids", "part-0.parquet"), rows, ct: TestContext.Current.CancellationToken);

        var figures = await DataQuality.MeasureAsync(dir.File("ids"), ["key", "id_no", "credit_code", "payee_id", "note"], TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                new ColumnQuality("ids", "id_no", IdentifierKind.ResidentId, 200, 20, 4),
                new ColumnQuality("ids", "credit_code", IdentifierKind.CreditCode, 200, 0, 5),
                new ColumnQuality("ids", "payee_id", IdentifierKind.ResidentIdOrCreditCode, 200, 0, 0),
            ],
            figures);
        Assert.Equal(
            [
                "dataset 'ids' column 'id_no': 4 of 180 resident ID numbers (2.22 %) fail the GB 11643 check, more than the 1 % expected; 20 null (10.0 %)",
                "dataset 'ids' column 'credit_code': 5 of 200 credit codes (2.5 %) fail the GB 32100 check, more than the 1 % expected; 0 null (0.0 %)",
            ],
            DataQuality.Warnings(figures));
        Assert.Empty(DataQuality.Warnings(figures, maxInvalidShare: 0.05));
    }
}
