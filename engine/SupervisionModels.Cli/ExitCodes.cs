namespace SupervisionModels.Cli;

/// <summary>The process exit codes of <c>supervise</c>.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Bad input or usage: a missing file, a wrong column, a settings or plugin error. The message says what.</summary>
    public const int BadInput = 1;

    /// <summary>A fault in supervise itself; please report it with the message.</summary>
    public const int InternalError = 2;

    /// <summary>Stopped by Ctrl-C; nothing half-written was left behind.</summary>
    public const int Cancelled = 130;
}

/// <summary>A user error the command line reports as it is, with exit code 1 (a missing option value, a bad path).</summary>
public sealed class UsageException(string message) : Exception(message);
