using SupervisionModels.Entities;
using SupervisionModels.Rules;

namespace SupervisionModels.BuiltIn.MinorsNitrousOxide;

/// <summary>The four kinds of lead (线索类别) and how their subjects are formed.</summary>
public static class Subjects
{
    /// <summary>非法销售者: a person or business that sold nitrous oxide without a valid licence.</summary>
    public const string Seller = "非法销售者";

    /// <summary>非法运输者: a carrier or driver without the dangerous-goods permits for it.</summary>
    public const string Transporter = "非法运输者";

    /// <summary>场所: an entertainment or lodging venue where minors inhaled it.</summary>
    public const string Venue = "场所";

    /// <summary>未成年人: a minor who inhaled it, for 帮教 and 督促监护, never for punishment.</summary>
    public const string Minor = "未成年人";

    /// <summary>A person or an organisation by the kind of its key (credit code or organisation name → organisation).</summary>
    public static Subject Of(EntityKey key, string name, string role) =>
        Subject.ForKey(key, name, role);

    /// <summary>The key of the party a police person acted as: the business they acted for when recorded, else themselves.</summary>
    public static EntityKey PartyOf(string? unitCreditCode, string? unitName, string? idNo, string? name)
    {
        var unit = EntityKey.Organization(unitCreditCode, unitName);
        return unit.IsEmpty ? EntityKey.Person(idNo, name) : unit;
    }
}
