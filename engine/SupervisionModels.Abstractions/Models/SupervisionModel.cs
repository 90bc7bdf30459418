namespace SupervisionModels.Models;

/// <summary>
/// A supervision model (监督模型): a plugin that declares what it is and registers its rules, the way a Roslyn analyzer
/// declares its descriptors and registers actions. A model does no I/O and keeps no state between runs; the engine
/// owns the data and calls <see cref="Initialize"/> once per run with that run's parameter values.
/// </summary>
public abstract class SupervisionModel
{
    /// <summary>What the model is.</summary>
    public abstract ModelDescriptor Descriptor { get; }

    /// <summary>The named parameters (keyword sets, thresholds, weights) with their defaults; settings files override them.</summary>
    public virtual IReadOnlyList<ModelParameter> Parameters => [];

    /// <summary>Registers the model's rules and its lead condition.</summary>
    public abstract void Initialize(IModelContext context);
}
