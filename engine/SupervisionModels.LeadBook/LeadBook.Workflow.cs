using System.Data.Common;
using System.Globalization;
using SupervisionModels.Runtime.Audit;

namespace SupervisionModels.LeadBook;

/// <summary>The workflow's changes: each reads the lead, checks it, writes it only if its version is unchanged, and records events, all in one transaction.</summary>
public sealed partial class LeadBook
{
    /// <summary>Moves a lead to another status (see <see cref="LeadWorkflow"/>); taking up an unassigned lead assigns it to the actor.</summary>
    public Task<BookLead> ChangeStatusAsync(string leadId, StatusChange change, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        string[] commandLine =
        [
            "leads", "status", leadId, change.Status, .. change.Outcome is { } o ? ["--outcome", o] : Array.Empty<string>(),
            .. change.Reason is { } r ? ["--reason", r] : Array.Empty<string>(), .. change.ReferredTo is { } t ? ["--to", t] : Array.Empty<string>(),
        ];
        return ChangeAsync("leads status", commandLine, leadId, actor, expectedVersion, lead =>
        {
            var (outcome, reason, referredTo) = LeadWorkflow.Check(lead.LeadId, lead.Status, change);
            var columns = new Dictionary<string, object?>
            {
                ["status"] = change.Status, ["outcome"] = outcome, ["outcome_reason"] = reason, ["referred_to"] = referredTo,
                ["closed_at"] = change.Status == LeadWorkflow.Closed ? Now() : null, ["has_new_evidence"] = 0,
            };
            var events = new List<(string, string?, string?, string?)> { ("status", lead.Status, change.Status, null) };
            if (outcome is not null || lead.Outcome is not null)
            {
                events.Add(("outcome", Describe(lead.Outcome, lead.OutcomeReason, lead.ReferredTo), Describe(outcome, reason, referredTo), null));
            }

            if (change.Status == LeadWorkflow.Investigating && lead.Assignee is null)
            {
                columns["assignee"] = actor; // self-assign on taking a lead up
                events.Add(("assignee", null, actor, null));
            }

            return (columns, events);
        }, cancellationToken);
    }

