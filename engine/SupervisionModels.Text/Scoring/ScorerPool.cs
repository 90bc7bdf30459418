using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using SupervisionModels.Text.Featurization;
using SupervisionModels.Text.Training;

namespace SupervisionModels.Text.Scoring;

/// <summary>
/// Scores one text at a time from many threads. ML.NET's <see cref="PredictionEngine{TSrc, TDst}"/> is not thread-safe,
/// so each call rents a scorer (an engine with its own featurisation buffers) and gives it back; at most a few more
/// than the number of processors are kept, the rest disposed. Renting and returning are lock-free (a bag and a
/// counter; the bag's own Count would lock every thread's list).
/// </summary>
internal sealed class ScorerPool : IDisposable
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly CharNgramFeaturizer _featurizer;
    private readonly SchemaDefinition _inputSchema;
    private readonly ConcurrentBag<Scorer> _idle = [];
    private readonly int _maxIdle = Environment.ProcessorCount * 2;
    private readonly Lock _createLock = new();
    private int _idleCount;
    private volatile bool _disposed;

    public ScorerPool(MLContext ml, ITransformer model, CharNgramFeaturizer featurizer)
    {
        _ml = ml;
        _model = model;
        _featurizer = featurizer;
        _inputSchema = FeatureRows.Schema<ScoringRow>(featurizer.Dimension);
    }

    public double PredictProbability(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var scorer = Rent();
        try
        {
            return scorer.Score(text, _featurizer);
        }
        finally
        {
            Return(scorer);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var scorer))
        {
            scorer.Dispose();
        }
    }

    private Scorer Rent()
    {
        if (_idle.TryTake(out var scorer))
        {
            Interlocked.Decrement(ref _idleCount);
            return scorer;
        }

        // Building an engine binds the model to the schema; ML.NET does not promise that this is thread-safe.
        lock (_createLock)
        {
            return new Scorer(_ml.Model.CreatePredictionEngine<ScoringRow, ScoredRow>(_model, ignoreMissingColumns: true, inputSchemaDefinition: _inputSchema));
        }
    }

    private void Return(Scorer scorer)
    {
        if (_disposed || Interlocked.Increment(ref _idleCount) > _maxIdle)
        {
            if (!_disposed)
            {
                Interlocked.Decrement(ref _idleCount);
            }

            scorer.Dispose();
            return;
        }

        _idle.Add(scorer);

        // Dispose may have drained the bag between the check and the add.
        if (_disposed && _idle.TryTake(out var late))
        {
            late.Dispose();
        }
    }

    private sealed class Scorer(PredictionEngine<ScoringRow, ScoredRow> engine) : IDisposable
    {
        private readonly FeatureScratch _scratch = new();
        private readonly ScoringRow _input = new();
        private ScoredRow _output = new();

        public double Score(string text, CharNgramFeaturizer featurizer)
        {
            featurizer.Featurize(text, _scratch);

            // The engine reads the buffers during Predict only, so the scratch arrays can be lent without a copy.
            _input.Features = new VBuffer<float>(featurizer.Dimension, _scratch.Count, _scratch.Values, _scratch.Indices);
            engine.Predict(_input, ref _output);
            return _output.Probability;
        }

        public void Dispose() => engine.Dispose();
    }
}
