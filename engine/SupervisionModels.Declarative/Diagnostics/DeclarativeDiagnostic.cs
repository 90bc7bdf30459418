using System.Globalization;

namespace SupervisionModels.Declarative.Diagnostics;

/// <summary>A position in a model file: 1-based line and column, as editors and compilers count them.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    /// <summary>The position <paramref name="columns"/> characters further along the same line.</summary>
    public SourcePosition Advance(int columns) => new(Line, Column + columns);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Line}:{Column}");
}

/// <summary>
/// One problem of a model file, printed the way a compiler prints an error so that editors can jump to it:
/// <c>path:line:col: error SMD0004: column 'case_no' is not in case_persons; did you mean 'case_id'?</c>
/// </summary>
/// <param name="Id">The stable id of the kind of problem (<see cref="DiagnosticIds"/>).</param>
/// <param name="File">The model file as it was given.</param>
/// <param name="Position">Where in the file.</param>
/// <param name="Message">What is wrong, with the expected alternatives where there are any.</param>
public sealed record DeclarativeDiagnostic(string Id, string File, SourcePosition Position, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Position}: error {Id}: {Message}";
}

/// <summary>The ids of model-file problems; an id is never reused for another kind of problem.</summary>
public static class DiagnosticIds
{
    /// <summary>The file is not valid YAML.</summary>
    public const string YamlSyntax = "SMD0001";

    /// <summary>A required field is missing, a field is not known, or a field has the wrong shape.</summary>
    public const string BadField = "SMD0002";

    /// <summary>A dataset or derived fact that does not exist, or is not in the model's datasets.</summary>
    public const string UnknownDataset = "SMD0003";

    /// <summary>A column that the dataset (or derived fact) does not have.</summary>
    public const string UnknownColumn = "SMD0004";

    /// <summary>A parameter the model does not declare.</summary>
    public const string UnknownParameter = "SMD0005";

    /// <summary>A rule id that the model does not define.</summary>
    public const string UnknownRule = "SMD0006";

    /// <summary>An expression whose types do not fit (a string compared with a number, a condition that is not true/false).</summary>
    public const string TypeMismatch = "SMD0007";

    /// <summary>An expression that cannot be parsed.</summary>
    public const string ExpressionSyntax = "SMD0008";

    /// <summary>A name in an expression that is neither a bound fact, a parameter nor a function.</summary>
    public const string UnknownName = "SMD0009";

    /// <summary>An id, alias or field declared twice.</summary>
    public const string Duplicate = "SMD0010";

    /// <summary>Derived facts that depend on each other in a cycle.</summary>
    public const string DerivedCycle = "SMD0011";

    /// <summary>A rule shape the engine does not allow (a text condition after a join, more than four joined facts…).</summary>
    public const string RuleShape = "SMD0012";

    /// <summary>A value out of its range or of the wrong kind (an id that is not SM + four digits, a bad date).</summary>
    public const string BadValue = "SMD0013";
}

/// <summary>A model file has errors; <see cref="Exception.Message"/> lists every one, a line each.</summary>
public sealed class DeclarativeModelException : Exception
{
    /// <summary>Creates the exception for <paramref name="diagnostics"/> (at least one).</summary>
    public DeclarativeModelException(IReadOnlyList<DeclarativeDiagnostic> diagnostics)
        : base(string.Join('\n', diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>The problems, in file order.</summary>
    public IReadOnlyList<DeclarativeDiagnostic> Diagnostics { get; }
}
