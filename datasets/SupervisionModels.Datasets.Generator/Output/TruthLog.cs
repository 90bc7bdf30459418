using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupervisionModels.Datasets.Generator.Output;

/// <summary>
/// One planted lead or decoy, as a line of <c>truth.jsonl</c> or <c>decoys.jsonl</c>. <see cref="Evidence"/> maps a
/// dataset name to the record keys that make the case (case numbers, credit codes, venue ids…).
/// </summary>
public sealed record TruthEntry
{
    /// <summary>The model the entry is for (SM0001, SM0002, SM0003).</summary>
    public required string ModelId { get; init; }

    /// <summary>The subject key in <c>EntityKey.Value</c> form (ID:…, CC:…, RK:…).</summary>
    public required string SubjectKey { get; init; }

    /// <summary>The lead kind in the model's words (原告, 非法销售者, 非法运输者, 场所, 未成年人, 被害人…).</summary>
    public required string Role { get; init; }

    /// <summary>The subject's registered name.</summary>
    public required string Name { get; init; }

    /// <summary>For decoys: why it looks like a lead and is not (e.g. 持牌放贷机构, 互殴过错); null for planted leads.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DecoyKind { get; init; }

    /// <summary>
    /// For hard decoys: the one decisive fact in which the decoy differs from a planted lead, with the rule that
    /// decides on it (e.g. "D25: 其他毒品（氯胺酮），无一氧化二氮"); null otherwise, and then not written.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DecisiveFact { get; init; }

    /// <summary>Dataset name → the record keys behind the entry.</summary>
    public required SortedDictionary<string, List<string>> Evidence { get; init; }

    /// <summary>Tags: <c>paraphrase</c> when a text of the lead avoids every keyword, <c>name_variant</c>, <c>no_id_in_one_case</c>…</summary>
    public List<string> Tags { get; init; } = [];

    /// <summary>A short Chinese note for people reading the file.</summary>
    public required string Note { get; init; }
}

/// <summary>Collects planted leads and decoys while scenarios are built, and writes them in creation order.</summary>
internal sealed class TruthLog
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public List<TruthEntry> Leads { get; } = [];

    public List<TruthEntry> Decoys { get; } = [];

    public static TruthEntry Entry(string model, string subjectKey, string role, string name, string note, string? decoyKind = null, string? decisiveFact = null) => new()
    {
        DecisiveFact = decisiveFact,
        ModelId = model,
        SubjectKey = subjectKey,
        Role = role,
        Name = name,
        Note = note,
        DecoyKind = decoyKind,
        Evidence = new SortedDictionary<string, List<string>>(StringComparer.Ordinal),
    };

    public static void Cite(TruthEntry entry, string dataset, string key)
    {
        if (!entry.Evidence.TryGetValue(dataset, out var keys))
        {
            keys = [];
            entry.Evidence[dataset] = keys;
        }

        if (!keys.Contains(key, StringComparer.Ordinal))
        {
            keys.Add(key);
        }
    }

    public static async Task WriteAsync(string path, IEnumerable<TruthEntry> entries, CancellationToken ct)
    {
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var entry in entries)
        {
            ct.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(JsonSerializer.Serialize(entry, Json)).ConfigureAwait(false);
        }
    }
}
