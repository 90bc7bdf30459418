namespace SupervisionModels.BuiltIn.JudicialAid;

/// <summary>
/// The suggested aid amount (domain §3.3 step 5; 细则: normally no more than 36 months of the province's average monthly
/// wage of the previous year). It is a suggestion for the 控告申诉 prosecutor, who adjusts it for the actual loss, the
/// compensation received and the family's burden.
/// </summary>
public static class AidAmount
{
    /// <summary><paramref name="months"/> of <paramref name="monthlyWage"/>, capped at <paramref name="maxMonths"/> months.</summary>
    public static decimal Months(int months, decimal monthlyWage, int maxMonths) =>
        Math.Max(0, Math.Min(months, maxMonths)) * monthlyWage;

    /// <summary>For a property loss: the months' amount, and never more than the loss itself.</summary>
    public static decimal ForLoss(decimal loss, int months, decimal monthlyWage, int maxMonths) =>
        Math.Min(Math.Max(loss, 0m), Months(months, monthlyWage, maxMonths));
}
