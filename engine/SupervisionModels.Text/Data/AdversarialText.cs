using System.Text.Json;

namespace SupervisionModels.Text.Data;

/// <summary>
/// One hand-written adversarial text (<c>tests/Fixtures/adversarial/MODEL.jsonl</c>): a relevant text the keywords may
/// miss (paraphrase, slang) or an innocent text that uses them (a bank's loan suit, a licensed carrier, a suspect on
/// 低保). A test set: thresholds and training never look at it.
/// </summary>
/// <param name="Id">The text's id (<c>SM0002-A07</c>).</param>
/// <param name="ModelId">The model it tests.</param>
/// <param name="Label">True when the text is relevant to the model.</param>
/// <param name="Kind">What it tests: <c>relevant_paraphrase</c>, <c>relevant_slang</c>, <c>innocent_keyword</c>…</param>
/// <param name="Note">What the text is and why it is hard.</param>
/// <param name="Text">The text.</param>
public sealed record AdversarialText(string Id, string ModelId, bool Label, string Kind, string Note, string Text)
{
    /// <summary>Reads one JSONL file of adversarial texts (fields <c>id</c>, <c>model</c>, <c>label</c> 0/1, <c>kind</c>, <c>note</c>, <c>text</c>).</summary>
    /// <exception cref="LabelledDataException">A line is not JSON or lacks a field; the message names the file, the field and the line.</exception>
    public static async Task<IReadOnlyList<AdversarialText>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var texts = new List<AdversarialText>();
        var lineNumber = 0;
        await foreach (var line in File.ReadLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                string Field(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
                    ? v.GetString()!
                    : throw new LabelledDataException(path, name, $"line {lineNumber} has no string '{name}'.");
                var label = root.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.Number && l.GetInt32() is 0 or 1
                    ? l.GetInt32() == 1
                    : throw new LabelledDataException(path, "label", $"line {lineNumber}: 'label' must be 0 or 1.");
                texts.Add(new AdversarialText(Field("id"), Field("model"), label, Field("kind"), Field("note"), Field("text")));
            }
            catch (JsonException e)
            {
                throw new LabelledDataException(path, null, $"line {lineNumber} is not a JSON object ({e.Message}).", e);
            }
        }

        return texts;
    }
}
