using SupervisionModels.Data.Guards;

namespace SupervisionModels.Data;

/// <summary>Parquet.Net's decoding of one text column chunk, for the page reader's fallback.</summary>
public sealed partial class DatasetReader
{
    /// <summary>
    /// The column <paramref name="column"/> of one row group as strings, decoded by Parquet.Net exactly as
    /// <see cref="ReadAsync"/> decodes it (the same guard, the same errors): the fallback for a chunk the page reader
    /// declines, so that a chunk the fast path cannot read is read the old way, never guessed at.
    /// </summary>
    /// <exception cref="DataException">The chunk cannot be decoded (named by file, column and offset).</exception>
    internal async Task<string?[]> ReadStringsAsync(int fileIndex, int rowGroup, string column, CancellationToken ct)
    {
        var plan = PlanRead([column]);
        var rows = checked((int)_files[fileIndex].Parquet.RowGroupRows[rowGroup]);
        var scheduled = new int[_files.Count];
        scheduled[fileIndex] = 1;
        var pool = new Reading.ReaderPool(_files, scheduled);
        await using (pool.ConfigureAwait(false))
        {
            var batch = await DecodeAsync(pool, plan, fileIndex, rowGroup, firstRow: 0, rows, ct).ConfigureAwait(false);
            return batch.Get<string?>(column);
        }
    }
}
