using System.Globalization;
using Parquet.Schema;

namespace SupervisionModels.Data.Guards;

/// <summary>
/// Turns an exception thrown while Parquet.Net decodes a column chunk that passed <see cref="ChunkGuard"/> into
/// "unsupported" or "corrupt". A chunk that uses a feature Parquet.Net 6.1 is known to mishandle (data page v2, the
/// Hadoop LZ4 framing, INT96 values outside DateTime) or that Parquet.Net itself calls unsupported is "unsupported";
/// any other failure means the bytes do not decode as the metadata says, which is "corrupt".
/// </summary>
internal static class DecodeFailure
{
    public static FileProblem Classify(Exception error, DataField field, ChunkSummary? chunk, int rowGroup)
    {
        if (error is FileProblem problem)
        {
            return problem;
        }

        var column = field.Path.ToString();
        var detail = $"{error.GetType().Name}: {FooterProbe.FirstLine(error.Message)}";
        var physical = field.SchemaElement?.Type;
        if (chunk?.Codec == global::Parquet.Meta.CompressionCodec.LZ4)
        {
            return FileProblem.Unsupported($"Hadoop LZ4 framing (codec LZ4, column '{column}'; {detail})", error);
        }

        if (chunk?.HasDataPageV2 == true)
        {
            return FileProblem.Unsupported($"data page v2 in column '{column}' ({detail})", error);
        }

        if ((field.ClrType == typeof(DateTime) || field.ClrType == typeof(DateOnly)) && error is ArgumentOutOfRangeException)
        {
            // Parquet allows dates far outside .NET's years 1-9999 (Spark writes INT96 sentinels, Rust i64::MIN millis).
            var kind = physical == global::Parquet.Meta.Type.INT96 ? "INT96 timestamp" : "date or timestamp";
            return FileProblem.Unsupported($"{kind} outside the DateTime range (years 1-9999) in column '{column}'", error);
        }

        if (error is NotSupportedException or NotImplementedException)
        {
            return FileProblem.Unsupported($"column '{column}' uses something Parquet.Net cannot decode ({detail})", error);
        }

        // The library's own message ("Object reference not set…", "Index was outside the bounds…") says nothing to a
        // user about their file; what it means is that the bytes are not what the metadata describes. It stays in the
        // inner exception for diagnostics.
        var codec = chunk?.Codec.ToString() ?? "its";
        var expected = string.Create(CultureInfo.InvariantCulture, $"expected the pages of row group {rowGroup} to decode as {codec}-compressed {physical?.ToString() ?? "?"} values as the metadata says, found data that does not");
        return chunk is not null
            ? FileProblem.CorruptAt(column, chunk.Start, expected, error)
            : FileProblem.Corrupt($"column '{column}': {expected}", error);
    }
}
