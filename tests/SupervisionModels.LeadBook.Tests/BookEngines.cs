using Npgsql;

namespace SupervisionModels.LeadBook.Tests;

/// <summary>
/// The lead book tests, run for SQLite always and for PostgreSQL when <c>SUPERVISE_TEST_POSTGRES</c> names a server
/// (<c>.ci/run</c> starts a throwaway one); each test gets a fresh, empty book.
/// </summary>
public sealed class SqliteLeadBookTests : LeadBookContract, IDisposable
{
    private readonly TempFolder folder = new();

    protected override Task<LeadBookLocation> NewBookAsync() =>
        Task.FromResult(LeadBookLocation.Parse(folder.Combine(".supervise", "leads.db")));

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_sqlite_book_is_in_wal_mode_in_the_folder_given()
    {
        var location = await NewBookAsync();
        await using var book = await LeadBook.OpenAsync(location, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(File.Exists(location.FilePath));
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(location.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }
}

/// <summary>The same tests on a real PostgreSQL server; skipped, with the reason, when none is configured.</summary>
public sealed class PostgresLeadBookTests : LeadBookContract, IAsyncDisposable
{
    public const string Variable = "SUPERVISE_TEST_POSTGRES";

    private readonly List<string> databases = [];

    protected override async Task<LeadBookLocation> NewBookAsync()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            Assert.Skip($"{Variable} is not set: no PostgreSQL server to test against (.ci/run starts one).");
        }

        var name = "leadbook_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        databases.Add(name);
        return LeadBookLocation.Parse(new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (databases.Count == 0 || admin is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync(CancellationToken.None); // cleanup runs even when the test was stopped
        foreach (var name in databases)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}
