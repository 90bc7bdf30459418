using System.Text.Json;
using SupervisionModels.Datasets.Generator.Identity;

namespace SupervisionModels.Datasets.Generator.Output;

/// <summary>One written form of an entity's name.</summary>
/// <param name="Name">The variant as written in some dataset.</param>
/// <param name="Kind">bracket_width, company_form, spaces or typo.</param>
/// <param name="Recoverable">True when <c>NameNormalizer</c> folds it back to the registered name.</param>
public sealed record NameVariantEntry(string Name, string Kind, bool Recoverable);

/// <summary>A line of <c>entities.jsonl</c>: an entity that appears under more than one name.</summary>
/// <param name="EntityKey">ID:… or CC:….</param>
/// <param name="Canonical">The registered name.</param>
/// <param name="Variants">The other forms used somewhere.</param>
public sealed record EntityVariants(string EntityKey, string Canonical, IReadOnlyList<NameVariantEntry> Variants);

/// <summary>Writes the name-variant truth: which records are the same entity under different names.</summary>
internal static class EntitiesWriter
{
    public static async Task WriteAsync(World world, string path, CancellationToken ct)
    {
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var e in world.Enterprises.All.Where(e => e.UsedVariants != 0).OrderBy(e => e.CreditCode, StringComparer.Ordinal))
        {
            var variants = NameVariants.All.Where(k => (e.UsedVariants & (int)k) != 0)
                .Select(k => (Kind: k, Name: VariantRegistry.OrganizationVariant(e, k)))
                .Where(v => v.Name is not null)
                .Select(v => new NameVariantEntry(v.Name!, NameVariants.KindName(v.Kind), NameVariants.Recoverable(v.Kind)))
                .ToList();
            await Write(writer, new EntityVariants("CC:" + e.CreditCode, e.Name, variants), ct).ConfigureAwait(false);
        }

        foreach (var (index, mask) in world.Variants.PersonUsage.OrderBy(p => world.Persons.IdOf(p.Key), StringComparer.Ordinal))
        {
            var variants = new[] { VariantKind.Spaces, VariantKind.Typo }.Where(k => (mask & (int)k) != 0)
                .Select(k => (Kind: k, Name: world.Variants.PersonVariant(index, k)))
                .Where(v => v.Name is not null)
                .Select(v => new NameVariantEntry(v.Name!, NameVariants.KindName(v.Kind), NameVariants.Recoverable(v.Kind)))
                .ToList();
            await Write(writer, new EntityVariants("ID:" + world.Persons.IdOf(index), world.Persons.NameOf(index), variants), ct).ConfigureAwait(false);
        }
    }

    private static async Task Write(StreamWriter writer, EntityVariants entity, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        await writer.WriteLineAsync(JsonSerializer.Serialize(entity, TruthLog.Json)).ConfigureAwait(false);
    }
}
