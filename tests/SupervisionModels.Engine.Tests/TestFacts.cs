using SupervisionModels.Facts;

namespace SupervisionModels.Engine.Tests;

// Tiny datasets for engine tests: a court case, a company register and payments, shaped like the real ones.

[Dataset("cases", Title = "测试案件")]
public sealed record Case
{
    [Column("case_no"), RecordKey] public string CaseNo { get; init; } = "";
    [Column("plaintiff_id")] public string? PlaintiffId { get; init; }
    [Column("plaintiff_name")] public string PlaintiffName { get; init; } = "";
    [Column("defendant_code")] public string? DefendantCode { get; init; }
    [Column("cause")] public string Cause { get; init; } = "";
    [Column("amount")] public decimal Amount { get; init; }
    [Column("full_text", IsText = true)] public string FullText { get; init; } = "";
}

[Dataset("companies", Title = "测试企业")]
public sealed record Company
{
    [Column("credit_code"), RecordKey] public string CreditCode { get; init; } = "";
    [Column("name")] public string Name { get; init; } = "";
    [Column("status")] public string Status { get; init; } = "";
}

[Dataset("payments", Title = "测试案款")]
public sealed record Payment
{
    [Column("payment_id"), RecordKey] public string PaymentId { get; init; } = "";
    [Column("case_no")] public string? CaseNo { get; init; }
    [Column("payee_id")] public string? PayeeId { get; init; }
    [Column("amount")] public decimal Amount { get; init; }
}

/// <summary>Valid identifiers for the tests (checksums computed by the tests' helper, so they stay valid).</summary>
internal static class Ids
{
    public static readonly string Zhang = Person("37040319800101123");
    public static readonly string Li = Person("37040319850202234");
    public static readonly string Wang = Person("37068120070601234");
    public static readonly string ZombieCo = Company("91370403MA3C5K7Q2");
    public static readonly string LiveCo = Company("91370403MA3C5K8Q2");

    public static string Person(string body17) => body17 + Entities.ResidentId.CheckCharacter(body17);

    public static string Company(string body17) => body17 + Entities.CreditCode.CheckCharacter(body17);
}
