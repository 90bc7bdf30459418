namespace SupervisionModels.Facts;

/// <summary>
/// Marks a record type as the row type of a dataset: one folder of Parquet part files under the data directory,
/// named <see cref="Name"/> (for example <c>judgments/</c>).
/// </summary>
/// <param name="name">The dataset's folder name, lower-case with underscores.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class DatasetAttribute(string name) : Attribute
{
    /// <summary>The dataset's folder name under the data directory.</summary>
    public string Name { get; } = name;

    /// <summary>A one-line description in Chinese, shown by <c>supervise datasets</c> and the schema pages.</summary>
    public string? Title { get; init; }
}
