using SupervisionModels.Entities;

namespace SupervisionModels.Rules;

/// <summary>What kind of thing a lead is about.</summary>
public enum SubjectKind
{
    /// <summary>A natural person (自然人).</summary>
    Person,

    /// <summary>A company or other organisation (法人/非法人组织).</summary>
    Organization,

    /// <summary>A place of business: a KTV, bar, hotel (场所).</summary>
    Venue,

    /// <summary>A vehicle (车辆).</summary>
    Vehicle,
}

/// <summary>
/// The person, company or venue a lead is about. Leads are gathered per (model, key, role): the same person can be a
/// seller lead and a transporter lead of one model.
/// </summary>
/// <param name="Key">The entity key (ID number or credit code where known, else normalised name).</param>
/// <param name="Name">The name as the data gives it (masked in reports unless asked otherwise).</param>
/// <param name="Kind">Person, organisation, venue or vehicle.</param>
/// <param name="Role">The lead's kind in the model's words (原告, 非法销售者, 场所, 未成年人, 被害人…); empty when the model has one kind.</param>
public sealed record Subject(EntityKey Key, string Name, SubjectKind Kind, string Role = "")
{
    /// <summary>A natural person keyed by ID number (or normalised name).</summary>
    public static Subject Person(string? idNumber, string? name, string role = "") =>
        new(EntityKey.Person(idNumber, name), name ?? string.Empty, SubjectKind.Person, role);

    /// <summary>An organisation keyed by credit code (or normalised name).</summary>
    public static Subject Organization(string? creditCode, string? name, string role = "") =>
        new(EntityKey.Organization(creditCode, name), name ?? string.Empty, SubjectKind.Organization, role);

    /// <summary>A party that may be either, decided by the shape of its identifier or name.</summary>
    public static Subject Party(string? identifier, string? name, string role = "") =>
        ForKey(EntityKey.Party(identifier, name), name, role);

    /// <summary>The subject of an entity key already formed: an organisation for credit codes and organisation names, else a person.</summary>
    public static Subject ForKey(EntityKey key, string? name, string role = "") =>
        new(key, name ?? string.Empty, key.IsOrganization ? SubjectKind.Organization : SubjectKind.Person, role);

    /// <summary>A venue keyed by its register id.</summary>
    public static Subject Venue(string venueId, string? name, string role = "") =>
        new(EntityKey.Record(venueId), name ?? string.Empty, SubjectKind.Venue, role);
}
