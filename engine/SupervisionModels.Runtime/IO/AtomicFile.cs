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
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        // The name OutputLock recognises when it removes what a killed run left: keep the two in step.
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = Create(path, temp))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                File.Move(temp, full, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new OutputPathException($"{path}: cannot write: {e.Message.Replace(temp, full, StringComparison.Ordinal)}");
            }
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
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
