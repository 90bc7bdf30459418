namespace SupervisionModels.BuiltIn.MinorsNitrousOxide;

/// <summary>How the licence and permit registers are read: what a scope or class list covers, and when.</summary>
public static class Permits
{
    private static readonly char[] ClassSeparators = [';', '；', '、', ',', '，', ' '];

    /// <summary>
    /// True when a dangerous-goods class list (2.2;3) includes <paramref name="hazardClass"/> (2.2), or its whole class
    /// (2), which covers every division of it.
    /// </summary>
    public static bool CoversClass(string? classes, string hazardClass)
    {
        if (string.IsNullOrWhiteSpace(classes))
        {
            return false;
        }

        var whole = hazardClass.Split('.')[0];
        foreach (var c in classes.Split(ClassSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (c == hazardClass || c == whole)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a licence or permit had not expired on <paramref name="date"/>. The start of validity is not held
    /// against the holder: the registers keep only the current licence, and one issued after the event is most often
    /// a renewal of an earlier one, which a prosecutor verifies rather than a rule presumes absent.
    /// </summary>
    public static bool NotExpiredOn(DateOnly validTo, DateOnly date) => date <= validTo;
}
