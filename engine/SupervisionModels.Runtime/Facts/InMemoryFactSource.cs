using System.Runtime.CompilerServices;
using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;
using SupervisionModels.Runtime.Planning;

namespace SupervisionModels.Runtime.Facts;

/// <summary>Facts built in code: whole records, all columns present. Used by tests and the model test kit.</summary>
public sealed class InMemoryFactSource : IFactSource
{
    private readonly Dictionary<Type, List<object>> _facts = [];

    /// <summary>Adds dataset records (types marked with <see cref="DatasetAttribute"/>).</summary>
    public InMemoryFactSource Add<T>(params IEnumerable<T> records) where T : class
    {
        FactSchema.For(typeof(T)); // fails early, naming the type, when it is not a dataset record
        if (!_facts.TryGetValue(typeof(T), out var list))
        {
            _facts[typeof(T)] = list = [];
        }

        list.AddRange(records);
        return this;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<DatasetProvenance>> OpenAsync(IReadOnlyList<DatasetPlan> datasets, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DatasetProvenance>>(datasets
            .Select(d => new DatasetProvenance(d.Schema.DatasetName, "in-memory", [], _facts.GetValueOrDefault(d.Schema.RecordType)?.Count ?? 0))
            .ToArray());

    /// <inheritdoc/>
    public async IAsyncEnumerable<FactChunk> ReadAsync(DatasetPlan dataset, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (_facts.TryGetValue(dataset.Schema.RecordType, out var facts))
        {
            yield return new FactChunk(facts, new Dictionary<string, string?[]>());
        }
    }
}
