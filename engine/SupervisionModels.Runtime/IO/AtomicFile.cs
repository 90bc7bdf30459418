namespace SupervisionModels.Runtime.IO;

/// <summary>
/// Writes a file so that readers see either the old file or the whole new one, never half of it: the content goes
/// to a temporary file in the same folder, which is renamed over the target only when complete. Cancelled or failed
/// writes leave nothing behind.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>.</summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken = default)
    {
        using var pending = await PrepareAsync(path, write, cancellationToken).ConfigureAwait(false);
        pending.Commit();
    }

    /// <summary>
    /// Writes the content of <paramref name="path"/> to its temporary and stops there: <see cref="PendingFile.Commit"/>
    /// renames it over the target, disposing without a commit removes it. For outputs that are written as a unit
    /// (the leads and their run record): both temporaries complete before either is renamed.
    /// </summary>
    public static async Task<PendingFile> PrepareAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        // The name OutputLock recognises when it removes what a killed run left: keep the two in step.
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var pending = new PendingFile(path, full, temp);
        try
        {
            await using (var stream = Create(path, temp))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            return pending;
        }
        catch
        {
            pending.Dispose();
            throw;
        }
    }

    /// <summary>Whether <paramref name="file"/> is one of the temporaries this class writes for <paramref name="target"/> (a file name).</summary>
    public static bool IsTemporaryOf(string file, string target)
    {
        var name = Path.GetFileName(file);
        return name.StartsWith("." + target + ".", StringComparison.Ordinal) && name.EndsWith(".tmp", StringComparison.Ordinal)
            && name.Length == target.Length + 2 + 32 + 4;
    }

    /// <summary>Opens the temporary; a failure names the output the user asked for, not the hidden temporary.</summary>
    private static FileStream Create(string path, string temp)
    {
        try
        {
            return new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputPathException($"{path}: cannot write: {e.Message.Replace(temp, Path.GetFullPath(path), StringComparison.Ordinal)}");
        }
    }
}

/// <summary>A complete temporary waiting to be renamed over its target (<see cref="AtomicFile.PrepareAsync"/>).</summary>
public sealed class PendingFile : IDisposable
{
    private readonly string _path;
    private readonly string _full;
    private bool _committed;

    internal PendingFile(string path, string full, string temp)
    {
        _path = path;
        _full = full;
        TemporaryPath = temp;
    }

    /// <summary>Where the content waits.</summary>
    public string TemporaryPath { get; }

    /// <summary>Renames the temporary over the target; a failure names the target the user gave, not the temporary.</summary>
    public void Commit()
    {
        try
        {
            File.Move(TemporaryPath, _full, overwrite: true);
            _committed = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputPathException($"{_path}: cannot write: {e.Message.Replace(TemporaryPath, _full, StringComparison.Ordinal)}");
        }
    }

    /// <summary>Removes the temporary unless it was committed.</summary>
    public void Dispose()
    {
        if (!_committed && File.Exists(TemporaryPath))
        {
            File.Delete(TemporaryPath);
        }
    }
}
