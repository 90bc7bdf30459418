namespace SupervisionModels.Data.Reading;

/// <summary>Hive-style partition folders: <c>year=2023/court=太仓/part-0.parquet</c>.</summary>
internal static class HivePartitions
{
    /// <summary>What Hive writes for a null partition value.</summary>
    private const string NullValue = "__HIVE_DEFAULT_PARTITION__";

    /// <summary>The key/value pairs of a file's relative path, outermost first. Values are percent-decoded as Hive
    /// escapes them.</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> Parse(string relativePath)
    {
        var parts = relativePath.Split('/');
        var result = new List<KeyValuePair<string, string?>>();
        foreach (var folder in parts.AsSpan(0, parts.Length - 1))
        {
            var equals = folder.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var value = Uri.UnescapeDataString(folder[(equals + 1)..]);
            result.Add(new(Uri.UnescapeDataString(folder[..equals]), value == NullValue ? null : value));
        }

        return result;
    }
}
