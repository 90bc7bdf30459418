using Parquet;
using Parquet.Schema;

namespace SupervisionModels.Text.Tests;

/// <summary>Writes small Parquet files column by column, with whatever column types a test needs.</summary>
public static class ParquetFixture
{
    /// <summary>One column: its name and its values (string[], bool[], int[], long[], int?[] or bool?[]).</summary>
    public sealed record Column(string Name, Array Values);

    public static async Task WriteAsync(string path, params Column[] columns)
    {
        var fields = columns.Select(c => FieldOf(c)).ToArray();
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < columns.Length; i++)
        {
            var field = fields[i];
            switch (columns[i].Values)
            {
                case string?[] strings:
                    await group.WriteAsync(field, strings!);
                    break;
                case bool[] booleans:
                    await group.WriteAsync<bool>(field, booleans);
                    break;
                case int[] integers:
                    await group.WriteAsync<int>(field, integers);
                    break;
                case long[] longs:
                    await group.WriteAsync<long>(field, longs);
                    break;
                case int?[] optionalIntegers:
                    await group.WriteAsync<int>(field, optionalIntegers);
                    break;
                case double[] doubles:
                    await group.WriteAsync<double>(field, doubles);
                    break;
                default:
                    throw new ArgumentException($"No fixture writer for {columns[i].Values.GetType()}.");
            }
        }
    }

    private static DataField FieldOf(Column column) => column.Values switch
    {
        string?[] => new DataField<string>(column.Name),
        bool[] => new DataField<bool>(column.Name),
        int[] => new DataField<int>(column.Name),
        long[] => new DataField<long>(column.Name),
        int?[] => new DataField<int?>(column.Name),
        double[] => new DataField<double>(column.Name),
        _ => throw new ArgumentException($"No fixture field for {column.Values.GetType()}."),
    };
}
