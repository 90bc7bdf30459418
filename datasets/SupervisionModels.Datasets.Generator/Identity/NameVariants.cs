using System.Text;

namespace SupervisionModels.Datasets.Generator.Identity;

/// <summary>The ways one entity's name is written differently across datasets.</summary>
[Flags]
internal enum VariantKind
{
    None = 0,

    /// <summary>（） written as () or the reverse.</summary>
    BracketWidth = 1,

    /// <summary>有限公司 written 有限责任公司 or the reverse.</summary>
    CompanyForm = 2,

    /// <summary>A space inserted (after the region; between a two-character name's characters, as judgments align them).</summary>
    Spaces = 4,

    /// <summary>One character replaced by a homophone or look-alike; only used where the row also has the identifier.</summary>
    Typo = 8,
}

/// <summary>
/// Builds name variants. Each entity has one fixed variant per kind (chosen from its own hash), so the truth file can
/// list exactly the forms that occur. Bracket, company-form and space variants fold back under
/// <see cref="SupervisionModels.Entities.NameNormalizer"/>; typos do not, which is why a typo is only written next to
/// the entity's ID number or credit code.
/// </summary>
internal static class NameVariants
{
    public static readonly VariantKind[] All = [VariantKind.BracketWidth, VariantKind.CompanyForm, VariantKind.Spaces, VariantKind.Typo];

    public static string KindName(VariantKind kind) => kind switch
    {
        VariantKind.BracketWidth => "bracket_width",
        VariantKind.CompanyForm => "company_form",
        VariantKind.Spaces => "spaces",
        VariantKind.Typo => "typo",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a single variant kind."),
    };

    /// <summary>True when <see cref="SupervisionModels.Entities.NameNormalizer"/> folds the variant back to the canonical name.</summary>
    public static bool Recoverable(VariantKind kind) => kind != VariantKind.Typo;

    /// <summary>An organisation's variant of <paramref name="kind"/>, or null when the name has nothing to vary that way.</summary>
    public static string? Organization(string name, VariantKind kind, ulong hash) => kind switch
    {
        VariantKind.BracketWidth => SwapBrackets(name),
        VariantKind.CompanyForm => SwapCompanyForm(name),
        VariantKind.Spaces => InsertSpace(name, hash),
        VariantKind.Typo => Typo(name, hash),
        _ => null,
    };

    /// <summary>A person's variant: spaced (张　三 with an ideographic space, as judgments write two-character names) or a typo.</summary>
    public static string? Person(string name, VariantKind kind, ulong hash) => kind switch
    {
        VariantKind.Spaces => name.Length == 2 ? string.Concat(name.AsSpan(0, 1), "\u3000", name.AsSpan(1)) : string.Concat(name.AsSpan(0, 1), " ", name.AsSpan(1)),
        VariantKind.Typo => Typo(name, hash),
        _ => null,
    };

    /// <summary>Replaces one character that has a known confusion; null when none has.</summary>
    public static string? Typo(string name, ulong hash)
    {
        var candidates = new List<(int Position, char To)>();
        for (var i = 1; i < name.Length; i++)
        {
            foreach (var (from, to) in NameBank.Confusions)
            {
                if (name[i] == from)
                {
                    candidates.Add((i, to));
                }
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var (position, replacement) = candidates[(int)(hash % (ulong)candidates.Count)];
        var sb = new StringBuilder(name);
        sb[position] = replacement;
        return sb.ToString();
    }

    private static string? SwapBrackets(string name)
    {
        if (name.Contains('（', StringComparison.Ordinal))
        {
            return name.Replace('（', '(').Replace('）', ')');
        }

        return name.Contains('(', StringComparison.Ordinal) ? name.Replace('(', '（').Replace(')', '）') : null;
    }

    private static string? SwapCompanyForm(string name)
    {
        if (name.EndsWith("有限责任公司", StringComparison.Ordinal))
        {
            return name[..^6] + "有限公司";
        }

        if (name.EndsWith("有限公司", StringComparison.Ordinal) && !name.EndsWith("股份有限公司", StringComparison.Ordinal))
        {
            return name[..^4] + "有限责任公司";
        }

        return null;
    }

    private static string? InsertSpace(string name, ulong hash)
    {
        // After the region prefix when there is one (枣庄市 鑫达运输有限公司), else before the company form.
        foreach (var marker in new[] { "市", "区", "县" })
        {
            var at = name.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0 && at < name.Length - 4)
            {
                return string.Concat(name.AsSpan(0, at + 1), hash % 3 == 0 ? "\u3000" : " ", name.AsSpan(at + 1));
            }
        }

        var form = name.IndexOf("有限", StringComparison.Ordinal);
        return form > 1 ? string.Concat(name.AsSpan(0, form), " ", name.AsSpan(form)) : null;
    }
}
