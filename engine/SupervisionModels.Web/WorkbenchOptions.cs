using SupervisionModels.Hosting.Catalog;

namespace SupervisionModels.Web;

/// <summary>What the workbench serves: a data folder, a lead book, the models, and how a run is started.</summary>
public sealed record WorkbenchOptions
{
    /// <summary>The data folder runs read (one folder of Parquet files per dataset).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The lead book: a SQLite file or a PostgreSQL connection string (default DATA/.supervise/leads.db).</summary>
    public string? Database { get; init; }

    /// <summary>Where to listen; loopback by default, so nothing is reachable from another machine unless asked for.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>The first administrator's password, used only while the book has no account (SUPERVISE_ADMIN_PASSWORD).</summary>
    public string? AdminPassword { get; init; }

    /// <summary>The first administrator's user name.</summary>
    public string AdminUserName { get; init; } = "admin";

    /// <summary>The models of the 模型超市 and of the runs.</summary>
    public IReadOnlyList<LoadedModel> Models { get; init; } = [];

    /// <summary>Starts runs (the CLI's pipeline); null when this host cannot run models.</summary>
    public IRunLauncher? Runner { get; init; }
}

/// <summary>Runs the models over a data folder and writes the leads file and its run record, reporting progress lines.</summary>
public interface IRunLauncher
{
    /// <summary>Runs every enabled model over <paramref name="dataDirectory"/> into <paramref name="leadsPath"/>.</summary>
    Task RunAsync(string dataDirectory, string leadsPath, Action<string> progress, CancellationToken cancellationToken);
}

/// <summary>The workbench cannot start as configured (no account and no first admin password, say); the message says why.</summary>
public sealed class WorkbenchSetupException(string message) : Exception(message);
