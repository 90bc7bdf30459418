using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.ML;
using SupervisionModels.Runtime.IO;

namespace SupervisionModels.Text.Persistence;

/// <summary>
/// A classifier model file: a zip holding <c>classifier.json</c> (the manifest) and <c>model.mlnet.zip</c> (the
/// ML.NET model, as <c>MLContext.Model.Save</c> writes it). The featuriser is our code, so its settings travel in the
/// manifest; the ML.NET part stays a standard model any ML.NET tool can open.
/// </summary>
internal static class ClassifierFile
{
    public const int CurrentFormat = 1;
    private const string ManifestEntry = "classifier.json";
    private const string ModelEntry = "model.mlnet.zip";

    // Zip entries carry a time stamp; a fixed one makes the same model written twice the same bytes.
    private static readonly DateTimeOffset FixedTimestamp = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,

        // A metric is NaN when its data held one label only; JSON has no NaN literal of its own.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Writes the file atomically: readers see the old file or the whole new one.</summary>
    public static Task WriteAsync(string path, ClassifierManifest manifest, MLContext ml, ITransformer model, DataViewSchema inputSchema, CancellationToken ct)
    {
        using var mlnet = new MemoryStream();
        ml.Model.Save(model, inputSchema, mlnet);
        var manifestBytes = JsonSerializer.SerializeToUtf8Bytes(manifest, Json);
        var modelBytes = WithFixedTimestamps(mlnet.ToArray());
        return AtomicFile.WriteAsync(
            path,
            async (stream, token) =>
            {
                await using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
                await WriteEntryAsync(zip, ManifestEntry, manifestBytes, CompressionLevel.Optimal, token).ConfigureAwait(false);

                // The ML.NET model is itself a deflated zip: compressing it again gains nothing.
                await WriteEntryAsync(zip, ModelEntry, modelBytes, CompressionLevel.NoCompression, token).ConfigureAwait(false);
            },
            ct);
    }

    /// <summary>Reads a model file into a context seeded as the one that trained it; every failure names the file.</summary>
    public static (ClassifierManifest Manifest, MLContext Context, ITransformer Model) Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new ClassifierFileException(path, "the file does not exist.");
        }

        try
        {
            using var zip = ZipFile.OpenRead(path);
            var manifest = ReadManifest(path, zip);
            var entry = zip.GetEntry(ModelEntry) ?? throw new ClassifierFileException(path, $"the entry {ModelEntry} is missing.");
            using var buffer = new MemoryStream();
            using (var source = entry.Open())
            {
                // ML.NET reads the model as a zip, which needs a seekable stream.
                source.CopyTo(buffer);
            }

            buffer.Position = 0;
            var ml = new MLContext(manifest.Options.Seed);
            var model = ml.Model.Load(buffer, out _);
            return (manifest, ml, model);
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or InvalidOperationException or FormatException or IOException)
        {
            throw new ClassifierFileException(path, $"it is not a readable classifier model ({e.Message}).", e);
        }
    }

    private static ClassifierManifest ReadManifest(string path, ZipArchive zip)
    {
        var entry = zip.GetEntry(ManifestEntry) ?? throw new ClassifierFileException(path, $"the entry {ManifestEntry} is missing.");
        using var stream = entry.Open();
        var manifest = JsonSerializer.Deserialize<ClassifierManifest>(stream, Json)
            ?? throw new ClassifierFileException(path, $"{ManifestEntry} is empty.");
        if (manifest.Format != CurrentFormat)
        {
            throw new ClassifierFileException(path, $"its format is {manifest.Format}; this version reads format {CurrentFormat}.");
        }

        if (string.IsNullOrWhiteSpace(manifest.ModelId) || manifest.Options is null)
        {
            throw new ClassifierFileException(path, $"{ManifestEntry} lacks the model id or the options.");
        }

        manifest.Options.Validate();
        return manifest;
    }

    private static async Task WriteEntryAsync(ZipArchive zip, string name, byte[] content, CompressionLevel level, CancellationToken ct)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = FixedTimestamp;
        await using var stream = await entry.OpenAsync(ct).ConfigureAwait(false);
        await stream.WriteAsync(content, ct).ConfigureAwait(false);
    }

    /// <summary>ML.NET stamps its zip entries with the current time; rewrites them, in the same order, with the fixed one.</summary>
    private static byte[] WithFixedTimestamps(byte[] zipBytes)
    {
        using var source = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTimestamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
