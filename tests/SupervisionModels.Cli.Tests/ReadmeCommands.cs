using System.Text;

namespace SupervisionModels.Cli.Tests;

/// <summary>One command line of a README ```bash block: where it is, its words (comments dropped), and the
/// <c>supervise</c> arguments when it runs the CLI.</summary>
/// <param name="Line">The 1-based README line it starts on.</param>
/// <param name="Words">The shell words, quotes removed.</param>
/// <param name="CliArguments">The arguments after <c>supervise</c> or after <c>dotnet run --project engine/SupervisionModels.Cli --</c>; null for any other program.</param>
internal sealed record ReadmeCommand(int Line, IReadOnlyList<string> Words, IReadOnlyList<string>? CliArguments)
{
    /// <summary>The command as one line with single spaces, the way the test's list of commands not run names it.</summary>
    public string Text => string.Join(' ', Words);

    /// <summary>The verb (and sub-verb) of a CLI command: <c>run</c>, <c>datasets generate</c>, <c>models list</c>.</summary>
    public string? Verb => CliArguments switch
    {
        null or [] => null,
        [var group, var sub, ..] when group is "models" or "datasets" or "classifier" && !sub.StartsWith('-') => group + " " + sub,
        [var verb, ..] => verb,
    };
}

/// <summary>Reads the commands of every ```bash block of a Markdown page, the way a shell would split them.</summary>
internal static class ReadmeCommands
{
    private const string CliProject = "engine/SupervisionModels.Cli";

    public static IReadOnlyList<ReadmeCommand> Parse(string markdown)
    {
        var commands = new List<ReadmeCommand>();
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var inBash = false;
        var pending = new StringBuilder();
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!inBash)
            {
                inBash = line.Trim() == "```bash";
                continue;
            }

            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inBash = false;
                continue;
            }

            if (pending.Length == 0)
            {
                start = i + 1;
            }

            // A trailing backslash continues the command on the next line.
            if (line.EndsWith('\\'))
            {
                pending.Append(line.AsSpan(0, line.Length - 1)).Append(' ');
                continue;
            }

            pending.Append(line);
            var words = Words(pending.ToString(), start);
            pending.Clear();
            if (words.Count > 0)
            {
                commands.Add(new ReadmeCommand(start, words, CliArguments(words)));
            }
        }

        return commands;
    }

    /// <summary>The arguments a command passes to <c>supervise</c>, in either of the README's two forms.</summary>
    private static IReadOnlyList<string>? CliArguments(IReadOnlyList<string> words)
    {
        if (words[0] == "supervise")
        {
            return words.Skip(1).ToArray();
        }

        if (words is ["dotnet", "run", ..])
        {
            var separator = words.ToList().IndexOf("--");
            var project = words.ToList().IndexOf("--project");
            var path = project > 0 && project + 1 < separator ? words[project + 1].TrimEnd('/') : null;
            if (path is CliProject or CliProject + "/SupervisionModels.Cli.csproj")
            {
                return words.Skip(separator + 1).ToArray();
            }
        }

        return null;
    }

    /// <summary>Shell words: split on blanks, '…' and "…" quoted, a # that starts a word begins a comment.</summary>
    private static List<string> Words(string line, int lineNumber)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in line)
        {
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }

                continue;
            }

            if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                Flush();
            }
            else if (c == '#' && !inWord)
            {
                break;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (quote is not null)
        {
            throw new FormatException($"README.md:{lineNumber}: a quote is not closed in '{line}'.");
        }

        Flush();
        return words;

        void Flush()
        {
            if (inWord)
            {
                words.Add(word.ToString());
                word.Clear();
                inWord = false;
            }
        }
    }
}
