using System.Text;
using SupervisionModels.Data.Guards;
using SupervisionModels.Data.Pages;
using SupervisionModels.Data.Reading;

namespace SupervisionModels.Data.Tests;

/// <summary>What comparing the page reader with Parquet.Net on one column chunk found.</summary>
public enum ChunkVerdict
{
    /// <summary>Both read it, with the same values.</summary>
    Identical,

    /// <summary>The page reader said "not handled" (Parquet.Net reads the chunk).</summary>
    NotHandled,

    /// <summary>The page reader reported the chunk as corrupt.</summary>
    Corrupt,

    /// <summary>Parquet.Net itself cannot read the chunk; nothing to compare.</summary>
    ParquetNetFails,
}

/// <summary>One chunk's comparison.</summary>
public sealed record ChunkComparison(string File, string Column, int RowGroup, ChunkVerdict Verdict, string? Reason, int Rows, int Pages, IReadOnlySet<int> Encodings, bool DataPageV2);

/// <summary>
/// Reads every flat text or binary column chunk of a file with the page reader and with Parquet.Net, and fails
/// (throws) on the first value that differs: the page reader is either identical, says "not handled", or says corrupt.
/// </summary>
internal static class TextPageOracle
{
    public static async Task<List<ChunkComparison>> CompareAsync(string path, CancellationToken ct)
    {
        var results = new List<ChunkComparison>();
        ParquetFile footer;
        try
        {
            footer = await ParquetFile.OpenAsync(path, ct);
        }
        catch (FileProblem)
        {
            return results;
        }

        using var file = TextFile.Open(footer);
        using var pages = new TextChunkReader();
        var chunk = new TextChunk();
        await using var reader = await ParquetFile.OpenReaderAsync(path, ct);
        var name = Path.GetFileName(path);
        foreach (var column in footer.Columns.Where(c => c.IsFlat && (c.ClrType == typeof(string) || c.ClrType == typeof(byte[]))))
        {
            for (var g = 0; g < file.RowGroups; g++)
            {
                var rows = (int)footer.RowGroupRows[g];
                object?[] expected;
                try
                {
                    using var group = reader.OpenRowGroupReader(g);
                    if (column.ClrType == typeof(string))
                    {
                        var values = new string?[rows];
                        await group.ReadAsync(column.Field, values!, cancellationToken: ct);
                        expected = values;
                    }
                    else
                    {
                        var values = new byte[]?[rows];
                        await group.ReadAsync(column.Field, values!, cancellationToken: ct);
                        expected = values;
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    results.Add(new ChunkComparison(name, column.Name, g, ChunkVerdict.ParquetNetFails, e.Message, rows, 0, new HashSet<int>(), false));
                    continue;
                }

                ChunkRead read;
                try
                {
                    read = file.Read(g, column.Name, pages, chunk);
                }
                catch (FileProblem problem)
                {
                    results.Add(new ChunkComparison(name, column.Name, g, ChunkVerdict.Corrupt, problem.Reason, rows, 0, new HashSet<int>(), false));
                    continue;
                }

                if (!read.Handled)
                {
                    results.Add(new ChunkComparison(name, column.Name, g, ChunkVerdict.NotHandled, read.NotHandled, rows, 0, new HashSet<int>(), false));
                    continue;
                }

                Assert.Equal(rows, chunk.Count);
                for (var row = 0; row < rows; row++)
                {
                    var where = $"{name} column {column.Name} row group {g} row {row}";
                    switch (expected[row])
                    {
                        case null:
                            Assert.True(chunk.IsNull(row), $"{where}: Parquet.Net reads null, the page reader a value");
                            break;
                        case string text:
                            Assert.False(chunk.IsNull(row), $"{where}: the page reader reads null");
                            Assert.True(text == Encoding.UTF8.GetString(chunk.Value(row)), $"{where}: values differ");
                            break;
                        case byte[] bytes:
                            Assert.False(chunk.IsNull(row), $"{where}: the page reader reads null");
                            Assert.True(chunk.Value(row).SequenceEqual(bytes), $"{where}: values differ");
                            break;
                    }
                }

                results.Add(new ChunkComparison(name, column.Name, g, ChunkVerdict.Identical, null, rows, chunk.Pages, chunk.Encodings.ToHashSet(), chunk.HadDataPageV2));
            }
        }

        return results;
    }
}
