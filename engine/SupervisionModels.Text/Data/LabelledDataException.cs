namespace SupervisionModels.Text.Data;

/// <summary>A file of labelled texts that does not have the expected shape; the message names the file and the column.</summary>
public sealed class LabelledDataException : Exception
{
    internal LabelledDataException(string filePath, string? column, string problem, Exception? inner = null)
        : base(column is null ? $"{filePath}: {problem}" : $"{filePath}, column '{column}': {problem}", inner)
    {
        FilePath = filePath;
        Column = column;
    }

    /// <summary>The file.</summary>
    public string FilePath { get; }

    /// <summary>The column (or JSON field) at fault, when one is.</summary>
    public string? Column { get; }
}
