using SupervisionModels.Datasets.Generator.Output;

namespace SupervisionModels.Datasets.Generator.Court;

/// <summary>
/// Streams every judgment slot in order: background documents from their slot, scenario documents where reserved, and
/// scenario extras after their slot; writes judgments, parties, enforcement cases and disposals.
/// </summary>
internal static class CourtStream
{
    /// <summary>Judgments are text-heavy (several KB each): 16k rows keep a row group near 50 MB before compression.</summary>
    public const int JudgmentRowGroup = 16_384;

    public static async Task<IReadOnlyList<SinkResult>> WriteAsync(World world, string outputDirectory, Action<string, long, long> progress, CancellationToken ct)
    {
        await using var judgments = new DatasetSink<Judgment>(outputDirectory, JudgmentRowGroup);
        await using var parties = new DatasetSink<JudgmentParty>(outputDirectory, 65_536);
        await using var enforcement = new DatasetSink<EnforcementCase>(outputDirectory, 65_536);
        await using var disposals = new DatasetSink<AssetDisposal>(outputDirectory, 65_536);
        var background = new BackgroundCourt(world);
        // Judgments are the heavy rows: small chunks keep the documents in flight to a few tens of MB.
        var chunk = Math.Min(world.Profile.ChunkSize, 2048);
        var total = world.Layout.Total;
        var chunks = (int)((total + chunk - 1) / chunk);

        CourtBundle Produce(int c)
        {
            var bundle = new CourtBundle();
            var end = Math.Min(total, ((long)c + 1) * chunk);
            for (var slot = (long)c * chunk; slot < end; slot++)
            {
                if (world.ReservedCourt.TryGetValue(slot, out var reserved))
                {
                    bundle.AddRange(reserved);
                }
                else
                {
                    background.Generate(slot, bundle);
                }

                if (world.ExtraCourt.TryGetValue(slot, out var extra))
                {
                    bundle.AddRange(extra);
                }
            }

            return bundle;
        }

        async Task Consume(CourtBundle bundle)
        {
            await judgments.AddRangeAsync(bundle.Judgments, ct).ConfigureAwait(false);
            await parties.AddRangeAsync(bundle.Parties, ct).ConfigureAwait(false);
            await enforcement.AddRangeAsync(bundle.Enforcement, ct).ConfigureAwait(false);
            await disposals.AddRangeAsync(bundle.Disposals, ct).ConfigureAwait(false);
            progress("judgments", judgments.Rows, total);
        }

        await OrderedPipeline.RunAsync(chunks, Produce, Consume, ct).ConfigureAwait(false);
        return
        [
            await judgments.CompleteAsync(ct).ConfigureAwait(false),
            await parties.CompleteAsync(ct).ConfigureAwait(false),
            await enforcement.CompleteAsync(ct).ConfigureAwait(false),
            await disposals.CompleteAsync(ct).ConfigureAwait(false),
        ];
    }
}
