namespace SupervisionModels.Datasets.Generator.Identity;

/// <summary>What an enterprise is to the generator: the background economy or one of the special sectors.</summary>
internal enum EnterpriseRole
{
    Background,
    Bank,
    MicroLender,
    Leasing,
    Insurer,
    LawFirm,
    GasTrader,
    DangerousGoodsCarrier,
    GeneralCarrier,
    Bakery,
    Hospital,
    ElectronicsPlant,
    VenueOperator,
    Government,
}

/// <summary>
/// An enterprise of the register, held in memory for the whole run (a city has ~200k). Mutable only while the
/// scenarios are built (single-threaded); afterwards only <see cref="UsedVariants"/> changes, atomically.
/// </summary>
internal sealed class EnterpriseInfo
{
    public required int Index { get; init; }

    public required string CreditCode { get; init; }

    public required string Name { get; init; }

    public required string EnterpriseType { get; init; }

    public required Industry Industry { get; init; }

    public required Area Area { get; init; }

    public required string Address { get; init; }

    public required int LegalRep { get; set; }

    public required DateOnly Established { get; init; }

    public EnterpriseRole Role { get; init; }

    public string Status { get; set; } = EnterpriseStatuses.Existing;

    public DateOnly? Revoked { get; set; }

    public DateOnly? Cancelled { get; set; }

    public decimal Capital { get; set; }

    public int InsuredStaff { get; set; }

    public int MissingReportYears { get; set; }

    public bool Abnormal { get; set; }

    public DateOnly? AbnormalSince { get; set; }

    /// <summary>The name it had before it was renamed (曾用名); <see cref="Name"/> is the name it has now.</summary>
    public string? FormerName { get; set; }

    /// <summary>Which variants of the name were written somewhere (a <see cref="VariantKind"/> mask, set with Interlocked.Or).</summary>
    public int UsedVariants;

    /// <summary>Reserved for a scenario: background rows never pick it.</summary>
    public bool Reserved { get; set; }

    /// <summary>True when on <paramref name="date"/> the enterprise was revoked, deregistered or on the abnormal list with no staff.</summary>
    public bool IsZombieAt(DateOnly date) =>
        (Revoked is { } r && r <= date) || (Cancelled is { } c && c <= date) || (Abnormal && AbnormalSince is { } a && a <= date && InsuredStaff == 0);

    /// <summary>True when it could be sued or trade on <paramref name="date"/>: established and not deregistered.</summary>
    public bool ExistsAt(DateOnly date) => Established <= date && (Cancelled is null || Cancelled > date);
}
