namespace SupervisionModels.TestSupport;

/// <summary>
/// A temporary folder removed after the test. One file, linked into the test projects that need it (see their
/// .csproj), rather than a copy in each.
/// </summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sm-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>
    /// Copies the folder <paramref name="source"/> to <paramref name="name"/> inside this one and returns its path. The
    /// `.supervise` working folder that runs keep beside their data (audit log, lead book) is left behind, so a copy of
    /// the sample never carries another test's log or book into this one.
    /// </summary>
    public string CopyOf(string source, string name)
    {
        var copy = Combine(name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(source, file);
            if (relative.StartsWith(".supervise" + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var target = System.IO.Path.Combine(copy, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Directory.CreateDirectory(copy);
        return copy;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a failed test must not hide that test's own failure.
        }
    }
}
