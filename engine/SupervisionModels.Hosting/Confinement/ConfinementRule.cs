namespace SupervisionModels.Hosting.Confinement;

/// <summary>
/// One kind of API a plugin may not use, with its stable id (<c>SMP0001…</c>, never renumbered or reused) and the
/// anchor of its help page. Reported like an analyzer error: the plugin does not load.
/// </summary>
/// <param name="Id">The stable id.</param>
/// <param name="Category">What the API does, as the message names it ("file system and console").</param>
/// <param name="Why">One sentence on why plugins may not do it.</param>
public sealed record ConfinementRule(string Id, string Category, string Why)
{
    /// <summary>The help page of every id, one section per id, relative to the repository root.</summary>
    public const string HelpPage = "models/docs/plugins/README.md";

    /// <summary>The link printed in each message: the page and this id's anchor.</summary>
    public string HelpLink => $"{HelpPage}#{Id.ToLowerInvariant()}";
}

/// <summary>The catalogue of plugin confinement ids; a test checks that each has its section on the help page.</summary>
public static class ConfinementRules
{
    /// <summary>Anything not on the allow-list that no more specific id covers (the allow-list, not a deny-list, decides).</summary>
    public static ConfinementRule NotAllowed { get; } = new("SMP0001", "not on the plugin allow-list", "plugins may use the plugin API, the dataset records, collections, LINQ, strings, math, dates, regular expressions and globalization only");

    /// <summary>System.IO and System.Console.</summary>
    public static ConfinementRule FileSystem { get; } = new("SMP0002", "file system and console", "the engine reads the datasets and writes every output; a model that reads or writes files escapes the run record and the audit");

    /// <summary>System.Net.</summary>
    public static ConfinementRule Network { get; } = new("SMP0003", "network", "supervision data must not leave the machine, and a run must not depend on another one");

    /// <summary>System.Diagnostics.Process.</summary>
    public static ConfinementRule Process { get; } = new("SMP0004", "processes", "a started process runs with the rights of the person running supervise, outside every check");

    /// <summary>System.Environment (other than NewLine), AppContext.</summary>
    public static ConfinementRule Environment { get; } = new("SMP0005", "environment", "environment variables, user names and machine names are not model inputs, and leads must not depend on them");

    /// <summary>System.Reflection, Type members, object.GetType, Activator, dynamic, load contexts, methods found by name.</summary>
    public static ConfinementRule Reflection { get; } = new("SMP0006", "reflection", "reflection reaches every API by name, around this allow-list");

    /// <summary><c>unsafe</c>, pointers, <c>fixed</c>, System.Runtime.CompilerServices.Unsafe.</summary>
    public static ConfinementRule Unsafe { get; } = new("SMP0007", "unsafe code", "pointers read and write any memory of the process, the engine's included");

    /// <summary>P/Invoke (DllImport, LibraryImport, extern), function pointers, System.Runtime.InteropServices.</summary>
    public static ConfinementRule NativeCode { get; } = new("SMP0008", "native code (P/Invoke, function pointers)", "native code runs outside the runtime's checks and can do anything the process can");

    /// <summary>System.Threading and System.Threading.Tasks.</summary>
    public static ConfinementRule Threads { get; } = new("SMP0009", "threads and tasks", "the engine schedules the work and enforces the time limit; code left running on a thread of its own escapes both");

    /// <summary>System.GC, Marshal, GCHandle, memory marshalling.</summary>
    public static ConfinementRule Memory { get; } = new("SMP0010", "garbage collector and memory marshalling", "the collector and raw memory belong to the engine, which runs every model in one process");

    /// <summary>Environment.Exit and FailFast.</summary>
    public static ConfinementRule Exit { get; } = new("SMP0011", "ending the process (Environment.Exit)", "a model that ends the process ends the run with no output and, for Exit(0), a success code");

    /// <summary>Every id, in order.</summary>
    public static IReadOnlyList<ConfinementRule> All { get; } =
        [NotAllowed, FileSystem, Network, Process, Environment, Reflection, Unsafe, NativeCode, Threads, Memory, Exit];
}
