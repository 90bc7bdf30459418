using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using SupervisionModels.Data;
using SupervisionModels.Runtime.Planning;

namespace SupervisionModels.Runtime.Facts;

/// <summary>
/// Facts from a data directory: one folder per dataset (<c>judgments/</c>…), each with Parquet part files, possibly
/// hive-partitioned. Only the columns the plan needs are read; text columns that are only scanned are handed to the
/// engine per row group and dropped.
/// </summary>
public sealed class ParquetFactSource(string dataDirectory) : IFactSource
{
    private readonly Dictionary<string, DatasetReader> _readers = new(StringComparer.Ordinal);

    /// <summary>The data directory.</summary>
    public string DataDirectory { get; } = Path.GetFullPath(dataDirectory);

    /// <summary>Whether to hash every part file for the report's provenance. The default value is true.</summary>
    public bool HashFiles { get; init; } = true;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<DatasetProvenance>> OpenAsync(IReadOnlyList<DatasetPlan> datasets, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(DataDirectory))
        {
            throw new DataException($"data directory {DataDirectory} does not exist.", null, null, null);
        }

        // Check every dataset before reading any, so that all problems show at once and no time is wasted.
        var problems = new List<string>();
        foreach (var dataset in datasets)
        {
            var name = dataset.Schema.DatasetName;
            var folder = Path.Combine(DataDirectory, name);
            try
            {
                var reader = await DatasetReader.OpenAsync(folder, cancellationToken).ConfigureAwait(false);
                SchemaValidator.ThrowIfInvalid(reader, dataset.RequiredColumns.Select(c => new ExpectedColumn(c.Name, c.ValueType, c.IsNullable)));
                _readers[name] = reader;
            }
            catch (DataException e)
            {
                problems.Add(e.Message);
            }
        }

        if (problems.Count > 0)
        {
            throw new DataException(string.Join(Environment.NewLine, problems), null, null, null);
        }

        var provenance = new List<DatasetProvenance>();
        foreach (var dataset in datasets)
        {
            var reader = _readers[dataset.Schema.DatasetName];
            var files = new List<DatasetFile>();
            foreach (var file in reader.Files)
            {
                var hash = HashFiles ? await HashAsync(file, cancellationToken).ConfigureAwait(false) : string.Empty;
                files.Add(new DatasetFile(Path.GetRelativePath(DataDirectory, file), new FileInfo(file).Length, hash));
            }

            provenance.Add(new DatasetProvenance(dataset.Schema.DatasetName, Path.Combine(DataDirectory, dataset.Schema.DatasetName), files, reader.RowCount));
        }

        return provenance;
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<FactChunk> ReadAsync(DatasetPlan dataset, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = _readers.TryGetValue(dataset.Schema.DatasetName, out var r)
            ? r
            : throw new InvalidOperationException($"Dataset {dataset.Schema.DatasetName} was not opened.");
        var loaded = dataset.LoadedColumns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var scannedOnly = dataset.Scans.Select(s => s.Column.Name).Where(c => !loaded.Contains(c)).Distinct(StringComparer.Ordinal).ToArray();
        var columns = dataset.LoadedColumns.Select(c => c.Name).Concat(scannedOnly).ToArray();
        var materializer = new FactMaterializer(dataset.Schema, dataset.LoadedColumns);

        await foreach (var batch in reader.ReadAsync(columns, cancellationToken).ConfigureAwait(false))
        {
            var texts = scannedOnly.ToDictionary(c => c, c => batch.Get<string?>(c), StringComparer.Ordinal);
            yield return new FactChunk(materializer.Materialize(batch), texts);
        }
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
    }
}
