namespace SupervisionModels.Text.Persistence;

/// <summary>A classifier model file that cannot be read; the message names the file.</summary>
public sealed class ClassifierFileException : Exception
{
    internal ClassifierFileException(string path, string problem, Exception? inner = null)
        : base($"Classifier model {path}: {problem}", inner)
    {
        FilePath = path;
    }

    /// <summary>The model file.</summary>
    public string FilePath { get; }
}
