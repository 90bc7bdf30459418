namespace SupervisionModels.Data.Writing;

/// <summary>Values that Parquet.Net would store altered without saying so.</summary>
internal static class ValueChecks
{
    private const decimal DecimalLimit = 10_000_000_000_000_000m; // 10^16: DECIMAL(18,2) holds 16 integer digits

    /// <summary>Why a value cannot be written unchanged, or null when it can. The type test folds away per
    /// instantiation, so columns other than decimal pay nothing.</summary>
    public static string? Problem<TValue>(TValue value)
        where TValue : struct
    {
        if (typeof(TValue) == typeof(decimal))
        {
            var d = (decimal)(object)value;
            if (decimal.Round(d, ParquetFields.DecimalScale) != d)
            {
                // Parquet.Net would silently drop the extra places.
                return FormattableString.Invariant($"has value {d}, which has more than {ParquetFields.DecimalScale} decimal places (the column is DECIMAL({ParquetFields.DecimalPrecision},{ParquetFields.DecimalScale}))");
            }

            if (d >= DecimalLimit || d <= -DecimalLimit)
            {
                return FormattableString.Invariant($"has value {d}, which does not fit DECIMAL({ParquetFields.DecimalPrecision},{ParquetFields.DecimalScale})");
            }
        }

        return null;
    }
}
