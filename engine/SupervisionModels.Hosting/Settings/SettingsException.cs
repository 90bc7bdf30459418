namespace SupervisionModels.Hosting.Settings;

/// <summary>
/// A settings file is wrong: not JSON, an unknown model, parameter, rule or key, or a value of the wrong type.
/// User-facing: each problem is a line <c>file:line: problem</c>, and all of them are reported at once.
/// </summary>
public sealed class SettingsException : Exception
{
    /// <summary>Creates the exception for <paramref name="errors"/> (at least one), each already in <c>file:line: problem</c> form.</summary>
    public SettingsException(string path, IReadOnlyList<string> errors)
        : base(string.Join('\n', errors))
    {
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);
        Path = path;
        Errors = errors;
    }

    /// <summary>The settings file, as given.</summary>
    public string Path { get; }

    /// <summary>The problems, in file order.</summary>
    public IReadOnlyList<string> Errors { get; }
}
