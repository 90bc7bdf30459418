using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SupervisionModels.Runtime.IO;

/// <summary>
/// One writer per output at a time: a lock file beside the output (<c>.NAME.lock</c>), opened exclusively, and the
/// owner's pid and start time beside it (<c>.NAME.lock.owner</c>: on Unix an exclusively opened file cannot be read
/// by anyone else, so the owner is not written into the lock file itself). A second run to the same output fails at
/// once naming the first instead of silently replacing its files. The operating system drops the lock when its process dies, so a lock left by a
/// killed run is simply taken over. While the lock is held, the temporary files <see cref="AtomicFile"/> left beside
/// the outputs by a killed run are removed: no live writer can own them.
/// </summary>
public sealed partial class OutputLock : IDisposable
{
    private readonly FileStream _stream;
    private readonly string _lockPath;

    private OutputLock(FileStream stream, string lockPath)
    {
        _stream = stream;
        _lockPath = lockPath;
    }

    /// <summary>The lock file that guards <paramref name="path"/>.</summary>
    public static string LockPathFor(string path)
    {
        var full = Path.GetFullPath(path);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.lock");
    }

    /// <summary>
    /// Takes the lock for <paramref name="path"/> (as the user gave it; its folder must exist, see
    /// <see cref="OutputPath.Prepare"/>) and removes stale temporaries of it and of <paramref name="alsoWritten"/>
    /// (files in the same folder written by the same command, e.g. the run record).
    /// </summary>
    public static OutputLock Acquire(string path, params string[] alsoWritten) => AcquireAndRecover(path, recover: null, alsoWritten);

    /// <summary>
    /// As <see cref="Acquire"/>, and once the lock is held, before the stale temporaries are removed, runs
    /// <paramref name="recover"/>: the owner of the outputs may complete what a killed writer left half-renamed (see
    /// <c>LeadJson.LockForWriting</c>) while no live writer can be renaming them.
    /// </summary>
    public static OutputLock AcquireAndRecover(string path, Action? recover, params string[] alsoWritten)
    {
        var lockPath = LockPathFor(path);
        FileStream stream;
        try
        {
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new OutputPathException($"{path}: cannot write in its folder: {e.Message}");
        }
        catch (IOException)
        {
            throw new OutputPathException($"{path} is being written by another supervise ({Owner(lockPath)}); wait for it to finish or choose another output.");
        }

        // The owner is written only once recovery and the removal of stale temporaries are done, so that whoever reads
        // this process's pid there may rely on both; meanwhile a contender is told only the lock file (the owner a
        // killed writer left is removed first, so it is never named as alive).
        var taken = new OutputLock(stream, lockPath);
        try
        {
            File.Delete(OwnerPathFor(lockPath));
            recover?.Invoke();
            RemoveStaleTemporaries(path, alsoWritten);
            using var process = Process.GetCurrentProcess();
            var owner = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"pid {Environment.ProcessId}, started {process.StartTime.ToUniversalTime():yyyy-MM-ddTHH:mm:ssZ}"));
            File.WriteAllBytes(OwnerPathFor(lockPath), owner);
        }
        catch
        {
            taken.Dispose();
            throw;
        }

        return taken;
    }

    /// <summary>Removes the lock file and releases the lock.</summary>
    public void Dispose()
    {
        // Deleted while still held, so that no other run can have taken the lock on the file being deleted.
        try
        {
            File.Delete(OwnerPathFor(_lockPath));
            File.Delete(_lockPath);
        }
        catch (IOException)
        {
            // Left behind it is harmless: the next run takes it over.
        }

        _stream.Dispose();
    }

    private static string Owner(string lockPath)
    {
        try
        {
            var owner = File.ReadAllText(OwnerPathFor(lockPath), Encoding.UTF8).Trim();
            return owner.Length > 0 ? owner : $"lock file {lockPath}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"lock file {lockPath}";
        }
    }

    private static string OwnerPathFor(string lockPath) => lockPath + ".owner";

    private static void RemoveStaleTemporaries(string path, string[] alsoWritten)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        var targets = alsoWritten.Select(p => Path.GetFileName(Path.GetFullPath(p))).Append(Path.GetFileName(full)).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, ".*.tmp"))
        {
            var match = TemporaryName().Match(Path.GetFileName(file));
            if (match.Success && targets.Contains(match.Groups["target"].Value))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>The name <see cref="AtomicFile"/> gives its temporaries: <c>.TARGET.GUID.tmp</c>.</summary>
    [GeneratedRegex(@"^\.(?<target>.+)\.[0-9a-f]{32}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex TemporaryName();
}
