using SupervisionModels.Datasets.Generator.NitrousOxide;
using SupervisionModels.Datasets.Generator.Output;

namespace SupervisionModels.Datasets.Generator.JudicialAid;

/// <summary>Writes the judicial-aid datasets: procuratorate cases and persons, the four welfare registers, and aid granted.</summary>
internal static class JudicialAidStreams
{
    public static async Task<IReadOnlyList<SinkResult>> WriteAsync(World world, string output, Action<string, long, long> progress, CancellationToken ct)
    {
        var results = new List<SinkResult>();
        var cases = new ProcuratorateFactory(world);
        var chunk = world.Profile.ChunkSize * 2;
        await using (var caseSink = new DatasetSink<ProcuratorateCase>(output, 65_536))
        await using (var personSink = new DatasetSink<CasePerson>(output, 65_536))
        {
            var total = world.Procuratorate.Count;
            await OrderedPipeline.RunAsync(NitrousOxideStreams.Chunks(total, chunk), c =>
            {
                var bundles = new List<ProcuratorateBundle>();
                for (var slot = (long)c * chunk; slot < Math.Min(total, ((long)c + 1) * chunk); slot++)
                {
                    if (world.Procuratorate.TryGet(slot, out var reserved))
                    {
                        bundles.AddRange(reserved);
                    }
                    else
                    {
                        bundles.Add(cases.Background(slot));
                    }
                }

                return bundles;
            }, async bundles =>
            {
                foreach (var b in bundles)
                {
                    await caseSink.AddAsync(b.Case, ct).ConfigureAwait(false);
                    await personSink.AddRangeAsync(b.Persons, ct).ConfigureAwait(false);
                }

                progress("procuratorate_cases", caseSink.Rows, total);
            }, ct).ConfigureAwait(false);
            results.Add(await caseSink.CompleteAsync(ct).ConfigureAwait(false));
            results.Add(await personSink.CompleteAsync(ct).ConfigureAwait(false));
        }

        var profile = new WelfareProfile(world);
        var rows = new WelfareFactory(world);
        var personChunk = world.Profile.ChunkSize * 8;
        results.Add(await NitrousOxideStreams.StreamAsync(world.Welfare.Women, k => profile.WomenAidOf((int)k) is { } w ? [rows.Women((int)k, w)] : [], output, personChunk, "women_federation_aid", progress, ct).ConfigureAwait(false));
        results.Add(await NitrousOxideStreams.StreamAsync(world.Welfare.Disabled, k => profile.DisabilityOf((int)k) is { } d ? [rows.Disabled((int)k, d)] : [], output, personChunk, "disabled_persons", progress, ct).ConfigureAwait(false));
        results.Add(await NitrousOxideStreams.StreamAsync(world.Welfare.Assistance, k => profile.AssistanceOf((int)k) is { } a ? rows.Assistance((int)k, a) : [], output, personChunk, "social_assistance", progress, ct).ConfigureAwait(false));
        results.Add(await NitrousOxideStreams.StreamAsync(world.Welfare.Monitoring, k => profile.MonitoringOf((int)k) is { } m ? rows.Monitoring((int)k, m) : [], output, personChunk, "poverty_monitoring", progress, ct).ConfigureAwait(false));
        results.Add(await NitrousOxideStreams.WholeAsync(world.AidGrants.OrderBy(g => g.GrantedDate).ThenBy(g => g.AidNo, StringComparer.Ordinal), output, ct).ConfigureAwait(false));
        return results;
    }
}
