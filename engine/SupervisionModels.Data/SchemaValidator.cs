using System.Globalization;
using SupervisionModels.Data.Reading;
using SupervisionModels.Facts;
using SupervisionModels.Facts.Schema;

namespace SupervisionModels.Data;

/// <summary>A column a record type needs.</summary>
/// <param name="Name">The column's Parquet name.</param>
/// <param name="ClrType">The property's type without <see cref="Nullable{T}"/> (<c>int</c>, <c>string</c>, <c>DateOnly</c>).</param>
/// <param name="Nullable">True when the property accepts null.</param>
public sealed record ExpectedColumn(string Name, Type ClrType, bool Nullable)
{
    /// <summary>The columns of a dataset record type.</summary>
    public static IReadOnlyList<ExpectedColumn> Of(FactSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema.Columns.Select(c => new ExpectedColumn(c.Name, c.ValueType, c.IsNullable)).ToArray();
    }
}

/// <summary>A mismatch between a dataset's files and what a record expects; <see cref="Message"/> says it all.</summary>
public sealed record SchemaProblem(string Dataset, string? File, string Column, string Message);

/// <summary>
/// Checks, before any rule runs, that every part file of a dataset has the columns a record needs, with types that
/// <see cref="ColumnBatch.Get{T}"/> can deliver.
/// </summary>
/// <remarks>
/// A column that is optional in a file but not nullable in the record is accepted when the file's statistics count no
/// nulls in it, or have no null counts at all: such files are common (writers mark everything optional), and a null that
/// does turn up is still caught while reading (<see cref="ColumnBatch.Get{T}"/> names its row). Statistics that count
/// nulls reject the file here, before any work is done.
/// </remarks>
public static class SchemaValidator
{
    /// <summary>All problems, in file order then expected-column order; empty when the dataset fits.</summary>
    public static IReadOnlyList<SchemaProblem> Validate(DatasetReader reader, IEnumerable<ExpectedColumn> expected)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(expected);
        var columns = expected.ToArray();
        var problems = new List<SchemaProblem>();
        foreach (var file in reader.DatasetFiles)
        {
            foreach (var column in columns)
            {
                if (Check(reader.Name, file, column) is { } message)
                {
                    problems.Add(new SchemaProblem(reader.Name, file.Path, column.Name, message));
                }
            }
        }

        return problems;
    }

    /// <summary>Validates and throws one <see cref="DataException"/> listing every problem, one per line.</summary>
    public static void ThrowIfInvalid(DatasetReader reader, IEnumerable<ExpectedColumn> expected)
    {
        var problems = Validate(reader, expected);
        if (problems.Count > 0)
        {
            var first = problems[0];
            throw new DataException(string.Join('\n', problems.Select(p => p.Message)), first.Dataset, problems.Count == 1 ? first.File : null, problems.Count == 1 ? first.Column : null);
        }
    }

    private static string? Check(string dataset, DatasetFile file, ExpectedColumn expected)
    {
        var where = $"dataset '{dataset}', file {file.Path}, column '{expected.Name}'";
        var wanted = TypeNames.Expected(expected.ClrType);
        var column = file.Parquet.Column(expected.Name);
        if (column is null || !column.IsFlat)
        {
            var partition = file.Partitions.Any(p => string.Equals(p.Key, expected.Name, StringComparison.Ordinal));
            if (column is null && partition)
            {
                return expected.ClrType == typeof(string) ? null : $"{where}: expected {wanted}, found a partition folder value (string)";
            }

            return column is null
                ? $"{where}: expected {wanted}, found no such column"
                : $"{where}: expected {wanted}, found {column.ParquetType} inside a list or map";
        }

        if (!ColumnConverter.CanConvert(column.ClrType, expected.ClrType))
        {
            return $"{where}: expected {wanted}, found {column.ParquetType} ({TypeNames.Clr(column.ClrType)})";
        }

        if (!expected.Nullable && column.IsNullable && NullCount(file, column) is > 0 and var nulls)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{where}: expected {wanted} without nulls, found {nulls} nulls in an optional {column.ParquetType} column (make the property nullable)");
        }

        return null;
    }

    /// <summary>The nulls the statistics count over all row groups, or null when some row group has no count.</summary>
    private static long? NullCount(DatasetFile file, FileColumn column)
    {
        var path = column.Field.Path.ToList();
        long total = 0;
        foreach (var group in file.Parquet.Metadata.RowGroups)
        {
            var chunk = group.Columns.FirstOrDefault(c => c.MetaData?.PathInSchema.SequenceEqual(path, StringComparer.Ordinal) == true);
            if (chunk?.MetaData?.Statistics?.NullCount is not { } nulls)
            {
                return null;
            }

            total += nulls;
        }

        return total;
    }
}
