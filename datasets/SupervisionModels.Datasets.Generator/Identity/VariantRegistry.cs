using System.Collections.Concurrent;
using SupervisionModels.Datasets.Generator.Randomness;

namespace SupervisionModels.Datasets.Generator.Identity;

/// <summary>
/// Renders entity names as a dataset writes them — usually the registered form, sometimes a variant — and remembers
/// which variants were written, for <c>entities.jsonl</c>. Usage is recorded with atomic ORs, so the record is the
/// same whatever order the parallel chunks ran in.
/// </summary>
internal sealed class VariantRegistry(PersonPool persons)
{
    private readonly ConcurrentDictionary<int, int> _personUsage = new();

    public IReadOnlyDictionary<int, int> PersonUsage => _personUsage;

    /// <summary>
    /// The name of <paramref name="e"/> as one row writes it: a variant with probability <paramref name="rate"/>.
    /// Typos are allowed only when the row also carries the credit code (<paramref name="identified"/>).
    /// </summary>
    public string Organization(EnterpriseInfo e, Rng rng, bool identified, double rate)
    {
        if (!rng.Chance(rate))
        {
            return e.Name;
        }

        var kind = NameVariants.All[rng.Next(identified ? 4 : 3)];
        var variant = NameVariants.Organization(e.Name, kind, HashOf(e.CreditCode, kind));
        if (variant is null)
        {
            return e.Name;
        }

        Interlocked.Or(ref e.UsedVariants, (int)kind);
        return variant;
    }

    /// <summary>The name of person <paramref name="index"/> as one row writes it (spaced or, with an ID beside it, mistyped).</summary>
    public string Person(int index, Rng rng, bool identified, double rate)
    {
        var name = persons.NameOf(index);
        if (!rng.Chance(rate))
        {
            return name;
        }

        var kind = identified && rng.Chance(0.4) ? VariantKind.Typo : VariantKind.Spaces;
        var variant = NameVariants.Person(name, kind, Seeds.Mix((ulong)index * 31 + (ulong)kind));
        if (variant is null)
        {
            return name;
        }

        _personUsage.AddOrUpdate(index, (int)kind, (_, old) => old | (int)kind);
        return variant;
    }

    /// <summary>The fixed variant of <paramref name="kind"/> for an organisation (what <see cref="Organization"/> writes).</summary>
    public static string? OrganizationVariant(EnterpriseInfo e, VariantKind kind) => NameVariants.Organization(e.Name, kind, HashOf(e.CreditCode, kind));

    /// <summary>The fixed variant of <paramref name="kind"/> for a person.</summary>
    public string? PersonVariant(int index, VariantKind kind) => NameVariants.Person(persons.NameOf(index), kind, Seeds.Mix((ulong)index * 31 + (ulong)kind));

    /// <summary>Forces a specific variant to be used (scenarios that must exercise a variant), recording it.</summary>
    public string ForceOrganization(EnterpriseInfo e, VariantKind kind)
    {
        var variant = OrganizationVariant(e, kind);
        if (variant is null)
        {
            return e.Name;
        }

        Interlocked.Or(ref e.UsedVariants, (int)kind);
        return variant;
    }

    private static ulong HashOf(string code, VariantKind kind)
    {
        var h = 1469598103934665603UL;
        foreach (var ch in code)
        {
            h = (h ^ ch) * 1099511628211UL;
        }

        return Seeds.Mix(h ^ (ulong)kind);
    }
}
