using SupervisionModels.Datasets;

namespace SupervisionModels.BuiltIn.PlateAuctionFakeLitigation;

/// <summary>
/// Whether a company was a zombie (僵尸企业) on a date: revoked, cancelled or moved out by then, on the abnormal-operation
/// list since before it, or with no insured staff and years of missing annual reports (domain §1.3 step 4a).
/// </summary>
public static class Zombie
{
    public static bool At(Enterprise e, DateOnly date, int minMissingReportYears) =>
        (e.RegStatus is EnterpriseStatuses.Revoked or EnterpriseStatuses.Cancelled or EnterpriseStatuses.MovedOut
            && (e.RevokedDate is null || e.RevokedDate <= date) && (e.CancelledDate is null || e.RevokedDate is not null || e.CancelledDate <= date))
        || (e.AbnormalList && (e.AbnormalSince is null || e.AbnormalSince <= date))
        || (e.InsuredStaff == 0 && e.AnnualReportMissingYears >= minMissingReportYears);

    /// <summary>The company's state in words, for the evidence.</summary>
    public static string Describe(Enterprise e) =>
        $"{e.RegStatus}{(e.RevokedDate is { } r ? $"（{r:yyyy-MM-dd}吊销）" : string.Empty)}{(e.AbnormalList ? "，列入经营异常名录" : string.Empty)}，参保{e.InsuredStaff}人，连续{e.AnnualReportMissingYears}年未年报";
}
