namespace SupervisionModels.Data.Writing;

/// <summary>Where a row group is being written, for error messages that point at the offending row.</summary>
/// <param name="RecordType">The record type's name.</param>
/// <param name="Dataset">The dataset's name.</param>
/// <param name="File">The file the caller asked for (not the temporary file).</param>
/// <param name="FirstRow">The row number, within the file, of the row group's first row.</param>
internal sealed record RowGroupContext(string RecordType, string Dataset, string File, long FirstRow)
{
    public DataException RowError(FactColumnWriterBase column, int index, string problem) => new(
        string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"cannot write {RecordType} row {FirstRow + index} to {File}: column '{column.Column.Name}' ({column.Column.Property.Name}) {problem}"),
        Dataset,
        File,
        column.Column.Name);
}
