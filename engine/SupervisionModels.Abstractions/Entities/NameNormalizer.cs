using System.Text;

namespace SupervisionModels.Entities;

/// <summary>
/// The one name normaliser of the project: folds the variants under which the same person or company appears across
/// datasets (full- and half-width characters, brackets, spaces and dots, 有限责任公司/有限公司 and other company-form
/// suffixes) so that names can be joined when no ID number or credit code is present.
/// </summary>
public static class NameNormalizer
{
    // Longest first: "股份有限公司" must be cut before "有限公司" would leave "股份".
    private static readonly string[] CompanyForms =
    [
        "股份有限公司", "有限责任公司", "有限公司", "股份公司", "集团公司", "分公司", "公司",
        "个体工商户", "合伙企业", "普通合伙", "有限合伙", "经营部", "商行", "工作室",
    ];

    /// <summary>
    /// The normalised form of a natural person's name: NFKC (full-width to half-width), no white space or middle dots.
    /// </summary>
    public static string Person(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var folded = name.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c) || c is '·' or '•' or '.' or '・')
            {
                continue;
            }

            sb.Append(char.ToUpperInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>
    /// The normalised form of an organisation's name: the person form, with every bracket removed (keeping its
    /// contents) and the company-form suffix cut, so that 枣庄（薛城）某运输有限责任公司 and 枣庄(薛城)某运输有限公司 agree.
    /// </summary>
    public static string Organization(string? name)
    {
        var folded = Person(name);
        if (folded.Length == 0)
        {
            return folded;
        }

        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is '(' or ')' or '[' or ']' or '【' or '】' or '〔' or '〕' or '"' or '\'' or '“' or '”' or '-' or ',' or '，')
            {
                continue;
            }

            sb.Append(c);
        }

        var result = sb.ToString();
        foreach (var form in CompanyForms)
        {
            if (result.Length > form.Length && result.EndsWith(form, StringComparison.Ordinal))
            {
                return result[..^form.Length];
            }
        }

        return result;
    }
}
