using System.Text.Json;

namespace SupervisionModels.Hosting.Settings;

/// <summary>A JSON value and the 1-based line it starts on (System.Text.Json's DOM does not keep positions).</summary>
internal abstract record JsonAt(int Line);

/// <summary>An object; members keep their order and duplicates, so that the settings reader can report them.</summary>
internal sealed record JsonObjectAt(int Line, IReadOnlyList<JsonMemberAt> Members) : JsonAt(Line);

/// <summary>A member of an object, on the line of its name.</summary>
internal sealed record JsonMemberAt(string Name, int Line, JsonAt Value);

/// <summary>An array.</summary>
internal sealed record JsonArrayAt(int Line, IReadOnlyList<JsonAt> Items) : JsonAt(Line);

/// <summary>A string, number, true, false or null. <paramref name="Text"/> is the unescaped string, or the literal token text.</summary>
internal sealed record JsonValueAt(int Line, JsonTokenType Kind, string Text) : JsonAt(Line)
{
    /// <summary>How a message shows the value: strings quoted, other tokens as written.</summary>
    public string Display => Kind == JsonTokenType.String ? JsonSerializer.Serialize(Text, JsonFormatting.Readable) : Text;
}

/// <summary>Reads JSON into <see cref="JsonAt"/> nodes with line numbers. Comments and trailing commas are allowed, as in most settings files.</summary>
internal static class LocatedJson
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Parses <paramref name="utf8"/>; throws <see cref="JsonException"/> (with its line) when it is not JSON.</summary>
    public static JsonAt Parse(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            // The reader's own message for this speaks of "isFinalBlock", which means nothing to the file's author.
            throw new JsonException("the file is empty.", null, 0, 0);
        }

        var lines = new LineIndex(utf8);
        var reader = new Utf8JsonReader(utf8, Options);

        // The input is final, so the read after the top-level value rejects anything that follows it.
        reader.Read();
        var root = ReadValue(ref reader, lines);
        reader.Read();
        return root;
    }

    private static JsonAt ReadValue(ref Utf8JsonReader reader, LineIndex lines)
    {
        var line = lines.LineOf(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = new List<JsonMemberAt>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameLine = lines.LineOf(reader.TokenStartIndex);
                    var name = reader.GetString()!;
                    reader.Read();
                    members.Add(new JsonMemberAt(name, nameLine, ReadValue(ref reader, lines)));
                }

                return new JsonObjectAt(line, members);
            case JsonTokenType.StartArray:
                var items = new List<JsonAt>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lines));
                }

                return new JsonArrayAt(line, items);
            case JsonTokenType.String:
                return new JsonValueAt(line, JsonTokenType.String, reader.GetString()!);
            default:
                // Numbers keep their text, so that "3" and "3.0" stay distinguishable for integer parameters.
                return new JsonValueAt(line, reader.TokenType, System.Text.Encoding.UTF8.GetString(reader.ValueSpan));
        }
    }

    /// <summary>Byte offset → 1-based line.</summary>
    private sealed class LineIndex
    {
        private readonly List<long> _starts = [0];

        public LineIndex(ReadOnlySpan<byte> utf8)
        {
            for (var i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public int LineOf(long offset)
        {
            var index = _starts.BinarySearch(offset);
            return (index >= 0 ? index : ~index - 1) + 1;
        }
    }
}

/// <summary>Serializer options for text people read: indented, and Chinese left as it is rather than escaped.</summary>
internal static class JsonFormatting
{
    // Relaxed escaping is meant for output that is not embedded in HTML; settings echoes and reports are plain JSON files.
    public static JsonSerializerOptions Readable { get; } = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
