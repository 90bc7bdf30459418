using System.Data.Common;

namespace SupervisionModels.LeadBook;

/// <summary>
/// Applies the embedded SQL scripts (<c>Migrations/0001_….sql</c>, in name order) that the book has not yet recorded
/// in <c>schema_migrations</c>, all in one transaction: a book is at one schema version or the next, never between.
/// </summary>
internal static class Migrations
{
    private const string Prefix = "Migrations.";

    /// <summary>The scripts shipped, in order: (version, SQL).</summary>
    public static IReadOnlyList<(string Version, string Script)> Scripts { get; } = Load();

    public static async Task<IReadOnlyList<string>> ApplyAsync(DbConnection connection, SqlDialect dialect, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using (var create = Sql.Command(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await dialect.LockMigrationsAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var select = Sql.Command(connection, transaction, "SELECT version FROM schema_migrations"))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                applied.Add(reader.GetString(0));
            }
        }

        var now = new List<string>();
        foreach (var (version, script) in Scripts.Where(s => !applied.Contains(s.Version)))
        {
            await using (var run = Sql.Command(connection, transaction, script.Replace("{{identity}}", dialect.IdentityColumn, StringComparison.Ordinal)))
            {
                await run.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using var record = Sql.Command(connection, transaction, "INSERT INTO schema_migrations (version, applied_at) VALUES (@version, @at)");
            Sql.Add(record, "@version", version);
            Sql.Add(record, "@at", Sql.Time(clock.GetUtcNow()));
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            now.Add(version);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return now;
    }

    private static List<(string Version, string Script)> Load()
    {
        var assembly = typeof(Migrations).Assembly;
        var scripts = new List<(string, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            scripts.Add((Path.GetFileNameWithoutExtension(name[Prefix.Length..]), reader.ReadToEnd()));
        }

        return scripts;
    }
}
