using System.Collections.Concurrent;
using System.Text.Json;

namespace SupervisionModels.Hosting.Sources;

/// <summary>A successfully compiled plugin image and its warnings.</summary>
internal sealed record CachedImage(byte[] Image, IReadOnlyList<SourceDiagnostic> Warnings);

/// <summary>
/// Compiled source plugins by content hash: in memory for the process, and optionally on disk so that the next run
/// of the CLI skips Roslyn (a compilation costs seconds; reading a cached image costs milliseconds). Only successful
/// compilations are cached, so errors are always reported fresh.
/// </summary>
internal sealed class CompiledSourceCache
{
    private readonly ConcurrentDictionary<string, CachedImage> _memory = new(StringComparer.Ordinal);

    /// <summary>The process-wide cache.</summary>
    public static CompiledSourceCache Shared { get; } = new();

    public bool TryGet(string hash, string? cacheDirectory, out CachedImage image)
    {
        if (_memory.TryGetValue(hash, out image!))
        {
            return true;
        }

        if (cacheDirectory is not null && TryRead(hash, cacheDirectory) is { } stored)
        {
            image = _memory.GetOrAdd(hash, stored);
            return true;
        }

        return false;
    }

    public void Store(string hash, CachedImage image, string? cacheDirectory)
    {
        _memory[hash] = image;
        if (cacheDirectory is not null)
        {
            Write(hash, image, cacheDirectory);
        }
    }

    /// <summary>Forgets the in-memory entries (tests use it to prove that the disk cache is read).</summary>
    internal void ClearMemory() => _memory.Clear();

    private static CachedImage? TryRead(string hash, string directory)
    {
        var dll = Path.Combine(directory, hash + ".dll");
        var warnings = Path.Combine(directory, hash + ".warnings.json");
        if (!File.Exists(dll) || !File.Exists(warnings))
        {
            return null;
        }

        try
        {
            var list = JsonSerializer.Deserialize<List<SourceDiagnostic>>(File.ReadAllBytes(warnings)) ?? [];
            return new CachedImage(File.ReadAllBytes(dll), list);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            // The cache only saves time: an unreadable or half-written entry is recompiled, then overwritten.
            return null;
        }
    }

    private static void Write(string hash, CachedImage image, string directory)
    {
        Directory.CreateDirectory(directory);

        // Written to temporary names and moved into place, so a concurrent run never reads half a file. The warnings
        // file goes last: TryRead needs both, so an entry is visible only once complete.
        WriteAtomically(Path.Combine(directory, hash + ".dll"), image.Image);
        WriteAtomically(Path.Combine(directory, hash + ".warnings.json"), JsonSerializer.SerializeToUtf8Bytes(image.Warnings));
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
