using System.Globalization;

namespace SupervisionModels.Datasets.Generator.Court;

/// <summary>
/// Enforcement case numbers (（2021）鲁0403执1281号). An enforcement case on a first-instance judgment takes its
/// number from the judgment's slot (3n + years between + 1), so numbers are unique without any shared counter;
/// enforcement on other titles (arbitral awards) takes numbers past the judgments' range.
/// </summary>
internal static class ExecNumbers
{
    public static string ForJudgment(CaseBlock basis, int n, int execYear)
    {
        var offset = execYear - basis.Year;
        if (offset is < 0 or > 2 || basis.Intermediate || basis.CaseType != CaseTypes.CivilFirstInstance)
        {
            throw new ArgumentOutOfRangeException(nameof(execYear), execYear, $"Enforcement of {basis.CourtCode} {basis.Year} {basis.CaseType} must be filed within two years by the first-instance court.");
        }

        return CaseNumbers.Format(execYear, basis.CourtCode, CaseTypes.Enforcement, (3 * n) + offset + 1);
    }

    public static string ForOtherTitle(CaseBlock firstInstanceBlock, int j) =>
        CaseNumbers.Format(firstInstanceBlock.Year, firstInstanceBlock.CourtCode, CaseTypes.Enforcement, (3 * (firstInstanceBlock.Count + j)) + 1);

    /// <summary>A disposal's number in the enforcement system, from its case number and its position.</summary>
    public static string Disposal(string execCaseNo, int k)
    {
        var digits = new string(execCaseNo.Where(char.IsAsciiDigit).ToArray());
        return string.Create(CultureInfo.InvariantCulture, $"CZ{digits}-{k}");
    }
}
