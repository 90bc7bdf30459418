namespace SupervisionModels.Datasets.Generator.Court;

/// <summary>Court fees under 《诉讼费用交纳办法》 (2007) 第十三条: cumulative bands on the amount claimed.</summary>
internal static class CourtFees
{
    private static readonly (decimal Upper, decimal Rate)[] Bands =
    [
        (100_000m, 0.025m), (200_000m, 0.02m), (500_000m, 0.015m), (1_000_000m, 0.01m), (2_000_000m, 0.009m),
        (5_000_000m, 0.008m), (10_000_000m, 0.007m), (20_000_000m, 0.006m), (decimal.MaxValue, 0.005m),
    ];

    /// <summary>The full fee of a property case: 50 yuan up to 10,000, then the bands (180,000 → 3,900).</summary>
    public static decimal Property(decimal claim)
    {
        if (claim <= 10_000m)
        {
            return 50m;
        }

        var fee = 50m;
        var lower = 10_000m;
        foreach (var (upper, rate) in Bands)
        {
            var top = Math.Min(claim, upper);
            fee += (top - lower) * rate;
            if (claim <= upper)
            {
                break;
            }

            lower = upper;
        }

        return Math.Round(fee, 2);
    }

    /// <summary>Halved (减半收取) for summary procedure, mediation and withdrawal.</summary>
    public static decimal Halved(decimal fee) => Math.Round(fee / 2, 2);
}
