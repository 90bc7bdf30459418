using SupervisionModels.Datasets;

namespace SupervisionModels.BuiltIn.JudicialAid;

/// <summary>
/// Builds <see cref="HardshipFlag"/> facts from the registers' columns, and says when a listing counts: in force at the
/// case date or begun after it (因案致困 is the point of the campaigns), never a spell that ended before the case.
/// </summary>
public static class HardshipFlags
{
    /// <summary>A 低保/特困 spell counts unless it ended before the case.</summary>
    public static bool AssistanceCounts(DateOnly? endDate, DateOnly caseDate) => endDate is null || endDate >= caseDate;

    /// <summary>A disability certificate counts when in force and of grade 1 to <paramref name="maxGrade"/>.</summary>
    public static bool DisabilityCounts(string status, int grade, int maxGrade) =>
        status == AidVocabulary.CertificateValid && grade >= 1 && grade <= maxGrade;

    /// <summary>A monitored household counts unless its risk was eliminated before the case.</summary>
    public static bool MonitoringCounts(string householdStatus, bool riskEliminated, DateOnly? eliminatedDate, DateOnly caseDate) =>
        AidVocabulary.IsMonitored(householdStatus) && (!riskEliminated || (eliminatedDate is { } d && d >= caseDate));

    /// <summary>A woman on the federation's register counts unless she left it before the case.</summary>
    public static bool WomenCounts(string status, DateOnly? exitDate, DateOnly caseDate) =>
        status == AidVocabulary.OnRegister || (exitDate is { } d && d >= caseDate);

    /// <summary>The flag of a 低保/特困 spell.</summary>
    public static HardshipFlag Assistance(AidCandidate candidate, string program, DateOnly start, bool nameOnly) =>
        new(candidate, HardshipCategories.Subsistence, start, Severe: false, Rural: program == AssistancePrograms.RuralSubsistence, nameOnly);

    /// <summary>The flag of a disability certificate.</summary>
    public static HardshipFlag Disability(AidCandidate candidate, int grade, DateOnly issued, int severeGrade, bool nameOnly) =>
        new(candidate, HardshipCategories.Disability, issued, Severe: grade >= 1 && grade <= severeGrade, Rural: false, nameOnly);

    /// <summary>The flag of a monitored household (always rural: the register is the countryside's).</summary>
    public static HardshipFlag Monitoring(AidCandidate candidate, DateOnly identified, bool nameOnly) =>
        new(candidate, HardshipCategories.Monitored, identified, Severe: false, Rural: true, nameOnly);

    /// <summary>The flag of the women's federation register.</summary>
    public static HardshipFlag Women(AidCandidate candidate, DateOnly registered, bool nameOnly) =>
        new(candidate, HardshipCategories.Women, registered, Severe: false, Rural: false, nameOnly);
}
