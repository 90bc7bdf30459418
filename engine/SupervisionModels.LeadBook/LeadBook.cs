using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SupervisionModels.Leads;
using SupervisionModels.Runtime.Audit;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.LeadBook;

/// <summary>
/// The lead book (线索台账): leads kept across runs, worked through the workflow and closed with an outcome, in SQLite
/// or PostgreSQL. One instance holds one connection and is not for use from two threads at once; two processes (or two
/// instances) on the same book are safe: every change is one transaction and checked against the lead's version.
/// </summary>
public sealed partial class LeadBook : IAsyncDisposable
{
    private readonly DbConnection connection;
    private readonly LeadBookOptions options;

    private LeadBook(LeadBookLocation location, DbConnection connection, LeadBookOptions options, IReadOnlyList<string> migrationsApplied)
    {
        Location = location;
        this.connection = connection;
        this.options = options;
        MigrationsApplied = migrationsApplied;
    }

    /// <summary>Where the book is.</summary>
    public LeadBookLocation Location { get; }

    /// <summary>The migrations this open applied (empty when the schema was current).</summary>
    public IReadOnlyList<string> MigrationsApplied { get; }

    /// <summary>The schema versions shipped with this build, in order.</summary>
    public static IReadOnlyList<string> SchemaVersions { get; } = [.. Migrations.Scripts.Select(s => s.Version)];

    private string Now() => Sql.Time(options.Clock.GetUtcNow());

