using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;

namespace SupervisionModels.Data;

/// <summary>Finds datasets under a data directory: dataset <c>judgments</c> is the folder <c>&lt;data&gt;/judgments/</c>.</summary>
public static class DatasetCatalog
{
    /// <summary>The folder of a dataset.</summary>
    public static string PathOf(string dataDirectory, string dataset)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);
        ArgumentException.ThrowIfNullOrEmpty(dataset);
        return Path.Combine(Path.GetFullPath(dataDirectory), dataset);
    }

    /// <summary>Opens a dataset by name.</summary>
    /// <exception cref="DataException">"dataset 'judgments' not found: no folder /data/judgments", "dataset 'judgments'
    /// has no .parquet files in /data/judgments", or a part file that cannot be read.</exception>
    public static Task<DatasetReader> OpenAsync(string dataDirectory, string dataset, CancellationToken ct = default) =>
        DatasetReader.OpenAsync(PathOf(dataDirectory, dataset), ct);

    /// <summary>Opens the dataset of record type <typeparamref name="T"/> and checks its schema against the record.</summary>
    /// <exception cref="DataException">The dataset cannot be opened or does not fit the record (every problem listed).</exception>
    public static async Task<DatasetReader> OpenAsync<T>(string dataDirectory, CancellationToken ct = default)
        where T : class
    {
        var schema = FactSchema.For<T>();
        var reader = await OpenAsync(dataDirectory, schema.DatasetName, ct).ConfigureAwait(false);
        SchemaValidator.ThrowIfInvalid(reader, ExpectedColumn.Of(schema));
        return reader;
    }
}
