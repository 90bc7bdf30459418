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

    /// <summary>What <see cref="Origin"/> says of a model the engine ships.</summary>
    public const string BuiltInOrigin = "built-in";

    /// <summary>
    /// Where the model came from, as errors name it: the plugin DLL or source folder, or <see cref="BuiltInOrigin"/>.
    /// The default value is <see cref="BuiltInOrigin"/>.
    /// </summary>
    public string Origin { get; init; } = BuiltInOrigin;

    /// <summary>This model's time limit for evaluating its rules, or null for <see cref="EngineOptions.ModelTimeout"/>. The default value is null.</summary>
    public TimeSpan? Timeout { get; init; }
}

/// <summary>Engine-wide options.</summary>
public sealed record EngineOptions
{
    /// <summary>Text classifiers by name, for keyword conditions that ask for one. The default value is none.</summary>
    public IReadOnlyList<ITextClassifier> Classifiers { get; init; } = [];

    /// <summary>How many evidence records a lead lists per rule. The default value is 20.</summary>
    public int MaxEvidencePerRule { get; init; } = 20;

    /// <summary>The default time limit for evaluating one model's rules.</summary>
    public static readonly TimeSpan DefaultModelTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long one model's rules may run (datasets are read once for all models, outside this limit). Rules observe it
    /// between steps; a rule that never returns is abandoned at the deadline. The default value is 10 minutes
    /// (<see cref="DefaultModelTimeout"/>): far above what the built-in models need on a city's data.
    /// </summary>
    public TimeSpan ModelTimeout { get; init; } = DefaultModelTimeout;

    /// <summary>Where "now" comes from (run timestamps). The default value is the system clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}

/// <summary>Progress of a run, for progress bars.</summary>
/// <param name="Stage">load, scan, rules or leads.</param>
/// <param name="Detail">What is being worked on (a dataset, a rule).</param>
/// <param name="Done">Units done in this stage.</param>
/// <param name="Total">Units in this stage, or 0 when unknown.</param>
public sealed record RunProgress(string Stage, string Detail, long Done, long Total);
