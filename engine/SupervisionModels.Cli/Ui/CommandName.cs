namespace SupervisionModels.Cli.Ui;

/// <summary>
/// The command the user ran supervise with, so that every hint the CLI prints can be pasted as it is:
/// <c>supervise</c> for the installed tool or a published copy, <c>dotnet run --project engine/SupervisionModels.Cli --</c>
/// when it runs from the source tree's build output (which is where <c>dotnet run</c> starts it).
/// </summary>
public static class CommandName
{
    /// <summary>The name of the installed tool and of the published program.</summary>
    public const string Tool = "supervise";

    /// <summary>The project file whose build output, found above the program, means "run from source".</summary>
    private const string ProjectFile = "SupervisionModels.Cli.csproj";

    /// <summary>The command for this process: decided once from where the program lies and the working folder.</summary>
    public static string Current { get; } = For(AppContext.BaseDirectory, Directory.GetCurrentDirectory());

    /// <summary>
    /// The command for a program in <paramref name="programDirectory"/> started from <paramref name="workingDirectory"/>:
    /// under a <c>bin</c> folder of the CLI project it is <c>dotnet run --project DIR --</c>, DIR relative to the working
    /// folder when inside it; anywhere else (a tool store, a publish folder) it is <c>supervise</c>.
    /// </summary>
    public static string For(string programDirectory, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(programDirectory);
        ArgumentNullException.ThrowIfNull(workingDirectory);
        for (var dir = new DirectoryInfo(programDirectory); dir?.Parent is { } parent; dir = parent)
        {
            if (string.Equals(dir.Name, "bin", StringComparison.Ordinal) && File.Exists(Path.Combine(parent.FullName, ProjectFile)))
            {
                return $"dotnet run --project {Shown(parent.FullName, workingDirectory)} --";
            }
        }

        return Tool;
    }

    private static string Shown(string projectDirectory, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, projectDirectory);
        if (relative == ".")
        {
            return ".";
        }

        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? projectDirectory
            : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
