using System.Data.Common;

namespace SupervisionModels.LeadBook;

/// <summary>Reading the book: one lead, a filtered list, a lead's history.</summary>
public sealed partial class LeadBook
{
    private const string LeadColumns = """
        lead_id, model_id, model_version, subject_key, subject_name, subject_kind, subject_role, score, lead_rank, rule_ids, evidence_count,
        status, outcome, outcome_reason, referred_to, assignee, department_id, due_date, has_new_evidence, missing_from_latest_run,
        first_seen_at, last_seen_at, closed_at, version, updated_by, updated_at, lead_json
        """;

    /// <summary>One lead, or null when the book has none with that id.</summary>
    public Task<BookLead?> GetAsync(string leadId, CancellationToken cancellationToken = default) => ReadAsync(leadId, null, cancellationToken);

    /// <summary>The leads matching a query, by model, then score (highest first), then id.</summary>
    public async Task<IReadOnlyList<BookLead>> ListAsync(LeadQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var conditions = new List<string>();
        await using var command = Sql.Command(connection, null, "");
        if (query.Status is not null)
        {
            conditions.Add("status = @status");
            Sql.Add(command, "@status", query.Status);
        }

        if (query.ModelId is not null)
        {
            conditions.Add("model_id = @model");
            Sql.Add(command, "@model", query.ModelId);
        }

        if (query.Assignee is not null)
        {
            conditions.Add("assignee = @assignee");
            Sql.Add(command, "@assignee", query.Assignee);
        }

        var where = conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
        var limit = query.Limit is { } n ? " LIMIT " + n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        command.CommandText = $"SELECT {LeadColumns} FROM leads{where} ORDER BY model_id, score DESC, lead_id{limit}";
        var leads = new List<BookLead>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            leads.Add(ReadLead(reader));
        }

        return leads;
    }

    /// <summary>A lead's events, oldest first.</summary>
    public async Task<IReadOnlyList<LeadEvent>> HistoryAsync(string leadId, CancellationToken cancellationToken = default)
    {
        await using var command = Sql.Command(connection, null,
            "SELECT event_id, lead_id, at, actor, kind, old_value, new_value, note, run_id FROM lead_events WHERE lead_id = @id ORDER BY event_id");
        Sql.Add(command, "@id", leadId);
        var events = new List<LeadEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(new LeadEvent(
                Sql.Long(reader.GetValue(0)), reader.GetString(1), Sql.ParseTime(reader.GetString(2)), reader.GetString(3), reader.GetString(4),
                Sql.NullableString(reader, 5), Sql.NullableString(reader, 6), Sql.NullableString(reader, 7), reader.IsDBNull(8) ? null : Sql.Long(reader.GetValue(8))));
        }

        return events;
    }

    /// <summary>How many leads the book holds.</summary>
    public Task<long> CountAsync(CancellationToken cancellationToken = default) => ScalarAsync("SELECT COUNT(*) FROM leads", cancellationToken);

    /// <summary>How many runs have been imported.</summary>
    public Task<long> RunCountAsync(CancellationToken cancellationToken = default) => ScalarAsync("SELECT COUNT(*) FROM runs", cancellationToken);

    private async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, null, sql);
        return Sql.Long(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
    }

    private async Task<BookLead?> ReadAsync(string leadId, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, $"SELECT {LeadColumns} FROM leads WHERE lead_id = @id");
        Sql.Add(command, "@id", leadId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadLead(reader) : null;
    }

    private static BookLead ReadLead(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6),
        r.GetDouble(7), Sql.Int(r, 8), r.GetString(9).Split(',', StringSplitOptions.RemoveEmptyEntries), Sql.Int(r, 10),
        r.GetString(11), Sql.NullableString(r, 12), Sql.NullableString(r, 13), Sql.NullableString(r, 14), Sql.NullableString(r, 15),
        Sql.NullableString(r, 16), Sql.NullableString(r, 17), Sql.Int(r, 18) == 1, Sql.Int(r, 19) == 1,
        Sql.ParseTime(r.GetString(20)), Sql.ParseTime(r.GetString(21)), r.IsDBNull(22) ? null : Sql.ParseTime(r.GetString(22)),
        Sql.Int(r, 23), r.GetString(24), Sql.ParseTime(r.GetString(25)))
    {
        LeadJsonText = r.GetString(26),
    };
}
