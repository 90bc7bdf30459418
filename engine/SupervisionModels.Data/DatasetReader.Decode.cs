using SupervisionModels.Data.Guards;
using SupervisionModels.Data.Reading;

namespace SupervisionModels.Data;

/// <summary>Planning a read and decoding one row group.</summary>
public sealed partial class DatasetReader
{
    /// <summary>The requested columns, checked against every part file before anything is decoded.</summary>
    private IReadOnlyList<DatasetColumn> PlanRead(IReadOnlyList<string> columns)
    {
        var plan = new List<DatasetColumn>();
        foreach (var name in columns.Distinct(StringComparer.Ordinal))
        {
            var column = Schema.Find(name)
                ?? throw new DataException($"dataset '{Name}' has no column '{name}' (it has: {string.Join(", ", Schema.Columns.Select(c => c.Name))})", Name, column: name);
            if (!column.IsPartition)
            {
                CheckSameInEveryFile(name);
            }

            plan.Add(column);
        }

        return plan;
    }

    private void CheckSameInEveryFile(string name)
    {
        var first = _files[0];
        var expected = first.Parquet.Column(name)!;
        foreach (var file in _files.Skip(1))
        {
            var found = file.Parquet.Column(name)
                ?? throw new DataException($"dataset '{Name}': column '{name}' is in {first.Path} but missing from {file.Path}", Name, file.Path, name);

            // Nullability may differ between part files (a required column reads as nullable); the type may not.
            if (found.ClrType != expected.ClrType || !string.Equals(found.ParquetType, expected.ParquetType, StringComparison.Ordinal) || !found.IsFlat)
            {
                throw new DataException(
                    $"dataset '{Name}': column '{name}' is {expected.ParquetType} ({TypeNames.Clr(expected.ClrType)}) in {first.Path} but {found.ParquetType} ({TypeNames.Clr(found.ClrType)}) in {file.Path}",
                    Name,
                    file.Path,
                    name);
            }
        }
    }

    private async Task<ColumnBatch> DecodeAsync(ReaderPool pool, IReadOnlyList<DatasetColumn> plan, int fileIndex, int rowGroup, long firstRow, int rows, CancellationToken ct)
    {
        var file = _files[fileIndex];
        OpenedFile opened;
        try
        {
            opened = await pool.RentAsync(fileIndex, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw FileError(Name, file.Path, e as FileProblem ?? FooterProbe.Explain(file.Path, e));
        }

        var broken = true;
        try
        {
            var columns = new Dictionary<string, BatchColumn>(StringComparer.Ordinal);
            using var reader = opened.Reader.OpenRowGroupReader(rowGroup);
            foreach (var column in plan)
            {
                ct.ThrowIfCancellationRequested();
                columns[column.Name] = column.IsPartition
                    ? Partition(column, file, rows)
                    : await DecodeColumnAsync(opened, reader, file, file.Parquet.Column(column.Name)!, rowGroup, rows, ct).ConfigureAwait(false);
            }

            broken = false;
            return new ColumnBatch(Name, file.Path, rowGroup, rows, firstRow, columns);
        }
        finally
        {
            await pool.ReturnAsync(fileIndex, opened, broken).ConfigureAwait(false);
        }
    }

    private async Task<BatchColumn> DecodeColumnAsync(OpenedFile opened, Parquet.ParquetRowGroupReader reader, DatasetFile file, FileColumn column, int rowGroup, int rows, CancellationToken ct)
    {
        ChunkSummary? summary = null;
        try
        {
            var chunk = reader.GetMetadata(column.Field) ?? throw FileProblem.Corrupt($"column '{column.Name}' has no column chunk in row group {rowGroup}");
            summary = ChunkGuard.Check(opened.Handle, opened.DataEnd, chunk, rows, column.Field.MaxRepetitionLevel, column.Field.MaxDefinitionLevel, column.Name, file.Parquet.ChunkStarts);
            var values = await ColumnDecoder.For(column).ReadAsync(reader, column, rows, ct).ConfigureAwait(false);
            return new BatchColumn(column.Name, values, column.ClrType, column.ParquetType);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw FileError(Name, file.Path, DecodeFailure.Classify(e, column.Field, summary, rowGroup));
        }
    }

    private static BatchColumn Partition(DatasetColumn column, DatasetFile file, int rows)
    {
        var values = new string?[rows];
        Array.Fill(values, file.PartitionValue(column.Name));
        return new BatchColumn(column.Name, values, typeof(string), column.ParquetType);
    }

    private static DatasetSchema SchemaOf(IReadOnlyList<DatasetFile> files)
    {
        var columns = new List<DatasetColumn>();
        foreach (var column in files[0].Parquet.Columns.Where(c => c.IsFlat))
        {
            var nullable = files.Any(f => f.Parquet.Column(column.Name)?.IsNullable ?? false);
            columns.Add(new DatasetColumn(column.Name, column.ClrType, nullable || column.IsNullable, column.ParquetType));
        }

        var keys = files.SelectMany(f => f.Partitions.Select(p => p.Key)).Distinct(StringComparer.Ordinal);
        foreach (var key in keys.Where(k => columns.All(c => !string.Equals(c.Name, k, StringComparison.Ordinal))))
        {
            var nullable = files.Any(f => f.PartitionValue(key) is null);
            columns.Add(new DatasetColumn(key, typeof(string), nullable, "partition folder", IsPartition: true));
        }

        return new DatasetSchema(columns);
    }
}
