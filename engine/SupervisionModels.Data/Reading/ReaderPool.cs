using System.Collections.Concurrent;
using Microsoft.Win32.SafeHandles;
using Parquet;
using SupervisionModels.Data.Guards;

namespace SupervisionModels.Data.Reading;

/// <summary>A Parquet.Net reader on its own file stream: one per concurrent decode, since a reader is not thread-safe.</summary>
internal sealed class OpenedFile(ParquetReader reader, FileStream stream, long dataEnd) : IAsyncDisposable
{
    public ParquetReader Reader { get; } = reader;

    /// <summary>For the page-header checks: positional reads do not disturb the stream Parquet.Net reads from.</summary>
    public SafeFileHandle Handle => stream.SafeFileHandle;

    public long DataEnd { get; } = dataEnd;

    public async ValueTask DisposeAsync()
    {
        await Reader.DisposeAsync().ConfigureAwait(false);
        await stream.DisposeAsync().ConfigureAwait(false);
    }
}

/// <summary>
/// Keeps idle readers per file so that consecutive row groups of a file reuse them, and closes a file's readers once
/// all of its scheduled row groups are done, so a dataset of many part files never holds more than a few handles.
/// </summary>
internal sealed class ReaderPool(IReadOnlyList<DatasetFile> files, int[] scheduledRowGroups) : IAsyncDisposable
{
    private readonly ConcurrentBag<OpenedFile>[] _idle = files.Select(_ => new ConcurrentBag<OpenedFile>()).ToArray();
    private readonly int[] _remaining = scheduledRowGroups;

    public async Task<OpenedFile> RentAsync(int file, CancellationToken ct)
    {
        if (_idle[file].TryTake(out var idle))
        {
            return idle;
        }

        var path = files[file].Path;
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, useAsync: true);
        try
        {
            var dataEnd = ChunkGuard.FooterStart(stream.SafeFileHandle, stream.Length);
            var reader = await ParquetReader.CreateAsync(stream, ParquetFile.Options(), leaveStreamOpen: true, ct).ConfigureAwait(false);
            return new OpenedFile(reader, stream, dataEnd);
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Gives a reader back after a successful decode, or disposes it (broken is true) after a failed one.</summary>
    public async ValueTask ReturnAsync(int file, OpenedFile opened, bool broken)
    {
        if (broken)
        {
            await opened.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            _idle[file].Add(opened);
        }

        if (Interlocked.Decrement(ref _remaining[file]) == 0)
        {
            await DrainAsync(file).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = 0; i < _idle.Length; i++)
        {
            await DrainAsync(i).ConfigureAwait(false);
        }
    }

    private async ValueTask DrainAsync(int file)
    {
        while (_idle[file].TryTake(out var opened))
        {
            await opened.DisposeAsync().ConfigureAwait(false);
        }
    }
}
