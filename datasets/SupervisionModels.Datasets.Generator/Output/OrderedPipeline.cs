namespace SupervisionModels.Datasets.Generator.Output;

/// <summary>
/// Runs pure chunk producers in parallel and hands their results to one consumer in chunk order: both cores
/// generate, the output stays the same as a sequential run, and at most a few chunks are in memory at once.
/// </summary>
internal static class OrderedPipeline
{
    public static async Task RunAsync<TChunk>(int chunkCount, Func<int, TChunk> produce, Func<TChunk, Task> consume, CancellationToken ct)
    {
        // Enough chunks in flight that the producers keep going while the consumer writes a whole row group.
        var inFlight = Math.Max(4, Environment.ProcessorCount * 3);
        var window = new Queue<Task<TChunk>>();
        var next = 0;
        while (next < chunkCount && window.Count < inFlight)
        {
            var index = next++;
            window.Enqueue(Task.Run(() => produce(index), ct));
        }

        while (window.Count > 0)
        {
            var chunk = await window.Dequeue().ConfigureAwait(false);
            if (next < chunkCount)
            {
                var index = next++;
                window.Enqueue(Task.Run(() => produce(index), ct));
            }

            ct.ThrowIfCancellationRequested();
            await consume(chunk).ConfigureAwait(false);
        }
    }
}
