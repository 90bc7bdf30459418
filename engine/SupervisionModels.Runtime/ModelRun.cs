using SupervisionModels.Models;
using SupervisionModels.Runtime.Text;

namespace SupervisionModels.Runtime;

/// <summary>A model to run, with this run's parameter values and rule weight overrides (from a settings file).</summary>
/// <param name="Model">The model.</param>
public sealed record ModelRun(SupervisionModel Model)
{
    /// <summary>Parameter values by name, typed as the parameters declare (keyword lists as <see cref="Rules.KeywordSet"/>).</summary>
    public IReadOnlyDictionary<string, object> ParameterValues { get; init; } = new Dictionary<string, object>();

    /// <summary>Rule weights by rule id that replace the weights the rules declare.</summary>
    public IReadOnlyDictionary<string, double> WeightOverrides { get; init; } = new Dictionary<string, double>();
}

/// <summary>Engine-wide options.</summary>
public sealed record EngineOptions
{
    /// <summary>Text classifiers by name, for keyword conditions that ask for one. The default value is none.</summary>
    public IReadOnlyList<ITextClassifier> Classifiers { get; init; } = [];

    /// <summary>How many evidence records a lead lists per rule. The default value is 20.</summary>
    public int MaxEvidencePerRule { get; init; } = 20;

    /// <summary>Where "now" comes from (run timestamps). The default value is the system clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}

/// <summary>Progress of a run, for progress bars.</summary>
/// <param name="Stage">load, scan, rules or leads.</param>
/// <param name="Detail">What is being worked on (a dataset, a rule).</param>
/// <param name="Done">Units done in this stage.</param>
/// <param name="Total">Units in this stage, or 0 when unknown.</param>
public sealed record RunProgress(string Stage, string Detail, long Done, long Total);
