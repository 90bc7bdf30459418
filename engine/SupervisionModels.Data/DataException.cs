namespace SupervisionModels.Data;

/// <summary>
/// A problem with a dataset that a user can act on: a missing folder, a file that is corrupt or uses a feature we do not
/// read, a column of the wrong type. The message is complete on its own (it names the dataset, file and column) and is
/// meant to be shown as is, without a stack trace.
/// </summary>
public sealed class DataException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The full user-facing message.</param>
    /// <param name="dataset">The dataset's name, when known.</param>
    /// <param name="file">The file's path, when known.</param>
    /// <param name="column">The column's name, when known.</param>
    /// <param name="innerException">The library exception behind it, kept for diagnostics only.</param>
    public DataException(string message, string? dataset = null, string? file = null, string? column = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Dataset = dataset;
        File = file;
        Column = column;
    }

    /// <summary>The dataset concerned, or null.</summary>
    public string? Dataset { get; }

    /// <summary>The file concerned, or null.</summary>
    public string? File { get; }

    /// <summary>The column concerned, or null.</summary>
    public string? Column { get; }
}
