using Microsoft.Data.Sqlite;
using Npgsql;

namespace SupervisionModels.LeadBook;

/// <summary>
/// Where a lead book lives, from the <c>--db</c> value: a connection string with <c>Host=</c> is PostgreSQL, anything
/// else a SQLite file.
/// </summary>
public sealed record LeadBookLocation
{
    /// <summary>The book's file beside a data directory when no <c>--db</c> is given.</summary>
    public const string DefaultRelativePath = ".supervise/leads.db";

    private LeadBookLocation(SqlDialect dialect, string connectionString, string display, string? filePath)
    {
        Dialect = dialect;
        ConnectionString = connectionString;
        Display = display;
        FilePath = filePath;
    }

    internal SqlDialect Dialect { get; }

    /// <summary>The provider's connection string.</summary>
    public string ConnectionString { get; }

    /// <summary>How messages name the book: the file, or host and database (never the password).</summary>
    public string Display { get; }

    /// <summary>The SQLite file, or null for PostgreSQL.</summary>
    public string? FilePath { get; }

    /// <summary>The database engine: SQLite or PostgreSQL.</summary>
    public string Engine => Dialect.Name;

    /// <summary>True for PostgreSQL.</summary>
    public bool IsPostgres => FilePath is null;

    /// <summary>The default book of a data directory: <c>DATA/.supervise/leads.db</c>.</summary>
    public static string DefaultFor(string dataDirectory) => Path.Combine(dataDirectory, ".supervise", "leads.db");

    /// <summary>Reads a <c>--db</c> value; a malformed PostgreSQL connection string is an error saying so.</summary>
    public static LeadBookLocation Parse(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (value.Contains("Host=", StringComparison.OrdinalIgnoreCase) || value.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            NpgsqlConnectionStringBuilder builder;
            try
            {
                builder = new NpgsqlConnectionStringBuilder(value);
            }
            catch (ArgumentException e)
            {
                throw new LeadBookException($"--db: not a valid PostgreSQL connection string: {e.Message}");
            }

            return new LeadBookLocation(SqlDialect.Postgres, builder.ConnectionString, $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}", null);
        }

        var path = Path.GetFullPath(value);
        var sqlite = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, DefaultTimeout = 30 };
        return new LeadBookLocation(SqlDialect.Sqlite, sqlite.ConnectionString, value, path);
    }
}
