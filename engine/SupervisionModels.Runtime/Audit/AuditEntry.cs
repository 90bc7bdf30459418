namespace SupervisionModels.Runtime.Audit;

/// <summary>
/// One line of the audit log: who did what, where, with which code and data, what came out and how it ended. Made
/// by a command (<see cref="ForCommand"/>) and completed by <see cref="AuditLog.AppendAsync"/>, which numbers it
/// and chains it to the entry before (<see cref="Seq"/>, <see cref="Prev"/>, <see cref="Hash"/>).
/// </summary>
public sealed record AuditEntry
{
    /// <summary>1 for the first entry of the log, then one more per entry; set by <see cref="AuditLog.AppendAsync"/>.</summary>
    public int Seq { get; init; }

    /// <summary>When the command ended, UTC, ISO 8601 (<c>2026-12-03T14:30:00.000Z</c>).</summary>
    public required string Time { get; init; }

    /// <summary>The OS user, or the one <c>--user</c> named (then <see cref="OsUser"/> keeps the OS user).</summary>
    public required string User { get; init; }

    /// <summary>The OS user running the process.</summary>
    public required string OsUser { get; init; }

    /// <summary>The machine's name.</summary>
    public required string Host { get; init; }

    /// <summary>The command (<c>run</c>, <c>report</c>, <c>explain</c>, or a workflow action such as <c>leads assign</c>).</summary>
    public required string Command { get; init; }

    /// <summary>The arguments as given.</summary>
    public IReadOnlyList<string> CommandLine { get; init; } = [];

    /// <summary>The working directory, against which relative paths in <see cref="CommandLine"/> resolve.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>The models that ran, with their versions and the hashes of their code.</summary>
    public IReadOnlyList<AuditModel> Models { get; init; } = [];

    /// <summary>The settings file in force, when there was one.</summary>
    public AuditFile? Settings { get; init; }

    /// <summary>The files read: each dataset's Parquet files, the leads file a report was made from.</summary>
    public IReadOnlyList<AuditFile> Inputs { get; init; } = [];

    /// <summary>The files written, with the hashes of what was written.</summary>
    public IReadOnlyList<AuditFile> Outputs { get; init; } = [];

    /// <summary>Leads per model that the command wrote or showed.</summary>
    public IReadOnlyList<AuditLeadCount> LeadCounts { get; init; } = [];

    /// <summary>True when personal data was shown unmasked (<c>--unmask</c>).</summary>
    public bool Unmasked { get; init; }

    /// <summary>What a workflow action did, in its own words (lead id, assignee, decision…); empty for the engine's commands.</summary>
    public IReadOnlyList<AuditDetail> Details { get; init; } = [];

    /// <summary>The process exit code: 0 success, 1 bad input, 2 internal error, 130 stopped.</summary>
    public int ExitCode { get; init; }

    /// <summary>The error message when the command failed.</summary>
    public string? Error { get; init; }

    /// <summary>The <see cref="Hash"/> of the entry before; null for the first entry.</summary>
    public string? Prev { get; init; }

    /// <summary>SHA-256 (lower-case hex) of this entry's canonical bytes (<see cref="AuditLog.CanonicalBytes"/>, with this field null).</summary>
    public string? Hash { get; init; }

    /// <summary>A new entry for <paramref name="command"/> run now by this process's user on this machine (or by <paramref name="user"/> when given).</summary>
    public static AuditEntry ForCommand(string command, IReadOnlyList<string> commandLine, string? user = null, TimeProvider? clock = null) => new()
    {
        Time = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        User = string.IsNullOrWhiteSpace(user) ? Environment.UserName : user,
        OsUser = Environment.UserName,
        Host = Environment.MachineName,
        Command = command,
        CommandLine = commandLine,
        WorkingDirectory = Directory.GetCurrentDirectory(),
    };
}

/// <summary>A model in an audit entry: its id, version, where its code came from and the hashes of that code.</summary>
/// <param name="Id">The model id (SM0001).</param>
/// <param name="Version">The model's version.</param>
/// <param name="Origin"><c>builtIn</c>, <c>pluginAssembly</c> or <c>sourceFolder</c>.</param>
/// <param name="Location">The assembly or folder the model came from.</param>
/// <param name="Code">The code files with their SHA-256: the built-in or plugin DLL; for a source plugin each .cs file.</param>
public sealed record AuditModel(string Id, string Version, string Origin, string Location, IReadOnlyList<AuditFile> Code);

/// <summary>A file in an audit entry.</summary>
/// <param name="Role">What the file was to the command: a dataset's name, <c>leads</c>, <c>runRecord</c>, <c>report</c>, <c>settings</c>, <c>code</c>.</param>
/// <param name="Path">Its full path.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Sha256">SHA-256 of its content, lower-case hex.</param>
public sealed record AuditFile(string Role, string Path, long Bytes, string Sha256);

/// <summary>The number of leads of one model.</summary>
public sealed record AuditLeadCount(string ModelId, int Leads);

/// <summary>One fact of a workflow action (<c>leadId</c> = SM0001-…, <c>assignee</c> = …).</summary>
public sealed record AuditDetail(string Name, string Value);
