using System.Collections.Frozen;
using System.Text.Json;
using SupervisionModels.Text.Evaluation;

namespace SupervisionModels.Text.Data;

/// <summary>
/// The real Chinese legal texts (<c>tests/Fixtures/legal-texts/*.jsonl</c>), and how they label each model's
/// classifier. Their categories come from keyword rules, so the labels are noisy. There is no real nitrous-oxide text:
/// the substances category is almost all harbouring-drug-use judgments about methamphetamine and heroin, which are
/// exactly what SM0002 must <em>not</em> take, so for SM0002 they are irrelevant examples (other-drug negatives) and
/// its relevant examples come from the generator alone.
/// </summary>
public static class LegalTextCorpus
{
    /// <summary>False litigation, loan disputes, plates and used cars: relevant to SM0001.</summary>
    public const string FalseLitigationCategory = "cat1_false_litigation_vehicle_loan";

    /// <summary>Harbouring drug use (methamphetamine, heroin…), chemicals, dangerous goods: irrelevant to SM0002, which is about nitrous oxide only.</summary>
    public const string SubstancesCategory = "cat2_n2o_chemicals_drugs_dangerous_goods";

    /// <summary>Victims who are disabled, poor, uncompensated or minors: relevant to SM0003.</summary>
    public const string VictimHardshipCategory = "cat3_victim_hardship_judicial_aid";

    /// <summary>Random cases with none of the categories' words: irrelevant to every model.</summary>
    public const string UnrelatedCategory = "negative_unrelated";

    /// <summary>The category whose texts are relevant to each model that has one (SM0002 has none).</summary>
    public static IReadOnlyDictionary<string, string> CategoryByModel { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SM0001"] = FalseLitigationCategory,
        ["SM0003"] = VictimHardshipCategory,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The categories whose texts are irrelevant to each model (beyond the others' categories on request).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> IrrelevantCategoriesByModel { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["SM0001"] = [UnrelatedCategory],
        ["SM0002"] = [SubstancesCategory, UnrelatedCategory],
        ["SM0003"] = [UnrelatedCategory],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Reads every <c>*.jsonl</c> file of <paramref name="directory"/>, files in ordinal name order, lines in file order.</summary>
    /// <exception cref="LabelledDataException">A line is not JSON or lacks <c>id</c>, <c>category</c> or <c>text</c>.</exception>
    public static async Task<IReadOnlyList<LegalText>> ReadAsync(string directory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The legal-texts folder {directory} does not exist.");
        }

        var texts = new List<LegalText>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            var lineNumber = 0;
            await foreach (var line in File.ReadLinesAsync(file, cancellationToken).ConfigureAwait(false))
            {
                lineNumber++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    texts.Add(Parse(file, lineNumber, line));
                }
            }
        }

        return texts;
    }

    /// <summary>
    /// The fixed split of the real texts into a training part and a held-out part, by a hash of each record's id (not
    /// its text or position): the same records are held out for every model, in every run and on every machine, so a
    /// shipped classifier trained on the training part is judged on texts it never saw.
    /// </summary>
    public static (IReadOnlyList<LegalText> Train, IReadOnlyList<LegalText> HeldOut) SplitById(IEnumerable<LegalText> texts, double heldOutFraction = DefaultHeldOutFraction, int seed = DefaultSplitSeed)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var train = new List<LegalText>();
        var heldOut = new List<LegalText>();
        foreach (var text in texts)
        {
            (DataSplit.IsHeldOut(text.Id, heldOutFraction, seed) ? heldOut : train).Add(text);
        }

        return (train, heldOut);
    }

    /// <summary>The share of the real texts <see cref="SplitById"/> holds out by default.</summary>
    public const double DefaultHeldOutFraction = 1.0 / 3;

    /// <summary>The seed of the default split (the one the shipped classifiers and the README's figures use).</summary>
    public const int DefaultSplitSeed = 20231;

    /// <summary>
    /// Labels the texts for <paramref name="modelId"/>: its category (if it has one) relevant, its irrelevant
    /// categories (<see cref="IrrelevantCategoriesByModel"/>) irrelevant, and the other models' categories left out,
    /// unless <paramref name="otherCategoriesAsIrrelevant"/> (measured: including them lowers the held-out AUC by about
    /// 0.01, since the keyword categories overlap, e.g. criminal cases over a loan dispute sit in the loans category).
    /// </summary>
    /// <exception cref="ArgumentException">The model has no category here.</exception>
    public static IReadOnlyList<LabelledText> Label(IEnumerable<LegalText> texts, string modelId, bool otherCategoriesAsIrrelevant = false)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        if (!IrrelevantCategoriesByModel.TryGetValue(modelId, out var irrelevant))
        {
            throw new ArgumentException($"No real-text category is relevant to {modelId}; known: {string.Join(", ", IrrelevantCategoriesByModel.Keys.Order(StringComparer.Ordinal))}.", nameof(modelId));
        }

        var relevant = CategoryByModel.GetValueOrDefault(modelId);
        var labelled = new List<LabelledText>();
        foreach (var text in texts)
        {
            var isRelevant = string.Equals(text.Category, relevant, StringComparison.Ordinal);
            var isIrrelevant = !isRelevant
                && (irrelevant.Contains(text.Category, StringComparer.Ordinal)
                    || (otherCategoriesAsIrrelevant && (CategoryByModel.Values.Contains(text.Category, StringComparer.Ordinal) || text.Category == SubstancesCategory)));
            if (isRelevant || isIrrelevant)
            {
                labelled.Add(new LabelledText(modelId, text.Text, isRelevant, LabelledTextKinds.Real, "real:" + text.SourceRepository));
            }
        }

        return labelled;
    }

    private static LegalText Parse(string file, int lineNumber, string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            return new LegalText(
                Required(root, "id", file, lineNumber),
                Required(root, "category", file, lineNumber),
                Required(root, "text", file, lineNumber),
                Optional(root, "domain") ?? "unknown",
                Optional(root, "record_kind") ?? "",
                Optional(root, "source_repo") ?? "unknown",
                MatchedWords(root));
        }
        catch (JsonException e)
        {
            throw new LabelledDataException(file, null, $"line {lineNumber} is not a JSON object ({e.Message}).", e);
        }
    }

    private static string[] MatchedWords(JsonElement root)
    {
        if (!root.TryGetProperty("subcategories", out var subcategories) || subcategories.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        return subcategories.EnumerateObject()
            .Where(rule => rule.Value.ValueKind == JsonValueKind.Array)
            .SelectMany(rule => rule.Value.EnumerateArray())
            .Where(word => word.ValueKind == JsonValueKind.String)
            .Select(word => word.GetString()!)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    private static string Required(JsonElement root, string field, string file, int lineNumber) =>
        Optional(root, field) ?? throw new LabelledDataException(file, field, $"line {lineNumber} has no string '{field}'.");

    private static string? Optional(JsonElement root, string field) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
