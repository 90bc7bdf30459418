namespace SupervisionModels.Runtime;

/// <summary>
/// A rule threw while it ran, or a model did not finish within its time limit. A user error (the model's code, not
/// the engine, is at fault): the message names the model, the rule and where the model came from — the plugin file,
/// with the line when the plugin has debug information, or "built-in".
/// </summary>
public class ModelExecutionException : Exception
{
    /// <summary>Creates the exception for a rule that threw <paramref name="inner"/>, at <paramref name="codeLocation"/> (<c>file:line</c>) when known.</summary>
    public ModelExecutionException(string modelId, string ruleId, string origin, string? codeLocation, Exception inner)
        : this(modelId, ruleId, origin, codeLocation, $"failed: {inner?.GetType().Name}: {inner?.Message}", inner)
    {
    }

    /// <summary>Creates the exception with a message of its own (<see cref="ModelTimeoutException"/>).</summary>
    protected ModelExecutionException(string modelId, string ruleId, string origin, string? codeLocation, string problem, Exception? inner)
        : base($"model {modelId}, rule {ruleId} ({(codeLocation is null ? origin : $"{origin}, at {codeLocation}")}) {problem}", inner)
    {
        ModelId = modelId;
        RuleId = ruleId;
        Origin = origin;
        CodeLocation = codeLocation;
    }

    /// <summary>The model's id.</summary>
    public string ModelId { get; }

    /// <summary>The rule that was running.</summary>
    public string RuleId { get; }

    /// <summary>Where the model came from (<see cref="ModelRun.Origin"/>).</summary>
    public string Origin { get; }

    /// <summary>The plugin's <c>file:line</c> the exception came from, when the plugin has debug information and is a plugin.</summary>
    public string? CodeLocation { get; }
}

/// <summary>A model did not finish its rules within its time limit; the run stopped and wrote nothing.</summary>
public sealed class ModelTimeoutException : ModelExecutionException
{
    /// <summary>Creates the exception.</summary>
    public ModelTimeoutException(string modelId, string ruleId, string origin, TimeSpan limit)
        : base(modelId, ruleId, origin, null, $"did not finish within the time limit of {Describe(limit)} (--timeout, or \"timeout\" in the settings file); nothing was written", null)
    {
        Limit = limit;
    }

    /// <summary>The limit that was reached.</summary>
    public TimeSpan Limit { get; }

    private static string Describe(TimeSpan limit) =>
        limit.TotalSeconds < 120
            ? $"{limit.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} s"
            : $"{limit.TotalMinutes.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} min";
}
