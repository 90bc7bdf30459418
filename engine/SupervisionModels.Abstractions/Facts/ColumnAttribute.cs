namespace SupervisionModels.Facts;

/// <summary>
/// Maps a property of a dataset record to a Parquet column. Only the columns that a run's rules read are loaded.
/// </summary>
/// <param name="name">The column's name in the Parquet files (snake_case).</param>
[AttributeUsage(AttributeTargets.Property, Inherited = false, AllowMultiple = false)]
public sealed class ColumnAttribute(string name) : Attribute
{
    /// <summary>The column's name in the Parquet files.</summary>
    public string Name { get; } = name;

    /// <summary>What the column means, in Chinese (for schema pages and validation messages).</summary>
    public string? Description { get; init; }

    /// <summary>
    /// For text columns: true when the column holds long free text (judgment bodies, police summaries). Such a column
    /// is streamed through the keyword scanner and not kept in memory unless a rule reads it directly.
    /// </summary>
    public bool IsText { get; init; }

    /// <summary>
    /// For identifier columns (resident IDs, credit codes): the share of values known to fail their check, from 0 to
    /// less than 1 — a register that carries 3 % legacy numbers says 0.03 — so that data-quality warnings start above
    /// it rather than above the engine's 1 %. The schema page states it in its notes. The default value is NaN: the
    /// engine's 1 %.
    /// </summary>
    public double ExpectedInvalidShare { get; init; } = double.NaN;
}
