using System.Text.RegularExpressions;
using SupervisionModels.Leads;

namespace SupervisionModels.Reporting;

/// <summary>
/// Where a lead was found, for the "leads per court or district" chart: the court of its first judgment or
/// enforcement case (the court code in the case number, 鲁0481), else the administrative division of its first police
/// or procuratorate record (the six-digit code in the record key, 370681), else "未知".
/// </summary>
public static partial class LeadRegions
{
    /// <summary>The label used when no record says where.</summary>
    public const string Unknown = "未知";

    /// <summary>The court or division a lead's evidence points to.</summary>
    public static string For(Lead lead)
    {
        foreach (var evidence in lead.Evidence)
        {
            var court = CourtCode().Match(evidence.RecordKey);
            if (court.Success)
            {
                return "法院 " + court.Groups["code"].Value;
            }
        }

        foreach (var evidence in lead.Evidence)
        {
            var division = DivisionCode().Match(evidence.RecordKey);
            if (division.Success)
            {
                return "区划 " + division.Groups["code"].Value;
            }
        }

        return Unknown;
    }

    /// <summary>The court code of a case number: （2021）鲁0481民初7号 → 鲁0481.</summary>
    [GeneratedRegex(@"[（(]\d{4}[）)](?<code>[\u4e00-\u9fa5]\d{2,4})")]
    private static partial Regex CourtCode();

    /// <summary>A six-digit division code opening a record key after its letters or unit prefix (A370681…, 〔2020〕371722…).</summary>
    [GeneratedRegex(@"^(?:[A-Z]|.*〕)(?<code>[1-6]\d{5})\d")]
    private static partial Regex DivisionCode();
}
