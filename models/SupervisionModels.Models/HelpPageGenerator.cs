using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SupervisionModels.BuiltIn;

/// <summary>
/// Writes the facts of a help page from the code, the way an analyzer package generates its rule tables: the Chinese
/// prose stays hand-written, and each section between <c>&lt;!-- generated:KIND --&gt;</c> and
/// <c>&lt;!-- /generated:KIND --&gt;</c> is replaced by what <see cref="HelpPageFacts"/> gives. Kinds:
/// <list type="bullet">
/// <item><c>params</c>: the parameter table (name, default, description);</item>
/// <item><c>lead</c>: the lead condition (minimum score, required rules);</item>
/// <item><c>rules</c>, optionally followed by rule ids or ranges in registration order (<c>rules D03..D15 S1..S9</c>):
/// a rule table (id, text, weight). Every registered rule belongs to exactly one rules section.</item>
/// </list>
/// A page must have all three, so that no parameter, rule or threshold is described only by hand.
/// </summary>
public static partial class HelpPageGenerator
{
    /// <summary>What a derive-only rule shows in the weight column.</summary>
    public const string DerivedWeight = "派生";

    [GeneratedRegex(@"^<!-- generated:(?<kind>[a-z]+)(?<args>(?: [^ ]+)*) -->$")]
    private static partial Regex StartMarker();

    [GeneratedRegex(@"^<!-- /generated:(?<kind>[a-z]+) -->$")]
    private static partial Regex EndMarker();

    /// <summary>True for the start or end marker line of a generated section.</summary>
    public static bool IsMarker(string line) => StartMarker().IsMatch(line) || EndMarker().IsMatch(line);

    /// <summary>
    /// <paramref name="page"/> with every generated section rewritten from <paramref name="facts"/>. Throws
    /// <see cref="HelpPageException"/> naming <paramref name="pageName"/> and the line for an unclosed or unknown
    /// section, an unknown rule id, a rule in two sections or in none, or a missing section kind.
    /// </summary>
    public static string Regenerate(string page, HelpPageFacts facts, string pageName)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(facts);
        var lines = page.ReplaceLineEndings("\n").Split('\n');
        var output = new StringBuilder();
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        var documented = new Dictionary<string, int>(StringComparer.Ordinal);

        for (var i = 0; i < lines.Length; i++)
        {
            Append(output, lines[i], i == lines.Length - 1);
            var start = StartMarker().Match(lines[i]);
            if (!start.Success)
            {
                if (lines[i].Contains("generated:", StringComparison.Ordinal))
                {
                    throw new HelpPageException(pageName, i + 1, $"'{lines[i]}' is not a section marker: write <!-- generated:KIND [ARGS] --> or <!-- /generated:KIND -->.");
                }

                continue;
            }

            var kind = start.Groups["kind"].Value;
            var args = start.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var end = Array.FindIndex(lines, i + 1, l => l.Contains("generated:", StringComparison.Ordinal));
            if (end < 0 || EndMarker().Match(lines[end]) is not { Success: true } m || m.Groups["kind"].Value != kind)
            {
                throw new HelpPageException(pageName, i + 1, $"the section '{kind}' is not closed by <!-- /generated:{kind} --> before the next marker or the end of the page.");
            }

            var body = kind switch
            {
                "params" when args.Length == 0 => Parameters(facts),
                "lead" when args.Length == 0 => Lead(facts),
                "rules" => Rules(facts, Select(facts, args, pageName, i + 1, documented)),
                "params" or "lead" => throw new HelpPageException(pageName, i + 1, $"the section '{kind}' takes no arguments."),
                _ => throw new HelpPageException(pageName, i + 1, $"unknown section '{kind}': use params, lead or rules."),
            };
            kinds.Add(kind);
            foreach (var line in body)
            {
                output.Append(line).Append('\n');
            }

            Append(output, lines[end], end == lines.Length - 1);
            i = end;
        }

        foreach (var required in new[] { "params", "lead", "rules" })
        {
            if (!kinds.Contains(required))
            {
                throw new HelpPageException(pageName, 0, $"no <!-- generated:{required} --> section: the page must show the code's {Name(required)}.");
            }
        }

        var missing = facts.Rules.Select(r => r.Id).Where(id => !documented.ContainsKey(id)).ToArray();
        if (missing.Length > 0)
        {
            throw new HelpPageException(pageName, 0, $"rule(s) {string.Join(", ", missing)} are in no <!-- generated:rules --> section; list them in one.");
        }

