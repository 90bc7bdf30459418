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
