namespace SupervisionModels.Data.Reading;

/// <summary>
/// Makes equal strings of a decoded column chunk one instance. Parquet.Net builds a new string for every row, even in a
/// dictionary-encoded column whose row group holds seven distinct values; the engine keeps records for a whole run, so
/// 2 million parties otherwise carry 2 million copies of 原告 and 自然人 (about 60 bytes a row per such column).
/// </summary>
/// <remarks>
/// Only short values are pooled, and only when a sample shows them repeating: hashing long free text or unique keys
/// would cost time and save nothing.
/// </remarks>
internal static class StringDeduplicator
{
    /// <summary>Values longer than this (in chars) are left alone: free text, not codes or names.</summary>
    public const int MaxPooledLength = 64;

    private const int SampleSize = 512;

    /// <summary>Replaces equal values by one instance, in place, when the sample says that pays.</summary>
    public static void Deduplicate(string?[] values)
    {
        if (values.Length < 2 || !Repeats(values))
        {
            return;
        }

        var pool = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (value is null || value.Length > MaxPooledLength)
            {
                continue;
            }

            if (pool.TryGetValue(value, out var shared))
            {
                values[i] = shared;
            }
            else
            {
                pool.Add(value);
            }
        }
    }

    /// <summary>
    /// Whether a sample of the values is short and has duplicates (at least one in ten). The sample is runs of eight
    /// neighbours spread over the chunk: neighbours catch values repeated in sorted or grouped data (the parties of one
    /// case), the spread catches values repeated across it (a court's name).
    /// </summary>
    private static bool Repeats(string?[] values)
    {
        const int Run = 8;
        var step = Math.Max(Run, values.Length / (SampleSize / Run));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int sampled = 0, duplicates = 0, tooLong = 0;
        for (var start = 0; start < values.Length; start += step)
        {
            for (var i = start; i < Math.Min(start + Run, values.Length); i++)
            {
                if (values[i] is not { } value)
                {
                    continue;
                }

                sampled++;
                if (value.Length > MaxPooledLength)
                {
                    tooLong++;
                }
                else if (!seen.Add(value))
                {
                    duplicates++;
                }
            }
        }

        return sampled > 0 && tooLong * 2 < sampled && duplicates * 10 >= sampled;
    }
}
