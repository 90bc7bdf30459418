using SupervisionModels.Facts;

namespace SupervisionModels.Data.Tests;

/// <summary>A record with every supported column type, nullable and not.</summary>
[Dataset("samples")]
public sealed record Sample
{
    [Column("case_no"), RecordKey] public string CaseNo { get; init; } = "";
    [Column("court")] public string? Court { get; init; }
    [Column("body", IsText = true)] public string? Body { get; init; }
    [Column("count")] public int Count { get; init; }
    [Column("count_opt")] public int? CountOpt { get; init; }
    [Column("big")] public long Big { get; init; }
    [Column("big_opt")] public long? BigOpt { get; init; }
    [Column("ratio")] public double Ratio { get; init; }
    [Column("ratio_opt")] public double? RatioOpt { get; init; }
    [Column("amount")] public decimal Amount { get; init; }
    [Column("amount_opt")] public decimal? AmountOpt { get; init; }
    [Column("closed")] public bool Closed { get; init; }
    [Column("closed_opt")] public bool? ClosedOpt { get; init; }
    [Column("filed")] public DateOnly Filed { get; init; }
    [Column("filed_opt")] public DateOnly? FiledOpt { get; init; }
    [Column("at")] public DateTime At { get; init; }
    [Column("at_opt")] public DateTime? AtOpt { get; init; }

    /// <summary>Deterministic rows: Chinese text, every third optional value null.</summary>
    public static List<Sample> Make(int count, int seed = 0) =>
        Enumerable.Range(seed, count).Select(i => new Sample
        {
            CaseNo = $"(2023)苏0585民初{i}号",
            Court = i % 3 == 0 ? null : (i % 2 == 0 ? "江苏省太仓市人民法院" : "北京市朝阳区人民法院"),
            Body = i % 3 == 1 ? null : $"原告诉称：被告于二〇二三年借款{i}元，社會科學院語學研究所。",
            Count = i,
            CountOpt = i % 3 == 0 ? null : -i,
            Big = 10_000_000_000L + i,
            BigOpt = i % 3 == 2 ? null : i * 3L,
            Ratio = i / 7.0,
            RatioOpt = i % 3 == 0 ? null : i * 0.5,
            Amount = i * 1.25m,
            AmountOpt = i % 3 == 1 ? null : -i * 0.01m,
            Closed = i % 2 == 0,
            ClosedOpt = i % 3 == 0 ? null : i % 2 == 1,
            Filed = new DateOnly(2023, 1, 1).AddDays(i % 365),
            FiledOpt = i % 3 == 2 ? null : new DateOnly(1999, 12, 31).AddDays(i),
            At = new DateTime(2023, 5, 6, 7, 8, 9).AddSeconds(i).AddTicks(i % 10 * 10),
            AtOpt = i % 3 == 0 ? null : new DateTime(2024, 2, 29, 23, 59, 59, 999),
        }).ToList();
}

/// <summary>A minimal record for tests that only need a key and a required text column.</summary>
[Dataset("parties")]
public sealed record Party
{
    [Column("id"), RecordKey] public int Id { get; init; }
    [Column("name")] public string Name { get; init; } = "";
}

/// <summary>The same dataset as <see cref="Party"/> but with a text id, to make part files disagree.</summary>
[Dataset("parties")]
public sealed record OtherParty
{
    [Column("id"), RecordKey] public string Id { get; init; } = "";
    [Column("name")] public string Name { get; init; } = "";
}

/// <summary>An older layout of <see cref="Sample"/>: dates as text, a count that may be missing, no amounts.</summary>
[Dataset("samples")]
public sealed record OldSample
{
    [Column("case_no"), RecordKey] public string CaseNo { get; init; } = "";
    [Column("filed")] public string? Filed { get; init; }
    [Column("count")] public int? Count { get; init; }
    [Column("big")] public int Big { get; init; }
}
