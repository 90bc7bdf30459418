namespace SupervisionModels.Reporting;

/// <summary>Paths as a report shows them: short where they can be, whole where a short form would mislead.</summary>
public static class ReportPaths
{
    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="baseDirectory"/> when it lies inside it (<c>.</c> for the folder
    /// itself), with forward slashes; the full path when it lies elsewhere or there is no base.
    /// </summary>
    public static string Shown(string path, string? baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (baseDirectory is null || path.Length == 0)
        {
            return path;
        }

        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Path.GetFullPath(baseDirectory), full);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return full;
        }

        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>A dataset's file as a path inside its folder (the folder is shown beside it), or whole when elsewhere.</summary>
    public static string InDataset(string location, string file)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(file);
        var relative = Path.GetRelativePath(location, file);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
