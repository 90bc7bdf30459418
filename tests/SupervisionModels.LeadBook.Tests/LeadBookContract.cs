using static SupervisionModels.LeadBook.Tests.BookLeads;
using W = SupervisionModels.LeadBook.LeadWorkflow;

namespace SupervisionModels.LeadBook.Tests;

/// <summary>What a lead book must do, whichever database holds it; one subclass per engine.</summary>
public abstract class LeadBookContract
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private TestClock Clock { get; } = new(Start);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new, empty book's location.</summary>
    protected abstract Task<LeadBookLocation> NewBookAsync();

    private Task<LeadBook> OpenAsync(LeadBookLocation location) =>
        LeadBook.OpenAsync(location, new LeadBookOptions { Clock = Clock, DueDaysByModel = new Dictionary<string, int> { ["SM0002"] = 7 } }, Ct);

    private async Task<LeadBook> NewAsync() => await OpenAsync(await NewBookAsync());

    [Fact]
    public async Task Migrations_apply_once_and_opening_again_applies_none()
    {
        var location = await NewBookAsync();
        await using (var first = await OpenAsync(location))
        {
            Assert.Equal(LeadBook.SchemaVersions, first.MigrationsApplied);
            Assert.Contains("0001_lead_book", LeadBook.SchemaVersions);
        }

        await using var second = await OpenAsync(location);
        Assert.Empty(second.MigrationsApplied);
        Assert.Equal(LeadBook.SchemaVersions, await second.AppliedSchemaVersionsAsync(Ct));
    }

    [Fact]
    public async Task A_new_lead_is_pending_with_the_due_date_of_its_model_and_an_import_event()
    {
        await using var book = await NewAsync();
        var a = Lead("SM0001", "ID:1", "R1:judgments:J1");
        var b = Lead("SM0002", "ID:2", "R1:police:P1");

        var result = await book.ImportAsync([a, b], Run("SM0001", "SM0002"), "importer", Ct);

        Assert.Equal(2, result.Added);
        var first = await book.GetAsync(a.LeadId, Ct);
        Assert.NotNull(first);
        Assert.Equal(W.Pending, first.Status);
        Assert.Equal("2026-04-01", first.DueDate); // the default, 30 days
        Assert.Equal("2026-03-09", (await book.GetAsync(b.LeadId, Ct))!.DueDate); // SM0002's own 7 days
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(a, Runtime.Leads.LeadJson.Options), first.LeadJsonText);
        Assert.Equal(a.Evidence.Select(e => e.RecordKey), first.ToLead().Evidence.Select(e => e.RecordKey));
        var history = await book.HistoryAsync(a.LeadId, Ct);
        Assert.Equal(("导入", "importer", W.Pending), (history.Single().Kind, history.Single().Actor, history.Single().NewValue));
    }

    [Fact]
    public async Task Importing_again_keeps_state_and_history_and_updates_score()
    {
        await using var book = await NewAsync();
        var lead = Lead("SM0001", "ID:1", "R1:judgments:J1", "R2:enterprises:E1");
        await book.ImportAsync([lead], Run("SM0001"), "importer", Ct);
        await book.ChangeStatusAsync(lead.LeadId, new StatusChange(W.Investigating), "alice", cancellationToken: Ct);
        await book.AddNoteAsync(lead.LeadId, "已调取卷宗", "alice", cancellationToken: Ct);

        var rescored = lead with { Score = 25, Rules = [.. lead.Rules.Select(r => r with { Weight = 12.5 })] };
        var result = await book.ImportAsync([rescored], Run("SM0001"), "importer", Ct);

        Assert.Equal((0, 1, 0), (result.Added, result.SeenAgain, result.WithNewEvidence));
        var kept = (await book.GetAsync(lead.LeadId, Ct))!;
        Assert.Equal((W.Investigating, "alice", 25.0, false), (kept.Status, kept.Assignee, kept.Score, kept.HasNewEvidence));
        var kinds = (await book.HistoryAsync(lead.LeadId, Ct)).Select(e => e.Kind).ToArray();
        Assert.Equal(["导入", "status", "assignee", "note", "score"], kinds);
    }

    [Fact]
    public async Task A_lead_found_again_unchanged_keeps_its_version_so_nobodys_edit_is_refused_for_it()
    {
        await using var book = await NewAsync();
        var lead = Lead("SM0001", "ID:1", "R1:judgments:J1");
        await book.ImportAsync([lead], Run("SM0001"), "importer", Ct);
        var seen = (await book.GetAsync(lead.LeadId, Ct))!;

        Clock.Now = Start.AddDays(1);
        await book.ImportAsync([lead], Run("SM0001"), "importer", Ct);
        await book.AssignAsync(lead.LeadId, "alice", null, "alice", seen.Version, Ct);

        var after = (await book.GetAsync(lead.LeadId, Ct))!;
        Assert.Equal((seen.Version + 1, "alice", Start.AddDays(1)), (after.Version, after.Assignee, after.LastSeenAt));
    }

    [Fact]
    public async Task A_lead_whose_evidence_grew_is_flagged_new_evidence_and_one_that_only_lost_some_is_not()
    {
        await using var book = await NewAsync();
        var grows = Lead("SM0001", "ID:1", "R1:judgments:J1");
        var shrinks = Lead("SM0001", "ID:2", "R1:judgments:J2", "R1:judgments:J3");
        await book.ImportAsync([grows, shrinks], Run("SM0001"), "importer", Ct);

        var result = await book.ImportAsync(
            [Lead("SM0001", "ID:1", "R1:judgments:J1", "R1:judgments:J9"), Lead("SM0001", "ID:2", "R1:judgments:J2")], Run("SM0001"), "importer", Ct);

        Assert.Equal(1, result.WithNewEvidence);
        var grown = (await book.GetAsync(grows.LeadId, Ct))!;
        Assert.True(grown.HasNewEvidence);
        Assert.Contains("有新证据", grown.Flags);
        Assert.Equal(2, grown.EvidenceCount);
        Assert.False((await book.GetAsync(shrinks.LeadId, Ct))!.HasNewEvidence);
        var evidenceEvent = (await book.HistoryAsync(grows.LeadId, Ct)).Single(e => e.Kind == "有新证据");
        Assert.Equal(("1", "2"), (evidenceEvent.OldValue, evidenceEvent.NewValue));
    }

    [Fact]
    public async Task A_lead_the_next_run_of_its_model_does_not_find_is_flagged_not_deleted_and_other_models_are_left_alone()
    {
        await using var book = await NewAsync();
        var found = Lead("SM0001", "ID:1", "R1:judgments:J1");
        var gone = Lead("SM0001", "ID:2", "R1:judgments:J2");
        var otherModel = Lead("SM0002", "ID:3", "R1:police:P1");
        await book.ImportAsync([found, gone, otherModel], Run("SM0001", "SM0002"), "importer", Ct);

        var result = await book.ImportAsync([found], Run("SM0001"), "importer", Ct);

        Assert.Equal(1, result.NoLongerFound);
        Assert.Equal(3, await book.CountAsync(Ct));
        Assert.True((await book.GetAsync(gone.LeadId, Ct))!.MissingFromLatestRun);
        Assert.False((await book.GetAsync(found.LeadId, Ct))!.MissingFromLatestRun);
        Assert.False((await book.GetAsync(otherModel.LeadId, Ct))!.MissingFromLatestRun);

        await book.ImportAsync([found, gone], Run("SM0001"), "importer", Ct);
        Assert.False((await book.GetAsync(gone.LeadId, Ct))!.MissingFromLatestRun);
        Assert.Equal(["导入", "最近一次运行未再发现", "再次发现"], (await book.HistoryAsync(gone.LeadId, Ct)).Select(e => e.Kind));
    }

    public static TheoryData<string, string, bool> Transitions()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var from in W.Statuses)
        {
            foreach (var to in W.Statuses)
            {
                var legal = (from, to) is (W.Pending, W.Investigating) or (W.Investigating, W.Closed) or (W.Closed, W.Investigating);
                data.Add(from, to, legal);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public async Task Every_transition_is_allowed_or_refused_naming_the_lead_its_state_and_the_allowed_ones(string from, string to, bool legal)
    {
        await using var book = await NewAsync();
        var lead = Lead("SM0001", "ID:1", "R1:judgments:J1");
        await book.ImportAsync([lead], Run("SM0001"), "importer", Ct);
        foreach (var step in PathTo(from))
        {
            await book.ChangeStatusAsync(lead.LeadId, step, "alice", cancellationToken: Ct);
        }

        var change = to == W.Closed ? new StatusChange(to, W.Case) : new StatusChange(to);
        if (legal)
        {
            var moved = await book.ChangeStatusAsync(lead.LeadId, change, "alice", cancellationToken: Ct);
            Assert.Equal(to, moved.Status);
            Assert.Equal(to == W.Closed ? W.Case : null, moved.Outcome);
        }
        else
        {
            var error = await Assert.ThrowsAsync<LeadTransitionException>(() => book.ChangeStatusAsync(lead.LeadId, change, "alice", cancellationToken: Ct));
            Assert.Contains(lead.LeadId, error.Message);
            Assert.Contains($"is {from}", error.Message);
            Assert.Contains($"allowed from {from}: {string.Join(", ", W.AllowedFrom(from))}", error.Message);
            Assert.Equal(from, (await book.GetAsync(lead.LeadId, Ct))!.Status);
        }
    }

    private static IEnumerable<StatusChange> PathTo(string status) => status switch
    {
        W.Investigating => [new StatusChange(W.Investigating)],
        W.Closed => [new StatusChange(W.Investigating), new StatusChange(W.Closed, W.Case)],
        _ => [],
    };

    [Fact]
    public async Task Closing_needs_an_outcome_a_reason_for_not_a_case_and_a_body_for_a_referral_and_reopening_clears_it()
    {
        await using var book = await NewAsync();
        var lead = Lead("SM0001", "ID:1", "R1:judgments:J1");
        await book.ImportAsync([lead], Run("SM0001"), "importer", Ct);
        await book.ChangeStatusAsync(lead.LeadId, new StatusChange(W.Investigating), "alice", cancellationToken: Ct);

        Assert.Contains("needs an outcome", (await Assert.ThrowsAsync<LeadTransitionException>(() => book.ChangeStatusAsync(lead.LeadId, new StatusChange(W.Closed), "alice", cancellationToken: Ct))).Message);
        Assert.Contains("needs a reason", (await Assert.ThrowsAsync<LeadTransitionException>(() => book.ChangeStatusAsync(lead.LeadId, new StatusChange(W.Closed, W.NotCase), "alice", cancellationToken: Ct))).Message);
        Assert.Contains("receiving body", (await Assert.ThrowsAsync<LeadTransitionException>(() => book.ChangeStatusAsync(lead.LeadId, new StatusChange(W.Closed, W.Referred), "alice", cancellationToken: Ct))).Message);

        var closed = await book.ChangeStatusAsync(lead.LeadId, new StatusChange(W.Closed, W.Referred, ReferredTo: "市公安局"), "alice", cancellationToken: Ct);
        Assert.Equal((W.Referred, "市公安局"), (closed.Outcome, closed.ReferredTo));
        Assert.NotNull(closed.ClosedAt);

        var reopened = await book.ChangeStatusAsync(lead.LeadId, new StatusChange(W.Investigating), "bob", cancellationToken: Ct);
        Assert.Equal((W.Investigating, null, null, "alice"), (reopened.Status, reopened.Outcome, reopened.ClosedAt, reopened.Assignee));
        var outcomes = (await book.HistoryAsync(lead.LeadId, Ct)).Where(e => e.Kind == "outcome").Select(e => (e.OldValue, e.NewValue));
        Assert.Equal([(null, "移送 → 市公安局"), ("移送 → 市公安局", null)], outcomes);
    }

    [Fact]
    public async Task A_closed_lead_is_read_only_until_reopened()
    {
        await using var book = await NewAsync();
        var lead = Lead("SM0001", "ID:1", "R1:judgments:J1");
        await book.ImportAsync([lead], Run("SM0001"), "importer", Ct);
        await book.ChangeStatusAsync(lead.LeadId, new StatusChange(W.Investigating), "alice", cancellationToken: Ct);
        await book.ChangeStatusAsync(lead.LeadId, new StatusChange(W.Closed, W.NotCase, "债务真实"), "alice", cancellationToken: Ct);

        var note = await Assert.ThrowsAsync<LeadTransitionException>(() => book.AddNoteAsync(lead.LeadId, "补充", "bob", cancellationToken: Ct));
        Assert.Contains("read-only", note.Message);
        await Assert.ThrowsAsync<LeadTransitionException>(() => book.AssignAsync(lead.LeadId, "bob", null, "bob", cancellationToken: Ct));
        await Assert.ThrowsAsync<LeadTransitionException>(() => book.SuppressAsync(lead.LeadId, "R1", "诚信债权人", "bob", Ct));

        await book.ChangeStatusAsync(lead.LeadId, new StatusChange(W.Investigating), "bob", cancellationToken: Ct);
        var noted = await book.AddNoteAsync(lead.LeadId, "补充", "bob", cancellationToken: Ct);
        Assert.Equal("补充", (await book.HistoryAsync(lead.LeadId, Ct)).Last().Note);
        Assert.Equal("bob", noted.UpdatedBy);
    }

    [Fact]
    public async Task Of_two_connections_that_read_the_same_version_the_second_to_write_loses_with_who_and_when()
    {
        var location = await NewBookAsync();
        var lead = Lead("SM0001", "ID:1", "R1:judgments:J1");
        await using var alice = await OpenAsync(location);
        await using var bob = await OpenAsync(location);
        await alice.ImportAsync([lead], Run("SM0001"), "importer", Ct);
        var seenByAlice = (await alice.GetAsync(lead.LeadId, Ct))!;
        var seenByBob = (await bob.GetAsync(lead.LeadId, Ct))!;
        Assert.Equal(seenByAlice.Version, seenByBob.Version);

        Clock.Now = Start.AddHours(1);
        await alice.AssignAsync(lead.LeadId, "alice", "民事检察部", "alice", seenByAlice.Version, Ct);
        var error = await Assert.ThrowsAsync<LeadConcurrencyException>(() => bob.AssignAsync(lead.LeadId, "bob", null, "bob", seenByBob.Version, Ct));

        Assert.Contains($"lead {lead.LeadId} was changed by alice at 2026-03-02 10:00:00Z", error.Message);
        Assert.Contains("reload", error.Message);
        var stored = (await bob.GetAsync(lead.LeadId, Ct))!;
        Assert.Equal(("alice", "民事检察部"), (stored.Assignee, stored.Department));
        Assert.DoesNotContain(await bob.HistoryAsync(lead.LeadId, Ct), e => e.Actor == "bob");
    }

    [Fact]
    public async Task Parallel_claimers_on_their_own_connections_get_distinct_leads_and_every_lead_once()
    {
        var location = await NewBookAsync();
        var leads = Enumerable.Range(1, 24).Select(i => Lead("SM0001", $"ID:{i}", $"R1:judgments:J{i}")).ToArray();
        await using (var setup = await OpenAsync(location))
        {
            await setup.ImportAsync(leads, Run("SM0001"), "importer", Ct);
        }

        var claimers = Enumerable.Range(1, 4).Select(async i =>
        {
            var user = $"user{i}";
            await using var book = await OpenAsync(location);
            var mine = new List<string>();
            while (await book.ClaimNextAsync(user, cancellationToken: Ct) is { } claimed)
            {
                Assert.Equal((user, W.Investigating), (claimed.Assignee, claimed.Status));
                mine.Add(claimed.LeadId);
            }

            return mine;
        });
        var claimedByEach = await Task.WhenAll(claimers);

        var all = claimedByEach.SelectMany(c => c).ToArray();
        Assert.Equal(leads.Length, all.Length);
        Assert.Equal(leads.Select(l => l.LeadId).Order(), all.Order());
    }

    [Fact]
    public async Task Claim_takes_the_highest_score_first_within_the_claimers_department()
    {
        await using var book = await NewAsync();
        var low = Lead("SM0001", "ID:1", "R1:judgments:J1");
        var high = Lead("SM0001", "ID:2", "R1:judgments:J2", "R2:enterprises:E2");
        var otherDepartment = Lead("SM0001", "ID:3", "R1:judgments:J3", "R2:enterprises:E3", "R3:enforcement:X3");
        await book.ImportAsync([low, high, otherDepartment], Run("SM0001"), "importer", Ct);
        await book.AssignAsync(otherDepartment.LeadId, "carol", "刑事检察部", "chief", cancellationToken: Ct);
        await book.EnsureUserAsync("alice", "民事检察部", Ct);

        Assert.Equal(high.LeadId, (await book.ClaimNextAsync("alice", cancellationToken: Ct))!.LeadId);
        Assert.Equal(low.LeadId, (await book.ClaimNextAsync("alice", cancellationToken: Ct))!.LeadId);
        Assert.Null(await book.ClaimNextAsync("alice", cancellationToken: Ct));
    }

    [Fact]
    public async Task An_import_that_fails_midway_leaves_the_book_as_it_was()
    {
        await using var book = await NewAsync();
        var before = Lead("SM0001", "ID:1", "R1:judgments:J1");
        await book.ImportAsync([before], Run("SM0001"), "importer", Ct);
        var stored = (await book.GetAsync(before.LeadId, Ct))!;

        IEnumerable<Leads.Lead> FailsAfterTwo()
        {
            yield return Lead("SM0001", "ID:1", "R1:judgments:J1", "R1:judgments:J7");
            yield return Lead("SM0001", "ID:2", "R1:judgments:J2");
            throw new IOException("the leads file was cut off");
        }

        await Assert.ThrowsAsync<IOException>(() => book.ImportAsync(FailsAfterTwo(), Run("SM0001"), "importer", Ct));

        Assert.Equal(1, await book.CountAsync(Ct));
        var after = (await book.GetAsync(before.LeadId, Ct))!;
        Assert.Equal(stored.RuleIds, after.RuleIds);
        Assert.Equal(stored with { RuleIds = [] }, after with { RuleIds = [] });
        Assert.Single(await book.HistoryAsync(before.LeadId, Ct));
        Assert.Equal(1, await book.RunCountAsync(Ct)); // the failed import's run row was rolled back too
    }

    [Fact]
    public async Task A_suppressed_rule_is_dropped_for_that_subject_in_later_imports_and_a_lead_left_with_none_is_not_imported()
    {
        await using var book = await NewAsync();
        var lead = Lead("SM0001", "ID:1", "R1:judgments:J1", "R2:enterprises:E1");
        var sameRuleOtherSubject = Lead("SM0001", "ID:2", "R2:enterprises:E2");
        await book.ImportAsync([lead, sameRuleOtherSubject], Run("SM0001"), "importer", Ct);

        await book.SuppressAsync(lead.LeadId, "R2", "已核实的正规催收公司", "alice", Ct);
        var onlyR2 = Lead("SM0001", "ID:1", "R2:enterprises:E1");
        var result = await book.ImportAsync([lead, sameRuleOtherSubject], Run("SM0001"), "importer", Ct);

        Assert.Equal(1, result.SuppressedRules);
        var kept = (await book.GetAsync(lead.LeadId, Ct))!;
        Assert.Equal(["R1"], kept.RuleIds);
        Assert.Equal(10, kept.Score);
        Assert.Equal(["R1"], kept.ToLead().Evidence.Select(e => e.RuleId));
        Assert.Equal(["R2"], (await book.GetAsync(sameRuleOtherSubject.LeadId, Ct))!.RuleIds);
        Assert.Contains(await book.HistoryAsync(lead.LeadId, Ct), e => e.Kind == "suppressed" && e.Note == "已核实的正规催收公司");

        var suppressedOnly = await book.ImportAsync([onlyR2], Run(), "importer", Ct);
        Assert.Equal((1, 0, 0), (suppressedOnly.SuppressedLeads, suppressedOnly.Added, suppressedOnly.SeenAgain));
        Assert.Equal(["R1"], (await book.GetAsync(lead.LeadId, Ct))!.RuleIds);
    }

    [Fact]
    public async Task Outcome_figures_give_per_model_and_rule_the_closed_the_case_rate_the_not_case_reasons_and_the_median_days()
    {
        await using var book = await NewAsync();
        var leads = new[]
        {
            Lead("SM0001", "ID:1", "R1:judgments:J1", "R2:enterprises:E1"),
            Lead("SM0001", "ID:2", "R1:judgments:J2"),
            Lead("SM0001", "ID:3", "R1:judgments:J3"),
            Lead("SM0001", "ID:4", "R1:judgments:J4"),
        };
        await book.ImportAsync(leads, Run("SM0001"), "importer", Ct);
        async Task CloseAsync(Leads.Lead lead, int days, StatusChange change)
        {
            Clock.Now = Start;
            await book.ChangeStatusAsync(lead.LeadId, new StatusChange(W.Investigating), "alice", cancellationToken: Ct);
            Clock.Now = Start.AddDays(days);
            await book.ChangeStatusAsync(lead.LeadId, change, "alice", cancellationToken: Ct);
        }

        await CloseAsync(leads[0], 10, new StatusChange(W.Closed, W.Case));
        await CloseAsync(leads[1], 20, new StatusChange(W.Closed, W.NotCase, "债务真实"));
        await CloseAsync(leads[2], 40, new StatusChange(W.Closed, W.NotCase, "债务真实"));

        var figures = await book.OutcomeFiguresAsync(Ct);

        var model = figures.Single(f => f.ModelId == "SM0001" && f.RuleId is null);
        Assert.Equal((3, 1, 20.0), (model.Closed, model.Cases, model.MedianDaysToClose));
        Assert.Equal(1.0 / 3, model.CaseRate, 6);
        Assert.Equal(2.0 / 3, model.NotCaseShareByReason["债务真实"], 6);
        var r2 = figures.Single(f => f.RuleId == "R2");
        Assert.Equal((1, 1.0, 10.0), (r2.Closed, r2.CaseRate, r2.MedianDaysToClose));
        Assert.Equal(3, figures.Single(f => f.RuleId == "R1").Closed);
    }

    [Fact]
    public async Task Every_change_to_the_book_is_appended_to_the_audit_log_with_its_action_actor_lead_and_facts()
    {
        using var folder = new TempFolder();
        var log = folder.Combine("audit.jsonl");
        var location = await NewBookAsync();
        await using var book = await LeadBook.OpenAsync(location, new LeadBookOptions { Clock = Clock, Audit = new AuditLogSink(log) }, Ct);
        var a = Lead("SM0001", "ID:1", "R1:judgments:J1", "R2:enterprises:E1");
        var b = Lead("SM0002", "ID:2", "R1:police:P1");

        await book.ImportAsync([a, b], Run("SM0001", "SM0002"), "importer", Ct);
        var claimed = (await book.ClaimNextAsync("alice", cancellationToken: Ct))!;
        await book.AssignAsync(b.LeadId, "bob", "民事检察部", "chief", cancellationToken: Ct);
        await book.AddNoteAsync(a.LeadId, "已调取卷宗", "alice", cancellationToken: Ct);
        await book.SuppressAsync(a.LeadId, "R2", "已核实的正规催收公司", "alice", Ct);
        await book.ChangeStatusAsync(a.LeadId, new StatusChange(W.Closed, W.NotCase, "债务真实"), "alice", cancellationToken: Ct);
        await Assert.ThrowsAsync<LeadTransitionException>(() => book.AddNoteAsync(a.LeadId, "refused", "alice", cancellationToken: Ct));

        Assert.True((await Runtime.Audit.AuditLog.VerifyAsync(log, Ct)).Ok);
        var entries = await Runtime.Audit.AuditLog.ReadAsync(log, Ct);
        Assert.Equal(["leads import", "leads claim", "leads assign", "leads note", "leads suppress", "leads status"], entries.Select(e => e.Command));
        Assert.Equal(["importer", "alice", "chief", "alice", "alice", "alice"], entries.Select(e => e.User));
        Assert.Equal(a.LeadId, claimed.LeadId);
        string Detail(int entry, string name) => entries[entry].Details.Single(d => d.Name == name).Value;
        Assert.Equal(("2", "SM0001:1 SM0002:1"), (Detail(0, "added"), string.Join(" ", entries[0].LeadCounts.Select(c => $"{c.ModelId}:{c.Leads}"))));
        Assert.Equal((a.LeadId, "待核查 → 核查中"), (Detail(1, "leadId"), Detail(1, "status")));
        Assert.Equal(["leads", "assign", b.LeadId, "--to", "bob", "--department", "民事检察部"], entries[2].CommandLine);
        Assert.Equal("已调取卷宗", Detail(3, "note"));
        Assert.Equal("已核实的正规催收公司", Detail(4, "suppressed"));
        Assert.Equal(("核查中 → 办结", "不成案：债务真实"), (Detail(5, "status"), Detail(5, "outcome").Split(" → ")[1]));
        Assert.Equal((await book.GetAsync(a.LeadId, Ct))!.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), Detail(5, "version"));
        Assert.All(entries, e => Assert.Equal(location.Display, e.Details[0].Value));
    }

    [Fact]
    public async Task A_change_whose_audit_entry_cannot_be_written_is_not_made()
    {
        using var folder = new TempFolder();
        var location = await NewBookAsync();
        await using (var plain = await OpenAsync(location))
        {
            await plain.ImportAsync([Lead("SM0001", "ID:1", "R1:judgments:J1")], Run("SM0001"), "importer", Ct);
        }

        Directory.CreateDirectory(folder.Combine("a-folder-not-a-log"));
        await using var book = await LeadBook.OpenAsync(location, new LeadBookOptions { Clock = Clock, Audit = new AuditLogSink(folder.Combine("a-folder-not-a-log")) }, Ct);
        var lead = (await book.ListAsync(new LeadQuery(), Ct)).Single();

        var refused = await Assert.ThrowsAsync<LeadBookException>(() => book.AssignAsync(lead.LeadId, "bob", null, "chief", cancellationToken: Ct));
        Assert.Contains("audit log cannot be written", refused.Message);
        await Assert.ThrowsAsync<LeadBookException>(() => book.ImportAsync([Lead("SM0001", "ID:2", "R1:judgments:J2")], Run("SM0001"), "importer", Ct));

        var after = (await book.GetAsync(lead.LeadId, Ct))!;
        Assert.Equal((null, lead.Version), (after.Assignee, after.Version));
        Assert.Single(await book.HistoryAsync(lead.LeadId, Ct));
        Assert.Equal(1, await book.CountAsync(Ct));
    }

    [Fact]
    public async Task With_a_roster_assignment_takes_only_registered_users_and_departments_and_claim_next_keeps_to_the_claimers_department()
    {
        await using var book = await NewAsync();
        var civilLead = Lead("SM0001", "ID:1", "R1:judgments:J1");
        var criminalLead = Lead("SM0001", "ID:2", "R1:judgments:J2", "R2:enterprises:E2", "R3:enforcement:X2");
        var anyLead = Lead("SM0001", "ID:3", "R1:judgments:J3", "R2:enterprises:E3");
        await book.ImportAsync([civilLead, criminalLead, anyLead], Run("SM0001"), "importer", Ct);

        await book.AssignAsync(anyLead.LeadId, "someone", null, "chief", cancellationToken: Ct); // no roster yet: anyone
        Assert.Empty(await book.UsersAsync(Ct)); // and nobody registered on the way
        await book.ChangeStatusAsync(anyLead.LeadId, new StatusChange(W.Investigating), "someone", cancellationToken: Ct);
        await book.ChangeStatusAsync(anyLead.LeadId, new StatusChange(W.Closed, W.Case), "someone", cancellationToken: Ct);
        await book.ChangeStatusAsync(anyLead.LeadId, new StatusChange(W.Investigating), "someone", cancellationToken: Ct);

        await book.AddDepartmentAsync("民事检察部", "民事检察部（第六检察部）", "chief", Ct);
        await book.AddDepartmentAsync("刑事检察部", null, "chief", Ct);
        var unknownDepartment = await Assert.ThrowsAsync<LeadBookException>(() => book.AddUserAsync("eve", "控申部", "chief", Ct));
        Assert.Contains("no department 控申部", unknownDepartment.Message);
        Assert.Contains("registered: 刑事检察部, 民事检察部", unknownDepartment.Message);
        await book.AddUserAsync("alice", "民事检察部", "chief", Ct);
        await book.AddUserAsync("dave", "刑事检察部", "chief", Ct);

        var unknownUser = await Assert.ThrowsAsync<LeadBookException>(() => book.AssignAsync(civilLead.LeadId, "mallory", null, "chief", cancellationToken: Ct));
        Assert.Equal($"lead {civilLead.LeadId}: cannot assign to mallory, who is not a registered user of {book.Location.Display}; registered: alice, dave (leads users add mallory --department …).", unknownUser.Message);
        await Assert.ThrowsAsync<LeadBookException>(() => book.AssignDepartmentAsync(civilLead.LeadId, "控申部", "chief", cancellationToken: Ct));
        await Assert.ThrowsAsync<LeadBookException>(() => book.ClaimNextAsync("mallory", cancellationToken: Ct));

        await book.AssignDepartmentAsync(criminalLead.LeadId, "刑事检察部", "chief", cancellationToken: Ct);
        await book.AssignDepartmentAsync(civilLead.LeadId, "民事检察部", "chief", cancellationToken: Ct);
        Assert.Equal(civilLead.LeadId, (await book.ClaimNextAsync("alice", cancellationToken: Ct))!.LeadId); // the higher-scoring criminal lead is not hers
        Assert.Null(await book.ClaimNextAsync("alice", cancellationToken: Ct));
        var claimed = (await book.ClaimNextAsync("dave", cancellationToken: Ct))!;
        Assert.Equal((criminalLead.LeadId, "dave", "刑事检察部"), (claimed.LeadId, claimed.Assignee, claimed.Department));

        var users = await book.UsersAsync(Ct);
        Assert.Equal([("alice", "民事检察部", 1), ("dave", "刑事检察部", 1)], users.Select(u => (u.UserName, u.Department, u.OpenLeads)));
        var departments = await book.DepartmentsAsync(Ct);
        Assert.Equal([("刑事检察部", "刑事检察部", 1, 1), ("民事检察部", "民事检察部（第六检察部）", 1, 1)], departments.Select(d => (d.DepartmentId, d.Name, d.Users, d.OpenLeads)));
        Assert.Equal(("department", null, "刑事检察部"), (await book.HistoryAsync(criminalLead.LeadId, Ct)).Where(e => e.Kind == "department").Select(e => (e.Kind, e.OldValue, e.NewValue)).Single());
    }

    [Fact]
    public async Task An_import_larger_than_a_batch_writes_every_lead_and_event_and_one_failing_in_a_later_batch_writes_none()
    {
        await using var book = await NewAsync();
        var leads = Enumerable.Range(1, 1201).Select(i => Lead("SM0001", $"ID:{i}", $"R1:judgments:J{i}")).ToArray();

        Assert.Equal(1201, (await book.ImportAsync(leads, Run("SM0001"), "importer", Ct)).Added);
        var grown = leads.Select((l, i) => i % 3 == 0 ? Lead("SM0001", $"ID:{i + 1}", $"R1:judgments:J{i + 1}", $"R2:enterprises:E{i + 1}") : l).ToArray();
        var again = await book.ImportAsync(grown, Run("SM0001"), "importer", Ct);

        Assert.Equal((0, 1201, 401), (again.Added, again.SeenAgain, again.WithNewEvidence));
        Assert.Equal(1201, await book.CountAsync(Ct));
        Assert.Equal(["导入", "有新证据", "score"], (await book.HistoryAsync(leads[1200].LeadId, Ct)).Select(e => e.Kind));
        Assert.Equal(["导入"], (await book.HistoryAsync(leads[1199].LeadId, Ct)).Select(e => e.Kind));

        // A lead with no subject name (NOT NULL) late in the import: its insert fails in a batch after earlier ones were sent.
        var fresh = Enumerable.Range(2001, 900).Select(i => Lead("SM0002", $"ID:{i}", $"R1:police:P{i}")).ToArray();
        fresh[850] = fresh[850] with { Subject = fresh[850].Subject with { Name = null! } };
        await Assert.ThrowsAnyAsync<Exception>(() => book.ImportAsync(fresh, Run("SM0002"), "importer", Ct));
        Assert.Equal(1201, await book.CountAsync(Ct));
        Assert.Equal(2, await book.RunCountAsync(Ct));
    }
}