        return output.ToString();
    }

    private static void Append(StringBuilder output, string line, bool last)
    {
        output.Append(line);
        if (!last)
        {
            output.Append('\n');
        }
    }

    private static string Name(string kind) => kind switch
    {
        "params" => "parameters",
        "lead" => "lead condition",
        _ => "rules",
    };

    private static IEnumerable<string> Parameters(HelpPageFacts facts)
    {
        yield return "| 参数 | 默认值 | 说明 |";
        yield return "|---|---|---|";
        foreach (var p in facts.Parameters)
        {
            // Lower-case booleans, as a settings file writes them.
            var value = p.DefaultValue is bool b ? (b ? "true" : "false") : p.Format(p.DefaultValue);
            yield return $"| `{p.Name}` | {(value.Length == 0 ? "（空）" : Cell(value))} | {Cell(p.Description)} |";
        }
    }

    private static IEnumerable<string> Lead(HelpPageFacts facts)
    {
        var score = facts.MinScore.ToString("0.##", CultureInfo.InvariantCulture);
        var parameter = facts.MinScoreParameter is { } p ? $"（参数 `{p.Name}`）" : string.Empty;
        var required = facts.RequiredRules.Count == 0
            ? "没有每条线索都必须命中的规则"
            : facts.RequiredRules.Count == 1 ? $"且 {facts.RequiredRules[0]} 必须命中" : $"且 {string.Join("、", facts.RequiredRules)} 均须命中";
        yield return $"**线索条件**：主体的分值（命中规则权重之和，同一规则对同一主体只计一次）达到 {score}{parameter}，{required}。";
    }

    private static IEnumerable<string> Rules(HelpPageFacts facts, IReadOnlyList<DocumentedRule> rules)
    {
        yield return "| 规则 | 说明 | 权重 |";
        yield return "|---|---|---|";
        foreach (var r in rules)
        {
            var weight = r.Weight is { } w ? w.ToString("0.##", CultureInfo.InvariantCulture) : DerivedWeight;
            var id = facts.RequiredRules.Contains(r.Id) ? $"**{r.Id}**" : r.Id;
            yield return $"| {id} | {Cell(r.Description)} | {weight} |";
        }
    }

    /// <summary>The rules a section names (all when it names none), each recorded so that no rule is in two sections.</summary>
    private static IReadOnlyList<DocumentedRule> Select(HelpPageFacts facts, string[] args, string pageName, int line, Dictionary<string, int> documented)
    {
        var ids = facts.Rules.Select(r => r.Id).ToList();
        var selected = new List<DocumentedRule>();
        foreach (var arg in args.Length == 0 ? [ids[0] + ".." + ids[^1]] : args)
        {
            var range = arg.Split("..");
            var from = IndexOf(range[0]);
            var to = range.Length == 2 ? IndexOf(range[1]) : range.Length == 1 ? from : throw new HelpPageException(pageName, line, $"'{arg}' is not a rule id or a range ID..ID.");
            if (to < from)
            {
                throw new HelpPageException(pageName, line, $"the range '{arg}' runs backwards: {range[0]} is registered after {range[1]}.");
            }

            selected.AddRange(facts.Rules.Skip(from).Take(to - from + 1));
        }

        foreach (var rule in selected)
        {
            if (!documented.TryAdd(rule.Id, line))
            {
                throw new HelpPageException(pageName, line, $"rule {rule.Id} is already listed by the section on line {documented[rule.Id]}.");
            }
        }

        return selected;

        int IndexOf(string id) => ids.IndexOf(id) is >= 0 and var index
            ? index
            : throw new HelpPageException(pageName, line, $"{facts.Descriptor.Id} registers no rule '{id}' (its rules: {string.Join(" ", ids)}).");
    }

    /// <summary>A table cell: pipes escaped, line breaks folded, so that a description cannot break the table.</summary>
    private static string Cell(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
}

/// <summary>A help page whose generated sections cannot be written: the page, the line (0 for the whole page), and why.</summary>
public sealed class HelpPageException(string page, int line, string problem)
    : Exception(line > 0 ? $"{page}:{line}: {problem}" : $"{page}: {problem}")
{
    /// <summary>The page, as the caller named it.</summary>
    public string Page { get; } = page;

    /// <summary>The 1-based line of the marker at fault, or 0 when the problem is the page as a whole.</summary>
    public int Line { get; } = line;
}
