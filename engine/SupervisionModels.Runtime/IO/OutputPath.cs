namespace SupervisionModels.Runtime.IO;

/// <summary>
/// Checks an output path before any work, so that a run of minutes does not end in "cannot write": the path is not
/// a directory, no part of its folder is a file, and the folder exists or is created. Messages name the path as the
/// user gave it.
/// </summary>
public static class OutputPath
{
    /// <summary>Checks <paramref name="path"/> (as the user gave it) and creates its folder; throws <see cref="OutputPathException"/>.</summary>
    public static void Prepare(string path)
    {
        var directory = Check(path);
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputPathException($"{path}: cannot create its folder {directory}: {e.Message}");
        }
    }

    /// <summary>
    /// The checks of <see cref="Prepare"/> without creating anything: <paramref name="path"/> is not a directory and
    /// no part of its folder is a file. Returns the folder's full path.
    /// </summary>
    public static string Check(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new OutputPathException($"{path} is a directory; give the path of the file to write.");
        }

        var directory = Path.GetDirectoryName(full)!;
        for (var ancestor = directory; !string.IsNullOrEmpty(ancestor); ancestor = Path.GetDirectoryName(ancestor))
        {
            if (File.Exists(ancestor))
            {
                throw new OutputPathException($"{path}: {ancestor} is a file, not a folder; the output cannot go under it.");
            }

            if (Directory.Exists(ancestor))
            {
                break;
            }
        }

        return directory;
    }

    /// <summary>
    /// Checks a folder the command will write into (<c>demo --out</c>, <c>datasets generate --out</c>): it is not a
    /// file and no part of it is one. Messages name the path as the user gave it.
    /// </summary>
    public static void CheckFolder(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (File.Exists(path))
        {
            throw new OutputPathException($"{path} is a file; give a folder to write into.");
        }

        Check(Path.Combine(path, "x")); // the folder's ancestors
    }
}

/// <summary>An output cannot be written (a bad path, no permission, another run writing it); the message names the path the user gave.</summary>
public sealed class OutputPathException(string message) : Exception(message);
