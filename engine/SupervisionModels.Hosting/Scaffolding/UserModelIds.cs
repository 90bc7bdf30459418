using System.Globalization;
using System.Text.RegularExpressions;

namespace SupervisionModels.Hosting.Scaffolding;

/// <summary>
/// The id convention of user models: <c>USR</c> and four digits (<c>USR0001</c>). Built-in models own <c>SM</c>, so a
/// user model can never collide with a model a later release adds; a team sharing plugins across offices may pick
/// its own prefix of 2–4 capitals instead (<c>BJ0001</c>, <c>HDQ0001</c>), which the loader accepts as well.
/// </summary>
public static partial class UserModelIds
{
    /// <summary>The prefix of scaffolded user models.</summary>
    public const string Prefix = "USR";

    /// <summary>
    /// The next free user id for a plugin created in <paramref name="pluginDirectory"/>: one more than the highest
    /// <c>USR</c> id written in the C# files of its sibling plugin folders (the <c>plugins/&lt;model&gt;/</c> layout),
    /// so that models scaffolded side by side get distinct ids. Only the parent folder and each sibling's own files are
    /// read, so a folder created somewhere large (a home directory) does not trigger a deep scan.
    /// </summary>
    public static string Next(string pluginDirectory)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(pluginDirectory)));
        var highest = 0;
        if (parent is not null && Directory.Exists(parent))
        {
            var files = Directory.EnumerateFiles(parent, "*.cs")
                .Concat(Directory.EnumerateDirectories(parent).SelectMany(d => Directory.EnumerateFiles(d, "*.cs")));
            foreach (var file in files)
            {
                foreach (Match match in IdLiteral().Matches(File.ReadAllText(file)))
                {
                    highest = Math.Max(highest, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
                }
            }
        }

        if (highest >= 9999)
        {
            throw new ScaffoldException($"every {Prefix} id up to {Prefix}9999 is taken next to {pluginDirectory}; pass an id explicitly.");
        }

        return Prefix + (highest + 1).ToString("D4", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("\"USR(\\d{4})\"")]
    private static partial Regex IdLiteral();
}
