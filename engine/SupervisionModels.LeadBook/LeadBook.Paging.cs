using System.Globalization;

namespace SupervisionModels.LeadBook;

/// <summary>How a page of leads is sorted.</summary>
public enum LeadSort
{
    /// <summary>Highest score first (then model, then id): the default.</summary>
    Score,

    /// <summary>Earliest due date first.</summary>
    DueDate,

    /// <summary>Most recently changed first.</summary>
    Updated,

    /// <summary>By model, then score.</summary>
    Model,
}

/// <summary>
/// One page of the lead list as the workbench shows it: filters (null means any), a sort and a page. The viewer's scope
/// (<see cref="VisibleTo"/>) limits the leads to those assigned to that user or still unassigned, for the 检察官 role.
/// </summary>
public sealed record LeadPageQuery
{
    public string? ModelId { get; init; }

    public string? Status { get; init; }

    public string? Assignee { get; init; }

    public double? MinScore { get; init; }

    /// <summary>Only leads assigned to this user or to nobody (null: no such limit).</summary>
    public string? VisibleTo { get; init; }

    /// <summary>Only leads of this department or of none (null: no such limit).</summary>
    public string? Department { get; init; }

    public LeadSort Sort { get; init; } = LeadSort.Score;

    /// <summary>0-based page.</summary>
    public int Page { get; init; }

    public int PageSize { get; init; } = 50;
}

/// <summary>A page of leads and how many match the filters in all.</summary>
public sealed record LeadPage(IReadOnlyList<BookLead> Leads, long Total);

/// <summary>How many leads one model has in one status.</summary>
public sealed record StatusCount(string ModelId, string Status, long Count);

/// <summary>The lead list for the workbench: filtered, sorted and paged in SQL, so a book of 100,000 leads reads one page.</summary>
public sealed partial class LeadBook
{
    /// <summary>One page of leads matching <paramref name="query"/>, with the total matching.</summary>
    public async Task<LeadPage> PageAsync(LeadPageQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var conditions = new List<string>();
        var parameters = new List<(string, object)>();
        void Where(string condition, string name, object? value)
        {
            if (value is not null)
            {
                conditions.Add(condition);
                parameters.Add((name, value));
            }
        }

        Where("model_id = @model", "@model", query.ModelId);
        Where("status = @status", "@status", query.Status);
        Where("assignee = @assignee", "@assignee", query.Assignee);
        Where("score >= @minScore", "@minScore", query.MinScore);
        Where("(assignee IS NULL OR assignee = @visibleTo)", "@visibleTo", query.VisibleTo);
        Where("(department_id IS NULL OR department_id = @department)", "@department", query.Department);
        var where = conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
        var order = query.Sort switch
        {
            LeadSort.DueDate => "due_date, score DESC, lead_id",
            LeadSort.Updated => "updated_at DESC, lead_id",
            LeadSort.Model => "model_id, score DESC, lead_id",
            _ => "score DESC, model_id, lead_id",
        };
        var size = Math.Clamp(query.PageSize, 1, 500);
        var offset = (long)Math.Max(0, query.Page) * size;

        await using var count = Sql.Command(connection, null, $"SELECT COUNT(*) FROM leads{where}");
        // The page's ids are found first, sorting only the narrow columns, then the page's rows are read: sorting whole
        // rows would carry every lead's JSON through the sort (measured: 0.3–2 s a page of a 100,000-lead book).
        await using var select = Sql.Command(connection, null,
            $"SELECT {LeadColumns} FROM leads WHERE lead_id IN (SELECT lead_id FROM leads{where} ORDER BY {order} LIMIT {size.ToString(CultureInfo.InvariantCulture)} OFFSET {offset.ToString(CultureInfo.InvariantCulture)}) ORDER BY {order}");
        foreach (var (name, value) in parameters)
        {
            Sql.Add(count, name, value);
            Sql.Add(select, name, value);
        }

        var total = Sql.Long(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
        var leads = new List<BookLead>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            leads.Add(ReadLead(reader));
        }

        return new LeadPage(leads, total);
    }

    /// <summary>How many leads each model has in each status (the dashboard's table).</summary>
    public async Task<IReadOnlyList<StatusCount>> StatusCountsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = Sql.Command(connection, null, "SELECT model_id, status, COUNT(*) FROM leads GROUP BY model_id, status ORDER BY model_id, status");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var counts = new List<StatusCount>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            counts.Add(new StatusCount(reader.GetString(0), reader.GetString(1), Sql.Long(reader.GetValue(2))));
        }

        return counts;
    }
}
