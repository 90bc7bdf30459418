namespace SupervisionModels.Declarative.Expressions;

/// <summary>An expression is well-formed but wrong: an unknown name or a type that does not fit.</summary>
/// <param name="offset">The offset of the offending part in the expression text.</param>
/// <param name="id">The diagnostic id (<see cref="Diagnostics.DiagnosticIds"/>).</param>
/// <param name="message">What is wrong, with the alternatives.</param>
public sealed class BindException(int offset, string id, string message) : Exception(message)
{
    /// <summary>The offset of the offending part in the expression text.</summary>
    public int Offset { get; } = offset;

    /// <summary>The diagnostic id.</summary>
    public string Id { get; } = id;
}
