using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using SupervisionModels.Data;
using SupervisionModels.Datasets.Generator;
using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;

namespace SupervisionModels.Datasets.Tests;

/// <summary>A generated run folder: its datasets as typed rows (loaded on first use) and its truth files.</summary>
public class GeneratedData(string dataDirectory)
{
    private readonly ConcurrentDictionary<Type, object> _tables = new();

    public virtual string DataDirectory => dataDirectory;

    private IReadOnlyList<TruthLine>? _leads;
    private IReadOnlyList<TruthLine>? _decoys;

    public IReadOnlyList<TruthLine> Leads => _leads ??= ReadJsonLines<TruthLine>(Path.Combine(DataDirectory, "truth.jsonl"));

    public IReadOnlyList<TruthLine> Decoys => _decoys ??= ReadJsonLines<TruthLine>(Path.Combine(DataDirectory, "decoys.jsonl"));

    /// <summary>Every row of a dataset as its record type.</summary>
    public IReadOnlyList<T> Rows<T>()
        where T : class, new() =>
        (IReadOnlyList<T>)_tables.GetOrAdd(typeof(T), _ => Load<T>(DataDirectory).GetAwaiter().GetResult());

    public static async Task<IReadOnlyList<T>> Load<T>(string dataDirectory)
        where T : class, new()
    {
        var schema = FactSchema.For<T>();
        var reader = await DatasetReader.OpenAsync(Path.Combine(dataDirectory, schema.DatasetName));
        var rows = new List<T>();
        var getters = schema.Columns.ToDictionary(c => c.Name, c => typeof(ColumnBatch).GetMethod(nameof(ColumnBatch.Get))!.MakeGenericMethod(c.Property.PropertyType));
        await foreach (var batch in reader.ReadAsync(schema.Columns.Select(c => c.Name).ToList()))
        {
            var columns = schema.Columns.Select(c => (c.Property, Values: (Array)getters[c.Name].Invoke(batch, [c.Name])!)).ToList();
            for (var i = 0; i < batch.RowCount; i++)
            {
                var row = new T();
                foreach (var (property, values) in columns)
                {
                    property.SetValue(row, values.GetValue(i));
                }

                rows.Add(row);
            }
        }

        return rows;
    }

    public static IReadOnlyList<TLine> ReadJsonLines<TLine>(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<TLine>(l, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!).ToList();
}

/// <summary>
/// One tiny generation (seed <see cref="Seed"/>, the committed sample's seed) shared by every test class. Generated
/// once per test run into a temporary folder.
/// </summary>
public sealed class TinyData() : GeneratedData(string.Empty), IAsyncLifetime
{
    public const int Seed = 20231;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sm-datasets-tests-" + Guid.NewGuid().ToString("N")[..12]);

    public override string DataDirectory => Path.Combine(Root, "tiny");

    public GenerationSummary Summary { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Summary = await DatasetGenerator.GenerateAsync(new GeneratorOptions(Scale.Tiny, Seed, DataDirectory), null, CancellationToken.None);

    public ValueTask DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return ValueTask.CompletedTask;
    }
}

/// <summary>A line of truth.jsonl or decoys.jsonl, as a reader outside the generator sees it.</summary>
public sealed record TruthLine(string ModelId, string SubjectKey, string Role, string Name, string? DecoyKind, Dictionary<string, List<string>> Evidence, List<string> Tags, string Note)
{
    public IReadOnlyList<string> Keys(string dataset) => Evidence.TryGetValue(dataset, out var keys) ? keys : [];

    /// <summary>The subject's identifier without its ID:/CC:/RK: prefix.</summary>
    public string Identifier => SubjectKey[3..];
}

[CollectionDefinition(Name)]
public sealed class TinyDataCollection : ICollectionFixture<TinyData>
{
    public const string Name = "tiny data";
}
