using SupervisionModels.Datasets.Generator.Identity;
using SupervisionModels.Datasets.Generator.Output;

namespace SupervisionModels.Datasets.Generator.Registries;

/// <summary>Writes the registers held whole in memory: enterprises (sorted by credit code) and plate auctions (by date).</summary>
internal static class RegistryWriter
{
    public static async Task<SinkResult> EnterprisesAsync(World world, string outputDirectory, CancellationToken ct)
    {
        await using var sink = new DatasetSink<Enterprise>(outputDirectory, 65_536);
        foreach (var e in world.Enterprises.All.OrderBy(e => e.CreditCode, StringComparer.Ordinal))
        {
            await sink.AddAsync(ToRow(world, e), ct).ConfigureAwait(false);
        }

        return await sink.CompleteAsync(ct).ConfigureAwait(false);
    }

    public static async Task<SinkResult> PlateAuctionsAsync(World world, string outputDirectory, CancellationToken ct)
    {
        await using var sink = new DatasetSink<PlateAuction>(outputDirectory, 65_536);
        await sink.AddRangeAsync(world.PlateAuctions.OrderBy(a => a.AuctionDate).ThenBy(a => a.AuctionNo, StringComparer.Ordinal), ct).ConfigureAwait(false);
        return await sink.CompleteAsync(ct).ConfigureAwait(false);
    }

    public static Enterprise ToRow(World world, EnterpriseInfo e) => new()
    {
        CreditCode = e.CreditCode,
        Name = e.Name,
        EnterpriseType = e.EnterpriseType,
        RegStatus = e.Status,
        EstablishedDate = e.Established,
        RevokedDate = e.Revoked,
        CancelledDate = e.Cancelled,
        LegalRep = world.Persons.NameOf(e.LegalRep),
        LegalRepId = (e.Index % 10) == 3 ? null : world.Persons.IdOf(e.LegalRep),
        RegisteredCapital = e.Capital,
        AreaCode = e.Area.Code,
        Address = e.Address,
        Industry = e.Industry.Name,
        BusinessScope = e.Industry.Scope,
        InsuredStaff = e.InsuredStaff,
        AnnualReportMissingYears = e.MissingReportYears,
        AbnormalList = e.Abnormal,
        AbnormalSince = e.AbnormalSince,
        FormerName = e.FormerName,
    };
}