    /// <summary>
    /// Assigns a lead to a handler and, optionally, a department; neither may be changed on a closed lead. Once the book
    /// has a roster (<see cref="AddUserAsync"/>), the handler and the department must be on it.
    /// </summary>
    public async Task<BookLead> AssignAsync(string leadId, string assignee, string? department, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assignee);
        await CheckAssignmentAsync(leadId, assignee, department, cancellationToken).ConfigureAwait(false);
        string[] commandLine = ["leads", "assign", leadId, "--to", assignee, .. department is null ? Array.Empty<string>() : ["--department", department]];
        return await ChangeAsync("leads assign", commandLine, leadId, actor, expectedVersion, lead =>
        {
            RefuseClosed(lead, "assign");
            var columns = new Dictionary<string, object?> { ["assignee"] = assignee };
            var events = new List<(string, string?, string?, string?)> { ("assignee", lead.Assignee, assignee, null) };
            if (department is not null)
            {
                columns["department_id"] = department;
                events.Add(("department", lead.Department, department, null));
            }

            return (columns, events);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds a note to a lead's history.</summary>
    public Task<BookLead> AddNoteAsync(string leadId, string text, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return ChangeAsync("leads note", ["leads", "note", leadId], leadId, actor, expectedVersion, lead =>
        {
            RefuseClosed(lead, "add a note to");
            return (new Dictionary<string, object?> { ["has_new_evidence"] = 0 }, [("note", null, null, text.Trim())]);
        }, cancellationToken);
    }

    /// <summary>
    /// Suppresses one rule of a lead for the lead's subject (a known honest creditor, say), with a reason: later
    /// imports drop that rule for that subject. The lead itself is left as it is until the next import.
    /// </summary>
    public async Task<BookLead> SuppressAsync(string leadId, string ruleId, string reason, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new LeadBookException($"lead {leadId}: a suppression needs a reason (--reason).");
        }

        return await ChangeAsync("leads suppress", ["leads", "suppress", leadId, "--rule", ruleId, "--reason", reason.Trim()], leadId, actor, null, lead =>
        {
            RefuseClosed(lead, "suppress a rule of");
            if (!lead.RuleIds.Contains(ruleId, StringComparer.Ordinal))
            {
                throw new LeadBookException($"lead {leadId} has no rule {ruleId}; its rules: {string.Join(", ", lead.RuleIds)}.");
            }

            return (new Dictionary<string, object?>(), [("suppressed", null, $"{lead.ModelId} {ruleId} × {lead.SubjectKey}", reason.Trim())]);
        }, cancellationToken, async transaction =>
        {
            var lead = (await ReadAsync(leadId, transaction, cancellationToken).ConfigureAwait(false))!;
            await using var command = Sql.Command(connection, transaction, """
                INSERT INTO suppressions (model_id, rule_id, subject_key, reason, created_by, created_at) VALUES (@model, @rule, @subject, @reason, @actor, @now)
                ON CONFLICT (model_id, rule_id, subject_key) DO UPDATE SET reason = @reason, created_by = @actor, created_at = @now
                """);
            Sql.Add(command, "@model", lead.ModelId);
            Sql.Add(command, "@rule", ruleId);
            Sql.Add(command, "@subject", lead.SubjectKey);
            Sql.Add(command, "@reason", reason.Trim());
            Sql.Add(command, "@actor", actor);
            Sql.Add(command, "@now", Now());
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Claim-next: takes the highest-scoring (then oldest) unassigned 待核查 lead in the actor's scope (their department's
    /// leads and those of no department; every lead when the actor has no department), assigns it to them and moves it
    /// to 核查中. The lock is the UPDATE itself: it succeeds only while the lead is still unassigned at the version read,
    /// so two claimers never get the same lead; the loser goes on to the next. Null when nothing is left.
    /// </summary>
    public async Task<BookLead?> ClaimNextAsync(string actor, string? modelId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await CheckClaimerAsync(actor, cancellationToken).ConfigureAwait(false);
        var department = await DepartmentOfAsync(actor, cancellationToken).ConfigureAwait(false);
        for (var round = 0; round < 50; round++)
        {
            var candidates = new List<(string Id, int Version)>();
            var where = "status = @pending AND assignee IS NULL AND missing_from_latest_run = 0"
                + (modelId is null ? "" : " AND model_id = @model")
                + (department is null ? "" : " AND (department_id IS NULL OR department_id = @department)");
            await using (var select = Sql.Command(connection, null, $"SELECT lead_id, version FROM leads WHERE {where} ORDER BY score DESC, first_seen_at, lead_id LIMIT 16"))
            {
                Sql.Add(select, "@pending", LeadWorkflow.Pending);
                if (modelId is not null)
                {
                    Sql.Add(select, "@model", modelId);
                }

                if (department is not null)
                {
                    Sql.Add(select, "@department", department);
                }

                await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    candidates.Add((reader.GetString(0), Sql.Int(reader, 1)));
                }
            }

            if (candidates.Count == 0)
            {
                return null;
            }

            foreach (var (id, version) in candidates)
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                var now = Now();
                await using var claim = Sql.Command(connection, transaction, """
                    UPDATE leads SET assignee = @actor, status = @investigating, version = version + 1, updated_by = @actor, updated_at = @now
                    WHERE lead_id = @id AND version = @version AND assignee IS NULL AND status = @pending
                    """);
                Sql.Add(claim, "@actor", actor);
                Sql.Add(claim, "@investigating", LeadWorkflow.Investigating);
                Sql.Add(claim, "@pending", LeadWorkflow.Pending);
                Sql.Add(claim, "@now", now);
                Sql.Add(claim, "@id", id);
                Sql.Add(claim, "@version", version);
                if (await claim.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
                {
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    continue; // another claimer took it first
                }

                await InsertEventAsync(transaction, id, now, actor, "claim", null, actor, null, cancellationToken).ConfigureAwait(false);
                await InsertEventAsync(transaction, id, now, actor, "status", LeadWorkflow.Pending, LeadWorkflow.Investigating, null, cancellationToken).ConfigureAwait(false);
                var claimed = (await ReadAsync(id, transaction, cancellationToken).ConfigureAwait(false))!;
                await AuditAsync("leads claim", actor, id,
                    [new("leadId", id), new("version", I(claimed.Version)), new("assignee", "→ " + actor), new("status", $"{LeadWorkflow.Pending} → {LeadWorkflow.Investigating}")],
                    ["leads", "claim", "--user", actor, .. modelId is null ? Array.Empty<string>() : ["--model", modelId]], cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return claimed;
            }
        }

        throw new LeadConcurrencyException($"claim: every candidate lead was taken by other claimers in 50 rounds in {Location.Display}; try again.");
    }

    /// <summary>Registers a user (and their department) if new; an existing user's department is set when given.</summary>
    public async Task EnsureUserAsync(string user, string? department, CancellationToken cancellationToken = default)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var now = Now();
        if (department is not null)
        {
            await using var addDepartment = Sql.Command(connection, transaction,
                "INSERT INTO departments (department_id, name, created_at) VALUES (@id, @id, @now) ON CONFLICT (department_id) DO NOTHING");
            Sql.Add(addDepartment, "@id", department);
            Sql.Add(addDepartment, "@now", now);
            await addDepartment.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var addUser = Sql.Command(connection, transaction, department is null
            ? "INSERT INTO users (user_name, department_id, created_at) VALUES (@user, NULL, @now) ON CONFLICT (user_name) DO NOTHING"
            : "INSERT INTO users (user_name, department_id, created_at) VALUES (@user, @department, @now) ON CONFLICT (user_name) DO UPDATE SET department_id = @department");
        Sql.Add(addUser, "@user", user);
        Sql.Add(addUser, "@now", now);
        if (department is not null)
        {
            Sql.Add(addUser, "@department", department);
        }

        await addUser.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<string?> DepartmentOfAsync(string user, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, null, "SELECT department_id FROM users WHERE user_name = @user");
        Sql.Add(command, "@user", user);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? null : (string)value;
    }

    private static void RefuseClosed(BookLead lead, string action)
    {
        if (lead.Status == LeadWorkflow.Closed)
        {
            throw new LeadTransitionException(
                $"lead {lead.LeadId} is {LeadWorkflow.Closed} ({lead.Outcome}): closed leads are read-only; cannot {action} it until reopened (leads status {lead.LeadId} {LeadWorkflow.Investigating}).");
        }
    }

    private static string? Describe(string? outcome, string? reason, string? referredTo) =>
        outcome is null ? null : outcome + (referredTo is null ? "" : " → " + referredTo) + (reason is null ? "" : "：" + reason);

    private async Task<BookLead> ChangeAsync(
        string action,
        IReadOnlyList<string> commandLine,
        string leadId,
        string actor,
        int? expectedVersion,
        Func<BookLead, (Dictionary<string, object?> Columns, List<(string Kind, string? Old, string? New, string? Note)> Events)> decide,
        CancellationToken cancellationToken,
        Func<DbTransaction, Task>? alsoInTransaction = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var lead = await ReadAsync(leadId, transaction, cancellationToken).ConfigureAwait(false)
            ?? throw new LeadBookException($"no lead {leadId} in the lead book {Location.Display}.");
        if (expectedVersion is { } expected && expected != lead.Version)
        {
            throw Changed(lead, expected);
        }

        var (columns, events) = decide(lead);
        var now = Now();
        var assignments = string.Concat(columns.Keys.Select(c => $"{c} = @c_{c}, "));
        await using (var update = Sql.Command(connection, transaction,
            $"UPDATE leads SET {assignments}version = version + 1, updated_by = @actor, updated_at = @now WHERE lead_id = @id AND version = @version"))
        {
            foreach (var (column, value) in columns)
            {
                Sql.Add(update, "@c_" + column, value);
            }

            Sql.Add(update, "@actor", actor);
            Sql.Add(update, "@now", now);
            Sql.Add(update, "@id", lead.LeadId);
            Sql.Add(update, "@version", lead.Version);
            if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                var fresh = await ReadAsync(leadId, null, cancellationToken).ConfigureAwait(false);
                throw Changed(fresh ?? lead, lead.Version);
            }
        }

        foreach (var (kind, old, @new, note) in events)
        {
            await InsertEventAsync(transaction, lead.LeadId, now, actor, kind, old, @new, note, cancellationToken).ConfigureAwait(false);
        }

        if (alsoInTransaction is not null)
        {
            await alsoInTransaction(transaction).ConfigureAwait(false);
        }

        var changed = (await ReadAsync(leadId, transaction, cancellationToken).ConfigureAwait(false))!;
        await AuditAsync(action, actor, lead.LeadId,
            [new("leadId", lead.LeadId), new("version", I(changed.Version)), .. events.Select(e => new AuditDetail(e.Kind, e.Note ?? $"{e.Old ?? ""} → {e.New ?? ""}"))],
            commandLine, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed;
    }

    private static LeadConcurrencyException Changed(BookLead current, int expected) => new(
        $"lead {current.LeadId} was changed by {current.UpdatedBy} at {current.UpdatedAt.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)} " +
        $"(version {current.Version.ToString(CultureInfo.InvariantCulture)}, you had {expected.ToString(CultureInfo.InvariantCulture)}); reload it (leads show {current.LeadId}) and try again.");

    private async Task InsertEventAsync(DbTransaction transaction, string leadId, string now, string actor, string kind, string? old, string? @new, string? note, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction,
            "INSERT INTO lead_events (lead_id, at, actor, kind, old_value, new_value, note, run_id) VALUES (@id, @now, @actor, @kind, @old, @new, @note, NULL)");
        Sql.Add(command, "@id", leadId);
        Sql.Add(command, "@now", now);
        Sql.Add(command, "@actor", actor);
        Sql.Add(command, "@kind", kind);
        Sql.Add(command, "@old", old);
        Sql.Add(command, "@new", @new);
        Sql.Add(command, "@note", note);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
