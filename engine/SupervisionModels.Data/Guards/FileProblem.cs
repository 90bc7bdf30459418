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

    /// <summary>The column concerned, when the problem is inside a column chunk.</summary>
    public string? Column { get; private init; }

    /// <summary>The byte offset in the file where the problem was found, when known.</summary>
    public long? Offset { get; private init; }

    public static FileProblem Corrupt(string reason, Exception? inner = null) => new(ProblemKind.Corrupt, reason, inner);

    /// <summary>Damage inside a column chunk: "column 'C' at byte offset N: what was expected".</summary>
    public static FileProblem CorruptAt(string column, long offset, string expected, Exception? inner = null) =>
        new(ProblemKind.Corrupt, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"column '{column}' at byte offset {offset}: {expected}"), inner)
        {
            Column = column,
            Offset = offset,
        };

    public static FileProblem Unsupported(string reason, Exception? inner = null) => new(ProblemKind.Unsupported, reason, inner);
}
