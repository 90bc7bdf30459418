namespace SupervisionModels.Data.Guards;

/// <summary>Whether a file cannot be read because it is damaged or because it uses something we do not read.</summary>
internal enum ProblemKind
{
    /// <summary>The file breaks the Parquet format (message prefix "corrupt: ").</summary>
    Corrupt,

    /// <summary>The file is valid but uses a feature this reader lacks (message prefix "unsupported: ").</summary>
    Unsupported,
}

/// <summary>A problem found inside the Parquet layer, turned into a <see cref="DataException"/> by whoever knows the
/// dataset and file.</summary>
internal sealed class FileProblem(ProblemKind kind, string reason, Exception? inner = null) : Exception(reason, inner)
{
    public ProblemKind Kind { get; } = kind;

    public string Reason { get; } = reason;

    public string Text => (Kind == ProblemKind.Corrupt ? "corrupt: " : "unsupported: ") + Reason;

    public static FileProblem Corrupt(string reason, Exception? inner = null) => new(ProblemKind.Corrupt, reason, inner);

    public static FileProblem Unsupported(string reason, Exception? inner = null) => new(ProblemKind.Unsupported, reason, inner);
}
