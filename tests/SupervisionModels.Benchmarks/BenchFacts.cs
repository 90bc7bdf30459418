using SupervisionModels.Facts;

namespace SupervisionModels.Benchmarks;

[Dataset("bench_cases")]
public sealed record BenchCase
{
    [Column("case_no"), RecordKey] public string CaseNo { get; init; } = "";
    [Column("plaintiff_id")] public string? PlaintiffId { get; init; }
    [Column("amount")] public decimal Amount { get; init; }
}

[Dataset("bench_payments")]
public sealed record BenchPayment
{
    [Column("payment_id"), RecordKey] public string PaymentId { get; init; } = "";
    [Column("case_no")] public string? CaseNo { get; init; }
    [Column("payee_id")] public string? PayeeId { get; init; }
    [Column("amount")] public decimal Amount { get; init; }
}

[Dataset("bench_documents")]
public sealed record BenchDocument
{
    [Column("doc_id"), RecordKey] public string DocId { get; init; } = "";
    [Column("kind")] public string Kind { get; init; } = "";
    [Column("full_text", IsText = true)] public string FullText { get; init; } = "";
}
