using System.Data.Common;

namespace SupervisionModels.LeadBook;

/// <summary>
/// The import's statements, sent to the database in batches of <see cref="SqlDialect.ImportBatchSize"/> where the
/// provider batches (PostgreSQL: one round trip per batch instead of one per statement, which is what an import of
/// 100,000 leads spent its time on), one by one otherwise (SQLite runs in the process: a statement costs no round trip).
/// The commands given are templates: their text and current parameter values are copied, so the caller may set the
/// next values at once. Everything runs in the import's transaction; a failing statement fails the flush, and the
/// import with it.
/// </summary>
internal sealed class StatementBatch(DbConnection connection, DbTransaction transaction, int size) : IAsyncDisposable
{
    private DbBatch? batch;

    /// <summary>Runs <paramref name="command"/> with its current values now, or queues a copy for the next flush.</summary>
    public async Task RunAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (size <= 1 || !connection.CanCreateBatch)
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        if (batch is null)
        {
            batch = connection.CreateBatch();
            batch.Transaction = transaction;
        }

        var copy = batch.CreateBatchCommand();
        copy.CommandText = command.CommandText;
        foreach (DbParameter parameter in command.Parameters)
        {
            var value = copy.CreateParameter();
            value.ParameterName = parameter.ParameterName;
            value.DbType = parameter.DbType;
            value.Value = parameter.Value;
            copy.Parameters.Add(value);
        }

        batch.BatchCommands.Add(copy);
        if (batch.BatchCommands.Count >= size)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends the queued statements; call before anything that reads what they write.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (batch is null)
        {
            return;
        }

        var sending = batch;
        batch = null;
        await using (sending.ConfigureAwait(false))
        {
            if (sending.BatchCommands.Count > 0)
            {
                await sending.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (batch is not null)
        {
            await batch.DisposeAsync().ConfigureAwait(false); // not sent: the import failed before its flush
            batch = null;
        }
    }
}