    /// <summary>Opens (creating a SQLite file and its folder when missing) and brings the schema up to date.</summary>
    public static async Task<LeadBook> OpenAsync(LeadBookLocation location, LeadBookOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        options ??= new LeadBookOptions();
        if (location.FilePath is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        }

        var connection = location.Dialect.CreateConnection(location.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await location.Dialect.ConfigureAsync(connection, cancellationToken).ConfigureAwait(false);
            var applied = await Migrations.ApplyAsync(connection, location.Dialect, options.Clock, cancellationToken).ConfigureAwait(false);
            return new LeadBook(location, connection, options, applied);
        }
        catch (DbException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new LeadBookException($"cannot open the lead book {location.Display}: {e.Message}", e);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The database's size on disk in bytes: the SQLite file after a WAL checkpoint, or pg_database_size.</summary>
    public Task<long> SizeAsync(CancellationToken cancellationToken = default) => Location.Dialect.SizeAsync(connection, cancellationToken);

    /// <summary>The schema versions recorded in <c>schema_migrations</c>.</summary>
    public async Task<IReadOnlyList<string>> AppliedSchemaVersionsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = Sql.Command(connection, null, "SELECT version FROM schema_migrations ORDER BY version");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var versions = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            versions.Add(reader.GetString(0));
        }

        return versions;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => connection.DisposeAsync();

    /// <summary>
    /// Puts a run's leads in the book, in one transaction (an import that fails or is stopped leaves the book as it
    /// was). A lead seen before keeps its state and history; its score and evidence are updated, and it is flagged
    /// 有新证据 when a record was added to its evidence. A lead of the run's models that the run did not find is flagged,
    /// never deleted. Suppressed rules (rule × subject) are dropped from the leads first, and a lead left with no rule is
    /// not imported.
    /// </summary>
    public async Task<ImportResult> ImportAsync(IEnumerable<Lead> leads, RunImport run, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(run);
        var now = Now();
        var today = options.Clock.GetUtcNow().UtcDateTime.Date;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        long runId;
        await using (var insertRun = Sql.Command(connection, transaction,
            "INSERT INTO runs (imported_at, imported_by, leads_file, leads_sha256, lead_count, model_ids, run_record_json) VALUES (@at, @by, @file, @sha, 0, @models, @record) RETURNING run_id"))
        {
            Sql.Add(insertRun, "@at", now);
            Sql.Add(insertRun, "@by", actor);
            Sql.Add(insertRun, "@file", run.LeadsFile);
            Sql.Add(insertRun, "@sha", run.LeadsSha256);
            Sql.Add(insertRun, "@models", string.Join(',', run.ModelIds));
            Sql.Add(insertRun, "@record", run.RunRecordJson);
            runId = Sql.Long(await insertRun.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
        }

        var suppressed = await SuppressionsAsync(transaction, cancellationToken).ConfigureAwait(false);
        var existing = await ExistingEvidenceAsync(transaction, cancellationToken).ConfigureAwait(false);

        await using var insert = Sql.Command(connection, transaction, """
            INSERT INTO leads (lead_id, model_id, model_version, subject_key, subject_name, subject_kind, subject_role, score, lead_rank,
                               rule_ids, evidence_count, lead_json, status, due_date, has_new_evidence, missing_from_latest_run,
                               first_run_id, last_run_id, first_seen_at, last_seen_at, version, updated_by, updated_at)
            VALUES (@id, @model, @modelVersion, @key, @name, @kind, @role, @score, @rank, @rules, @evidence, @json, @status, @due, 0, 0,
                    @run, @run, @now, @now, 1, @actor, @now)
            """);
        var insertParameters = AddLeadParameters(insert);
        var insertDue = Sql.Add(insert, "@due", "");
        Sql.Add(insert, "@status", LeadWorkflow.Pending);
        Sql.Add(insert, "@run", runId);
        Sql.Add(insert, "@now", now);
        Sql.Add(insert, "@actor", actor);

        await using var update = Sql.Command(connection, transaction, """
            UPDATE leads SET model_id = @model, model_version = @modelVersion, subject_key = @key, subject_name = @name, subject_kind = @kind, subject_role = @role, score = @score, lead_rank = @rank, rule_ids = @rules,
                             evidence_count = @evidence, lead_json = @json, has_new_evidence = CASE WHEN @grew = 1 THEN 1 ELSE has_new_evidence END,
                             missing_from_latest_run = 0, last_run_id = @run, last_seen_at = @now,
                             version = version + @changed, updated_by = CASE WHEN @changed = 1 THEN @actor ELSE updated_by END,
                             updated_at = CASE WHEN @changed = 1 THEN @now ELSE updated_at END
            WHERE lead_id = @id
            """);
        var updateParameters = AddLeadParameters(update);
        var updateGrew = Sql.Add(update, "@grew", 0);
        var updateChanged = Sql.Add(update, "@changed", 0); // a lead found again as it was keeps its version: nobody's edit is refused for it
        Sql.Add(update, "@run", runId);
        Sql.Add(update, "@now", now);
        Sql.Add(update, "@actor", actor);

        await using var insertEvent = Sql.Command(connection, transaction,
            "INSERT INTO lead_events (lead_id, at, actor, kind, old_value, new_value, note, run_id) VALUES (@id, @now, @actor, @kind, @old, @new, NULL, @run)");
        var eventLead = Sql.Add(insertEvent, "@id", "");
        var eventKind = Sql.Add(insertEvent, "@kind", "");
        var eventOld = Sql.Add(insertEvent, "@old", "");
        var eventNew = Sql.Add(insertEvent, "@new", "");
        Sql.Add(insertEvent, "@now", now);
        Sql.Add(insertEvent, "@actor", actor);
        Sql.Add(insertEvent, "@run", runId);

        await using var statements = new StatementBatch(connection, transaction, options.ImportBatchSize ?? Location.Dialect.ImportBatchSize);

        async Task EventAsync(string leadId, string kind, string? old, string? @new)
        {
            eventLead.Value = leadId;
            eventKind.Value = kind;
            eventOld.Value = (object?)old ?? DBNull.Value;
            eventNew.Value = (object?)@new ?? DBNull.Value;
            await statements.RunAsync(insertEvent, cancellationToken).ConfigureAwait(false);
        }

        int added = 0, seenAgain = 0, grewCount = 0, suppressedRules = 0, suppressedLeads = 0, count = 0;
        var perModel = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var original in leads)
        {
            cancellationToken.ThrowIfCancellationRequested();
            count++;
            perModel[original.ModelId] = perModel.GetValueOrDefault(original.ModelId) + 1;
            var (lead, dropped) = Suppress(original, suppressed);
            suppressedRules += dropped;
            if (lead is null)
            {
                suppressedLeads++;
                continue;
            }

            var evidenceKeys = EvidenceKeys(lead.Evidence);
            if (existing.TryGetValue(lead.LeadId, out var before))
            {
                var grew = evidenceKeys.Except(before.Keys).Any();
                SetLeadParameters(updateParameters, lead);
                var json = (string)updateParameters.Json.Value!;
                var sha = SHA256.HashData(Encoding.UTF8.GetBytes(json));
                updateGrew.Value = grew ? 1 : 0;
                updateChanged.Value = before.Missing || !sha.AsSpan().SequenceEqual(before.JsonSha256) ? 1 : 0;
                await statements.RunAsync(update, cancellationToken).ConfigureAwait(false);
                seenAgain++;
                if (grew)
                {
                    grewCount++;
                    await EventAsync(lead.LeadId, "有新证据", before.Keys.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), evidenceKeys.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).ConfigureAwait(false);
                }

                if (before.Missing)
                {
                    await EventAsync(lead.LeadId, "再次发现", "最近一次运行未再发现", null).ConfigureAwait(false);
                }

                if (Math.Abs(before.Score - lead.Score) > 1e-9)
                {
                    await EventAsync(lead.LeadId, "score", Format(before.Score), Format(lead.Score)).ConfigureAwait(false);
                }

                existing[lead.LeadId] = new ExistingLead(evidenceKeys, false, lead.Score, sha);
            }
            else
            {
                SetLeadParameters(insertParameters, lead);
                insertDue.Value = today.AddDays(options.DueDaysFor(lead.ModelId)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                await statements.RunAsync(insert, cancellationToken).ConfigureAwait(false);
                await EventAsync(lead.LeadId, "导入", null, LeadWorkflow.Pending).ConfigureAwait(false);
                existing[lead.LeadId] = new ExistingLead(evidenceKeys, false, lead.Score, SHA256.HashData(Encoding.UTF8.GetBytes((string)insertParameters.Json.Value!)));
                added++;
            }
        }

        await statements.FlushAsync(cancellationToken).ConfigureAwait(false); // the flagging below reads the leads just written
        var noLongerFound = await FlagNotFoundAsync(transaction, runId, run.ModelIds, now, actor, cancellationToken).ConfigureAwait(false);

        await using (var setCount = Sql.Command(connection, transaction, "UPDATE runs SET lead_count = @count WHERE run_id = @run"))
        {
            Sql.Add(setCount, "@count", count);
            Sql.Add(setCount, "@run", runId);
            await setCount.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var result = new ImportResult(runId, added, seenAgain, grewCount, noLongerFound, suppressedRules, suppressedLeads);
        await AuditAsync("leads import", actor, null,
            [
                new("runId", I(runId)), new("leadsFile", run.LeadsFile), .. run.LeadsSha256 is { } leadsSha ? [new AuditDetail("leadsSha256", leadsSha)] : Array.Empty<AuditDetail>(),
                new("leads", I(count)), new("added", I(added)), new("seenAgain", I(seenAgain)), new("withNewEvidence", I(grewCount)),
                new("noLongerFound", I(noLongerFound)), new("suppressedRules", I(suppressedRules)), new("suppressedLeads", I(suppressedLeads)),
            ],
            ["leads", "import", "--leads", run.LeadsFile], cancellationToken, [.. perModel.Select(p => new AuditLeadCount(p.Key, p.Value))]).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static string I(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Reports a change to the audit sink, if any, inside the change's transaction (before its commit): an entry that
    /// cannot be written stops the change, so that no change is left out of the audit log.
    /// </summary>
    private async Task AuditAsync(string action, string actor, string? leadId, IReadOnlyList<AuditDetail> details, IReadOnlyList<string> commandLine,
        CancellationToken cancellationToken, IReadOnlyList<AuditLeadCount>? leadCounts = null)
    {
        if (options.Audit is not { } sink)
        {
            return;
        }

        var change = new LeadBookChange(action, actor, options.Clock.GetUtcNow(), Location.Display, leadId, details, commandLine) { LeadCounts = leadCounts ?? [] };
        try
        {
            await sink.RecordAsync(change, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AuditLogException or IOException or UnauthorizedAccessException)
        {
            throw new LeadBookException($"{action}{(leadId is null ? "" : " " + leadId)}: not done, as the audit log cannot be written: {e.Message}", e);
        }
    }

    private static string Format(double value) => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<int> FlagNotFoundAsync(DbTransaction transaction, long runId, IReadOnlyList<string> modelIds, string now, string actor, CancellationToken cancellationToken)
    {
        if (modelIds.Count == 0)
        {
            return 0;
        }

        var names = string.Join(", ", modelIds.Select((_, i) => "@m" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var condition = $"model_id IN ({names}) AND last_run_id <> @run AND missing_from_latest_run = 0";

        void AddCondition(DbCommand command)
        {
            for (var i = 0; i < modelIds.Count; i++)
            {
                Sql.Add(command, "@m" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), modelIds[i]);
            }

            Sql.Add(command, "@run", runId);
            Sql.Add(command, "@now", now);
            Sql.Add(command, "@actor", actor);
        }

        // The events first, from the same condition, so each flagged lead has its entry in the history.
        await using (var events = Sql.Command(connection, transaction,
            $"INSERT INTO lead_events (lead_id, at, actor, kind, old_value, new_value, note, run_id) SELECT lead_id, @now, @actor, '最近一次运行未再发现', NULL, NULL, NULL, @run FROM leads WHERE {condition}"))
        {
            AddCondition(events);
            await events.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var flag = Sql.Command(connection, transaction,
            $"UPDATE leads SET missing_from_latest_run = 1, version = version + 1, updated_by = @actor, updated_at = @now WHERE {condition}");
        AddCondition(flag);
        return await flag.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed record ExistingLead(HashSet<string> Keys, bool Missing, double Score, byte[] JsonSha256);

    private sealed record EvidenceOnly(IReadOnlyList<Evidence> Evidence);

    private async Task<Dictionary<string, ExistingLead>> ExistingEvidenceAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        var existing = new Dictionary<string, ExistingLead>(StringComparer.Ordinal);
        await using var command = Sql.Command(connection, transaction, "SELECT lead_id, lead_json, missing_from_latest_run, score FROM leads");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var json = reader.GetString(1);
            var evidence = JsonSerializer.Deserialize<EvidenceOnly>(json, LeadJson.Options)?.Evidence ?? [];
            existing[reader.GetString(0)] = new ExistingLead(EvidenceKeys(evidence), Sql.Int(reader, 2) == 1, reader.GetDouble(3), SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        }

        return existing;
    }

    private static HashSet<string> EvidenceKeys(IEnumerable<Evidence> evidence) =>
        new(evidence.Select(e => $"{e.RuleId}\u001f{e.Dataset}\u001f{e.RecordKey}"), StringComparer.Ordinal);

    /// <summary>The lead without the rules suppressed for its subject (and their weight and evidence); null when none is left.</summary>
    private static (Lead? Lead, int Dropped) Suppress(Lead lead, HashSet<(string Model, string Rule, string Subject)> suppressed)
    {
        if (suppressed.Count == 0)
        {
            return (lead, 0);
        }

        var kept = lead.Rules.Where(r => !suppressed.Contains((lead.ModelId, r.RuleId, lead.Subject.Key))).ToArray();
        if (kept.Length == lead.Rules.Count)
        {
            return (lead, 0);
        }

        var dropped = lead.Rules.Count - kept.Length;
        if (kept.Length == 0)
        {
            return (null, dropped);
        }

        var keptIds = kept.Select(r => r.RuleId).ToHashSet(StringComparer.Ordinal);
        return (lead with
        {
            Rules = kept,
            Evidence = [.. lead.Evidence.Where(e => keptIds.Contains(e.RuleId))],
            Score = kept.Sum(r => r.Weight),
        }, dropped);
    }

    private async Task<HashSet<(string, string, string)>> SuppressionsAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        var set = new HashSet<(string, string, string)>();
        await using var command = Sql.Command(connection, transaction, "SELECT model_id, rule_id, subject_key FROM suppressions");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            set.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return set;
    }

    private sealed record LeadParameters(DbParameter Id, DbParameter Model, DbParameter ModelVersion, DbParameter Key, DbParameter Name, DbParameter Kind,
        DbParameter Role, DbParameter Score, DbParameter Rank, DbParameter Rules, DbParameter Evidence, DbParameter Json);

    private static LeadParameters AddLeadParameters(DbCommand command) => new(
        Sql.Add(command, "@id", ""), Sql.Add(command, "@model", ""), Sql.Add(command, "@modelVersion", ""), Sql.Add(command, "@key", ""),
        Sql.Add(command, "@name", ""), Sql.Add(command, "@kind", ""), Sql.Add(command, "@role", ""), Sql.Add(command, "@score", 0.0),
        Sql.Add(command, "@rank", 0), Sql.Add(command, "@rules", ""), Sql.Add(command, "@evidence", 0), Sql.Add(command, "@json", ""));

    private static void SetLeadParameters(LeadParameters p, Lead lead)
    {
        p.Id.Value = lead.LeadId;
        p.Model.Value = lead.ModelId;
        p.ModelVersion.Value = lead.ModelVersion;
        p.Key.Value = lead.Subject.Key;
        p.Name.Value = lead.Subject.Name;
        p.Kind.Value = lead.Subject.Kind;
        p.Role.Value = lead.Subject.Role;
        p.Score.Value = lead.Score;
        p.Rank.Value = lead.Rank;
        p.Rules.Value = string.Join(',', lead.Rules.Select(r => r.RuleId));
        p.Evidence.Value = lead.Evidence.Count;
        p.Json.Value = JsonSerializer.Serialize(lead, LeadJson.Options);
    }
}
