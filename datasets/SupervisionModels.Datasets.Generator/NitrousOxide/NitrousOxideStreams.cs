using SupervisionModels.Datasets.Generator.Output;

namespace SupervisionModels.Datasets.Generator.NitrousOxide;

/// <summary>Writes the nitrous-oxide datasets: police cases and persons, waybills and check-ins streamed; the registers whole.</summary>
internal static class NitrousOxideStreams
{
    public static async Task<IReadOnlyList<SinkResult>> WriteAsync(World world, RegistryFactory registries, string output, Action<string, long, long> progress, CancellationToken ct)
    {
        var results = new List<SinkResult>();
        var police = new PoliceFactory(world);
        var traffic = new BackgroundTraffic(world, registries.Carriers, registries.Traders, registries.Venues);
        var chunk = world.Profile.ChunkSize * 2;

        await using (var cases = new DatasetSink<PoliceCase>(output, 65_536))
        await using (var persons = new DatasetSink<PolicePerson>(output, 65_536))
        {
            var total = world.Police.Count;
            await OrderedPipeline.RunAsync(Chunks(total, chunk), c =>
            {
                var bundles = new List<PoliceBundle>();
                for (var slot = (long)c * chunk; slot < Math.Min(total, ((long)c + 1) * chunk); slot++)
                {
                    if (world.Police.TryGet(slot, out var reserved))
                    {
                        bundles.AddRange(reserved);
                    }
                    else
                    {
                        bundles.Add(police.Background(slot, registries.Venues));
                    }
                }

                return bundles;
            }, async bundles =>
            {
                foreach (var b in bundles)
                {
                    await cases.AddAsync(b.Case, ct).ConfigureAwait(false);
                    await persons.AddRangeAsync(b.Persons, ct).ConfigureAwait(false);
                }

                progress("police_cases", cases.Rows, total);
            }, ct).ConfigureAwait(false);
            results.Add(await cases.CompleteAsync(ct).ConfigureAwait(false));
            results.Add(await persons.CompleteAsync(ct).ConfigureAwait(false));
        }

        results.Add(await StreamAsync(world.Waybills, slot => [traffic.Waybill(slot)], output, chunk, "waybills", progress, ct).ConfigureAwait(false));
        results.Add(await StreamAsync(world.Checkins, traffic.Checkins, output, chunk, "lodging_checkins", progress, ct).ConfigureAwait(false));

        var r = world.Registries;
        results.Add(await WholeAsync(r.Permits.OrderBy(p => p.LicenceNo, StringComparer.Ordinal), output, ct).ConfigureAwait(false));
        results.Add(await WholeAsync(r.Users.OrderBy(p => p.RecordId, StringComparer.Ordinal), output, ct).ConfigureAwait(false));
        results.Add(await WholeAsync(r.TransportPermits.OrderBy(p => p.PermitNo, StringComparer.Ordinal), output, ct).ConfigureAwait(false));
        results.Add(await WholeAsync(r.TransportVehicles.OrderBy(p => p.PlateNo, StringComparer.Ordinal), output, ct).ConfigureAwait(false));
        results.Add(await WholeAsync(r.Workers.OrderBy(p => p.CertNo, StringComparer.Ordinal), output, ct).ConfigureAwait(false));
        results.Add(await WholeAsync(r.Venues.OrderBy(p => p.VenueId, StringComparer.Ordinal), output, ct).ConfigureAwait(false));
        return results;
    }

    public static int Chunks(long total, int chunk) => (int)((total + chunk - 1) / chunk);

    /// <summary>
    /// Streams a slot plan: reserved rows where reserved, background rows elsewhere, inserted rows before their slot.
    /// Progress counts slots, since a slot may hold no row (a person on no list) or several (a party of guests).
    /// </summary>
    public static async Task<SinkResult> StreamAsync<T>(SlotPlan<T> plan, Func<long, IEnumerable<T>> background, string output, int chunk, string stage, Action<string, long, long> progress, CancellationToken ct)
        where T : class
    {
        await using var sink = new DatasetSink<T>(output, 65_536);
        var total = plan.Count;
        await OrderedPipeline.RunAsync(Chunks(total, chunk), c =>
        {
            var rows = new List<T>(chunk);
            var end = Math.Min(total, ((long)c + 1) * chunk);
            for (var slot = (long)c * chunk; slot < end; slot++)
            {
                if (plan.TryGetInserted(slot, out var inserted))
                {
                    rows.AddRange(inserted);
                }

                if (plan.TryGet(slot, out var reserved))
                {
                    rows.AddRange(reserved);
                }
                else
                {
                    rows.AddRange(background(slot));
                }
            }

            return (Done: end, Rows: rows);
        }, async chunkRows =>
        {
            await sink.AddRangeAsync(chunkRows.Rows, ct).ConfigureAwait(false);
            progress(stage, chunkRows.Done, total);
        }, ct).ConfigureAwait(false);
        return await sink.CompleteAsync(ct).ConfigureAwait(false);
    }

    public static async Task<SinkResult> WholeAsync<T>(IEnumerable<T> rows, string output, CancellationToken ct)
        where T : class
    {
        await using var sink = new DatasetSink<T>(output, 65_536);
        await sink.AddRangeAsync(rows, ct).ConfigureAwait(false);
        return await sink.CompleteAsync(ct).ConfigureAwait(false);
    }
}
