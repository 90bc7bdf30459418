namespace SupervisionModels.Entities;

/// <summary>
/// A join key for a person or an organisation: the ID number or credit code when it is valid, else the normalised name.
/// Two records refer to the same entity when their keys are equal; <see cref="Kind"/> says how strong that is.
/// </summary>
/// <param name="Value">The key text, prefixed by its kind (<c>ID:</c>, <c>CC:</c>, <c>PN:</c>, <c>ON:</c>, <c>RK:</c>).</param>
/// <param name="Kind">How the key was formed.</param>
public readonly record struct EntityKey(string Value, MatchKind Kind)
{
    /// <summary>True for the default key of a record with neither an identifier nor a name.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(Value);

    /// <summary>True for an organisation's key: a credit code, or a normalised organisation name.</summary>
    public bool IsOrganization => Kind == MatchKind.CreditCode || (Value?.StartsWith(OrganizationNamePrefix, StringComparison.Ordinal) ?? false);

    /// <summary>True for an organisation known only by its normalised name (no valid credit code).</summary>
    public bool IsOrganizationName => Kind == MatchKind.NormalizedName && (Value?.StartsWith(OrganizationNamePrefix, StringComparison.Ordinal) ?? false);

    private const string OrganizationNamePrefix = "ON:";

    /// <summary>The key of a natural person: the resident ID when valid (15-digit IDs are upgraded), else the normalised name.</summary>
    public static EntityKey Person(string? idNumber, string? name)
    {
        if (!string.IsNullOrWhiteSpace(idNumber))
        {
            var id = ResidentId.Upgrade(idNumber.Trim()).ToUpperInvariant();
            if (ResidentId.IsValid(id))
            {
                return new EntityKey("ID:" + id, MatchKind.IdNumber);
            }
        }

        var normalized = NameNormalizer.Person(name);
        return normalized.Length == 0 ? default : new EntityKey("PN:" + normalized, MatchKind.NormalizedName);
    }

    /// <summary>The key of an organisation: the credit code when valid, else the normalised organisation name.</summary>
    public static EntityKey Organization(string? creditCode, string? name)
    {
        if (!string.IsNullOrWhiteSpace(creditCode))
        {
            var code = creditCode.Trim().ToUpperInvariant();
            if (CreditCode.IsValid(code))
            {
                return new EntityKey("CC:" + code, MatchKind.CreditCode);
            }
        }

        var normalized = NameNormalizer.Organization(name);
        return normalized.Length == 0 ? default : new EntityKey("ON:" + normalized, MatchKind.NormalizedName);
    }

    /// <summary>
    /// The key of a party that may be a person or an organisation: decided by the identifier's shape (18 digits with
    /// an ID check → person; a valid credit code → organisation), else by the name (company-form words → organisation).
    /// </summary>
    public static EntityKey Party(string? identifier, string? name)
    {
        if (!string.IsNullOrWhiteSpace(identifier))
        {
            var id = identifier.Trim().ToUpperInvariant();
            if (ResidentId.IsValid(ResidentId.Upgrade(id)))
            {
                return Person(id, name);
            }

            if (CreditCode.IsValid(id))
            {
                return Organization(id, name);
            }
        }

        return LooksLikeOrganization(name) ? Organization(null, name) : Person(null, name);
    }

    /// <summary>A key of the dataset's own (venue id, plate number): matched as given, after trimming.</summary>
    public static EntityKey Record(string? key) =>
        string.IsNullOrWhiteSpace(key) ? default : new EntityKey("RK:" + key.Trim(), MatchKind.RecordKey);

    /// <summary>True when a name reads as an organisation's (公司, 厂, 中心, 合作社, 银行, …).</summary>
    public static bool LooksLikeOrganization(string? name) =>
        name is not null && (name.Contains("公司", StringComparison.Ordinal) || name.Contains("厂", StringComparison.Ordinal)
            || name.Contains("中心", StringComparison.Ordinal) || name.Contains("合作社", StringComparison.Ordinal)
            || name.Contains("银行", StringComparison.Ordinal) || name.Contains("事务所", StringComparison.Ordinal)
            || name.Contains("商行", StringComparison.Ordinal) || name.Contains("经营部", StringComparison.Ordinal)
            || name.Contains("医院", StringComparison.Ordinal) || name.Contains("酒店", StringComparison.Ordinal)
            || name.Contains("宾馆", StringComparison.Ordinal) || name.Contains("管理人", StringComparison.Ordinal));

    /// <inheritdoc/>
    public override string ToString() => Value;
}
