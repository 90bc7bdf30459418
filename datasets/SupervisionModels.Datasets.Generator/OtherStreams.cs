using SupervisionModels.Datasets.Generator.JudicialAid;
using SupervisionModels.Datasets.Generator.NitrousOxide;
using SupervisionModels.Datasets.Generator.Output;

namespace SupervisionModels.Datasets.Generator;

/// <summary>The nitrous-oxide and judicial-aid datasets, after the court side and the main registers.</summary>
internal static class OtherStreams
{
    public static async Task<IReadOnlyList<SinkResult>> WriteAsync(World world, string output, Action<string, long, long> progress, CancellationToken ct)
    {
        var results = new List<SinkResult>();
        var registers = world.NitrousOxideRegisters ?? throw new InvalidOperationException("The world was built without its nitrous-oxide registers.");
        results.AddRange(await NitrousOxideStreams.WriteAsync(world, registers, output, progress, ct).ConfigureAwait(false));
        results.AddRange(await JudicialAidStreams.WriteAsync(world, output, progress, ct).ConfigureAwait(false));
        return results;
    }
}
