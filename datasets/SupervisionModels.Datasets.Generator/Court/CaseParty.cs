using SupervisionModels.Datasets.Generator.Identity;

namespace SupervisionModels.Datasets.Generator.Court;

/// <summary>A party as one case records it: the name as written there (maybe a variant), identifiers, representatives.</summary>
internal sealed record CaseParty
{
    public required string Role { get; init; }

    public required string Name { get; init; }

    public bool IsPerson { get; init; }

    public string? IdNo { get; init; }

    public string? CreditCode { get; init; }

    public string? Gender { get; init; }

    public DateOnly? BirthDate { get; init; }

    public string? Address { get; init; }

    public string? LegalRep { get; init; }

    public string? LegalRepTitle { get; init; }

    public string? Agent { get; init; }

    public string? AgentFirm { get; init; }

    /// <summary>The pool person behind a natural-person party.</summary>
    public int? PersonIndex { get; init; }

    /// <summary>The register entry behind an organisation party.</summary>
    public EnterpriseInfo? Enterprise { get; init; }

    /// <summary>The identifier to write in enforcement and disposal rows (ID number or credit code).</summary>
    public string? Identifier => IsPerson ? IdNo : CreditCode;

    /// <summary>The name without variant spacing, for the text's running references (原告张三 rather than 张　三).</summary>
    public string ShortName => Name.Replace("\u3000", string.Empty, StringComparison.Ordinal);
}
