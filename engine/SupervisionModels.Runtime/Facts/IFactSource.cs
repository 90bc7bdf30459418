using SupervisionModels.Data.Pages;
using SupervisionModels.Runtime.Planning;

namespace SupervisionModels.Runtime.Facts;

/// <summary>
/// Where a run's dataset facts come from: Parquet folders (<see cref="ParquetFactSource"/>), or records built in code
/// (<see cref="InMemoryFactSource"/>, for tests and the test kit). A source fills only the columns the plan loads and
/// hands over scanned-only text columns separately, so the engine can scan them and let them go.
/// </summary>
public interface IFactSource
{
    /// <summary>
    /// Checks, before any rule runs, that every dataset exists and has the columns and types the plan needs; throws a
    /// user-facing error naming dataset, file and column otherwise. Returns where each dataset's facts come from.
    /// </summary>
    Task<IReadOnlyList<DatasetProvenance>> OpenAsync(IReadOnlyList<DatasetPlan> datasets, CancellationToken cancellationToken);

    /// <summary>Reads a dataset's facts in chunks, in a deterministic order.</summary>
    IAsyncEnumerable<FactChunk> ReadAsync(DatasetPlan dataset, CancellationToken cancellationToken);
}

/// <summary>A chunk of facts (a row group, say).</summary>
/// <param name="Facts">Records with the plan's loaded columns filled.</param>
/// <param name="Texts">
/// For each scanned text column that is not loaded, its values aligned with <paramref name="Facts"/>; a scanned column
/// absent here is read from the records themselves.
/// </param>
public sealed record FactChunk(IReadOnlyList<object> Facts, IReadOnlyDictionary<string, string?[]> Texts)
{
    /// <summary>
    /// Scanned-only text columns read as UTF-8 pages in place, rows aligned with <see cref="Facts"/>: the engine
    /// decodes a row into a string only when it may match. A column is here or in <see cref="Texts"/>, not both.
    /// </summary>
    internal IReadOnlyDictionary<string, TextChunk> Utf8Texts { get; init; } = new Dictionary<string, TextChunk>();

    /// <summary>
    /// When rows were left out before their records were built (<see cref="DatasetPlan.RowConditions"/>), each fact's
    /// row in the chunk, which <see cref="Texts"/> and <see cref="Utf8Texts"/> are aligned with; null when every row is a fact.
    /// </summary>
    internal int[]? Rows { get; init; }

    /// <summary>The rows read, facts built or not.</summary>
    internal int RowsRead { get => _rowsRead ?? Facts.Count; init => _rowsRead = value; }

    private readonly int? _rowsRead;
}

/// <summary>Where a dataset's facts came from, for reports: files, sizes, rows, and a content hash.</summary>
/// <param name="Dataset">The dataset name.</param>
/// <param name="Location">The folder, or "in-memory".</param>
/// <param name="Files">The part files with their sizes in bytes and SHA-256 hashes (hex), in read order.</param>
/// <param name="Rows">Rows in the dataset.</param>
public sealed record DatasetProvenance(string Dataset, string Location, IReadOnlyList<DatasetFile> Files, long Rows);

/// <summary>A part file of a dataset.</summary>
/// <param name="Path">The file's path.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Sha256">Its SHA-256 content hash, lower-case hex.</param>
public sealed record DatasetFile(string Path, long Bytes, string Sha256);
