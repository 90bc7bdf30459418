namespace SupervisionModels.Hosting.Catalog;

/// <summary>
/// Models could not be loaded: a plugin does not compile, a model's descriptor is invalid, or two models share an id.
/// User-facing: the message lists every problem on its own line, each naming its file or origin.
/// </summary>
public sealed class ModelLoadException : Exception
{
    /// <summary>Creates the exception for <paramref name="errors"/> (at least one).</summary>
    public ModelLoadException(IReadOnlyList<ModelLoadError> errors)
        : base(Format(errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in load order.</summary>
    public IReadOnlyList<ModelLoadError> Errors { get; }

    private static string Format(IReadOnlyList<ModelLoadError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A model load exception needs at least one error.", nameof(errors));
        }

        var header = errors.Count == 1 ? "Could not load models (1 error):" : $"Could not load models ({errors.Count} errors):";
        return header + "\n" + string.Join('\n', errors.Select(e => e.Message));
    }
}
