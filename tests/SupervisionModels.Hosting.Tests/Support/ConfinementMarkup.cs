using System.Text;
using System.Text.RegularExpressions;

namespace SupervisionModels.Hosting.Tests.Support;

/// <summary>An expected refusal: the id at a 1-based line and column.</summary>
public sealed record ExpectedRefusal(string Id, int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}: {Id}";
}

/// <summary>
/// Source with Roslyn-test-style markup: <c>{|SMP0002:ReadAllText|}</c> marks the span where that id is expected.
/// <see cref="Parse"/> strips the markup and returns the plain source with each marker's line and column.
/// </summary>
public static partial class ConfinementMarkup
{
    public static (string Source, IReadOnlyList<ExpectedRefusal> Expected) Parse(string markup)
    {
        var source = new StringBuilder();
        var expected = new List<ExpectedRefusal>();
        var last = 0;
        foreach (Match m in Marker().Matches(markup))
        {
            source.Append(markup, last, m.Index - last);
            var (line, column) = Position(source);
            expected.Add(new ExpectedRefusal(m.Groups["id"].Value, line, column));
            source.Append(m.Groups["text"].Value);
            last = m.Index + m.Length;
        }

        source.Append(markup, last, markup.Length - last);
        return (source.ToString(), expected);
    }

    /// <summary>The refusals in a load error message list, as <c>line:col: SMPxxxx</c> for the file <paramref name="path"/>.</summary>
    public static IReadOnlyList<ExpectedRefusal> Refusals(IEnumerable<string> messages, string path) =>
        messages
            .Select(m => Reported().Match(m))
            .Where(m => m.Success && m.Groups["path"].Value == path)
            .Select(m => new ExpectedRefusal(m.Groups["id"].Value, int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();

    private static (int Line, int Column) Position(StringBuilder text)
    {
        var s = text.ToString();
        var lineStart = s.LastIndexOf('\n') + 1;
        return (s.Count(c => c == '\n') + 1, s.Length - lineStart + 1);
    }

    [GeneratedRegex(@"\{\|(?<id>SMP\d{4}):(?<text>.*?)\|\}", RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?<path>.+):(?<line>\d+):(?<col>\d+): error (?<id>SMP\d{4}): ")]
    private static partial Regex Reported();
}
