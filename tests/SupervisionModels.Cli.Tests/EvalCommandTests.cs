using System.Text.Json;
using SupervisionModels.Leads;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Cli.Tests;

/// <summary><c>supervise eval</c> on the committed sample: the decoy table by kind, what --show-errors says, the JSON.</summary>
public sealed class EvalCommandTests
{
    private static readonly string Sample = Path.Combine(RepositoryRoot(), "datasets", "sample");

    private static string SampleTruth => Path.Combine(Sample, "truth.jsonl");

    /// <summary>The table's data rows as trimmed cells, for rows whose first cell is <paramref name="modelId"/>.</summary>
    private static string[][] Rows(string output, string modelId) => output.Split('\n')
        .Where(l => l.StartsWith('│'))
        .Select(l => l.Trim().Trim('│').Split('│').Select(c => c.Trim()).ToArray())
        .Where(cells => cells[0] == modelId)
        .ToArray();

    private static Lead LeadAbout(string modelId, string key, string role, int rank) =>
        new($"{modelId}-{rank:D10}", modelId, "1.0.0", new LeadSubject(key, "某某", "person", role, "idNumber"), 50, rank, [new LeadRule("R1", "规则", 50, 1)], []);

    [Fact]
    public async Task Eval_SampleRun_PrintsEveryDecoyKindOfTheSample_WithHowManyBecameLeads()
    {
        using var temp = new TempFolder();
        var leads = temp.Combine("leads.jsonl");
        Assert.Equal(0, await new CliHarness().RunAsync("run", "--data", Sample, "--models", "SM0001", "--out", leads));
        var decoys = (await LeadEvaluation.ReadDecoysAsync(Path.Combine(Sample, "decoys.jsonl"), TestContext.Current.CancellationToken))
            .Where(d => d.ModelId == "SM0001").ToArray();
        var ran = await LeadJson.ReadAsync(leads, TestContext.Current.CancellationToken);
        var taken = decoys.Count(d => ran.Any(l => l.Subject.Key == d.SubjectKey && l.Subject.Role == d.Role));
        var cli = new CliHarness();

        var exit = await cli.RunAsync("eval", "--leads", leads, "--truth", SampleTruth);

        Assert.True(exit == 0, cli.Error);
        var rows = Rows(cli.Output, "SM0001").Where(r => r.Length == 6).ToArray(); // the decoy table has six columns
        var kinds = decoys.GroupBy(d => d.DecoyKind).ToArray();
        Assert.True(kinds.Length > 1, "the sample plants several kinds of SM0001 decoy");
        foreach (var kind in kinds)
        {
            var row = Assert.Single(rows, r => r[1] == kind.Key);
            Assert.Equal(kind.Count().ToString(System.Globalization.CultureInfo.InvariantCulture), row[2]);
        }

        var all = Assert.Single(rows, r => r[1] == "(all kinds)");
        Assert.Equal([decoys.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), taken.ToString(System.Globalization.CultureInfo.InvariantCulture)], all[2..4]);
    }

    [Fact]
    public async Task Eval_ShowErrors_NamesTheDecoyOfAWrongLead_TheBackground_AndWhatTheTruthSaysOfAMissedLead()
    {
        // Arrange: SM0001's leads are a planted decoy at rank 1, a subject nobody planted, and the first planted lead.
        using var temp = new TempFolder();
        var ct = TestContext.Current.CancellationToken;
        var decoy = (await LeadEvaluation.ReadDecoysAsync(Path.Combine(Sample, "decoys.jsonl"), ct)).First(d => d.ModelId == "SM0001");
        var planted = (await LeadEvaluation.ReadTruthAsync(SampleTruth, ct)).Where(t => t.ModelId == "SM0001").ToArray();
        var leads = temp.Combine("leads.jsonl");
        await LeadJson.WriteAsync(
            leads,
            [LeadAbout("SM0001", decoy.SubjectKey, decoy.Role, 1), LeadAbout("SM0001", "ID:110101199001010011", "原告", 2), LeadAbout("SM0001", planted[0].SubjectKey, planted[0].Role, 3)],
            cancellationToken: ct);
        var cli = new CliHarness();

        // Act
        var exit = await cli.RunAsync("eval", "--leads", leads, "--truth", SampleTruth, "--show-errors");

        // Assert
        Assert.True(exit == 0, cli.Error);
        var output = cli.Output.Replace("\n", string.Empty, StringComparison.Ordinal); // long lines wrap at the console width
        Assert.Contains($"{decoy.SubjectKey} {decoy.Role} score 50.000 rules R1 — decoy {decoy.DecoyKind}: {decoy.Note}", output, StringComparison.Ordinal);
        Assert.Contains("ID:110101199001010011 原告 score 50.000 rules R1 — not planted (background)", output, StringComparison.Ordinal);
        foreach (var missed in planted.Skip(1))
        {
            Assert.Contains($"SM0001 missed: {missed.SubjectKey} {missed.Role} {missed.Name} — truth: {missed.Note}", output, StringComparison.Ordinal);
        }

        Assert.DoesNotContain($"missed: {planted[0].SubjectKey}", output, StringComparison.Ordinal);
        var row = Assert.Single(Rows(cli.Output, "SM0001"), r => r.Length == 6 && r[1] == decoy.DecoyKind);
        Assert.Equal(["1", "#1"], [row[3], row[5]]);
    }

    [Fact]
    public async Task Eval_HardData_ShowErrorsNamesTheDecisiveFactAWrongLeadMissed_AndRecallByTagAndDifficultyArePrinted()
    {
        // Arrange: a hard dataset's files, written here — two planted leads (one found only by text), one hard decoy.
        using var temp = new TempFolder();
        var ct = TestContext.Current.CancellationToken;
        await File.WriteAllLinesAsync(temp.Combine("truth.jsonl"),
        [
            """{"modelId":"SM0003","subjectKey":"ID:371722197001010011","role":"被害人","name":"张某","note":"低保，重伤","tags":["minor"],"evidence":{}}""",
            """{"modelId":"SM0003","subjectKey":"ID:371722197001010022","role":"被害人","name":"李某","note":"仅摘要反映困难","tags":["text_only"],"evidence":{}}""",
        ], ct);
        await File.WriteAllLinesAsync(temp.Combine("decoys.jsonl"),
        [
            """{"modelId":"SM0003","subjectKey":"ID:371722197001010033","role":"被害人","name":"王某","decoyKind":"另户亲属在名单","decisiveFact":"S5: 低保名单上的是另一户的亲属","note":"被害人本人不在名单","evidence":{}}""",
        ], ct);
        await File.WriteAllTextAsync(temp.Combine("manifest.json"), """{"scale":"small","seed":9,"difficulty":"hard"}""", ct);
        var leads = temp.Combine("leads.jsonl");
        await LeadJson.WriteAsync(leads, [LeadAbout("SM0003", "ID:371722197001010033", "被害人", 1), LeadAbout("SM0003", "ID:371722197001010011", "被害人", 2)], cancellationToken: ct);
        var cli = new CliHarness();

        // Act
        var exit = await cli.RunAsync("eval", "--leads", leads, "--truth", temp.Combine("truth.jsonl"), "--show-errors");

        // Assert
        Assert.True(exit == 0, cli.Error);
        var output = cli.Output.Replace("\n", string.Empty, StringComparison.Ordinal);
        Assert.Contains("Data: small, seed 9, difficulty hard", output, StringComparison.Ordinal);
        Assert.Contains("score 50.000 rules R1 — decoy 另户亲属在名单, missed the decisive fact S5: 低保名单上的是另一户的亲属: 被害人本人不在名单", output, StringComparison.Ordinal);
        var tags = Rows(cli.Output, "SM0003").Where(r => r.Length == 5).ToArray(); // the tag table has five columns
        Assert.Equal(["1", "1", "1.000"], Assert.Single(tags, r => r[1] == "minor")[2..]);
        Assert.Equal(["1", "0", "0.000"], Assert.Single(tags, r => r[1] == "text_only")[2..]);
    }

    [Fact]
    public async Task Eval_Json_HasDecoysByKind_AndNullWithoutADecoysFile()
    {
        using var temp = new TempFolder();
        var ct = TestContext.Current.CancellationToken;
        var decoy = (await LeadEvaluation.ReadDecoysAsync(Path.Combine(Sample, "decoys.jsonl"), ct)).First(d => d.ModelId == "SM0001");
        var leads = temp.Combine("leads.jsonl");
        await LeadJson.WriteAsync(leads, [LeadAbout("SM0001", decoy.SubjectKey, decoy.Role, 1)], cancellationToken: ct);
        var lonelyTruth = temp.Combine("truth.jsonl"); // a truth file with no decoys.jsonl beside it
        File.Copy(SampleTruth, lonelyTruth);
        var withDecoys = new CliHarness();
        var without = new CliHarness();
        var withoutText = new CliHarness();

        Assert.Equal(0, await withDecoys.RunAsync("eval", "--leads", leads, "--truth", SampleTruth, "--json"));
        Assert.Equal(0, await without.RunAsync("eval", "--leads", leads, "--truth", lonelyTruth, "--json"));
        Assert.Equal(0, await withoutText.RunAsync("eval", "--leads", leads, "--truth", lonelyTruth));

        using var json = JsonDocument.Parse(withDecoys.Output);
        var sm0001 = json.RootElement.EnumerateArray().Single(m => m.GetProperty("modelId").GetString() == "SM0001").GetProperty("decoys");
        Assert.Equal(1, sm0001.GetProperty("becameLeads").GetInt32());
        Assert.Equal(1, sm0001.GetProperty("bestRank").GetInt32());
        var kind = sm0001.GetProperty("kinds").EnumerateArray().Single(k => k.GetProperty("decoyKind").GetString() == decoy.DecoyKind);
        Assert.Equal((1, 1), (kind.GetProperty("becameLeads").GetInt32(), kind.GetProperty("bestRank").GetInt32()));

        using var bare = JsonDocument.Parse(without.Output);
        Assert.All(bare.RootElement.EnumerateArray(), m => Assert.Equal(JsonValueKind.Null, m.GetProperty("decoys").ValueKind));
        Assert.Contains($"No decoys file ({temp.Combine("decoys.jsonl")}): no decoy section.", withoutText.Output.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("decoy kind", withoutText.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_BadDecoysLine_NamesFileAndLine_AndANamedMissingFileIsAnError()
    {
        using var temp = new TempFolder();
        var ct = TestContext.Current.CancellationToken;
        var leads = temp.Combine("leads.jsonl");
        await LeadJson.WriteAsync(leads, [LeadAbout("SM0001", "ID:110101199001010011", "原告", 1)], cancellationToken: ct);
        var decoys = temp.Combine("decoys.jsonl");
        await File.WriteAllLinesAsync(decoys, [(await File.ReadAllLinesAsync(Path.Combine(Sample, "decoys.jsonl"), ct))[0], "{\"modelId\": "], ct);
        var bad = new CliHarness();
        var missing = new CliHarness();

        Assert.Equal(ExitCodes.BadInput, await bad.RunAsync("eval", "--leads", leads, "--truth", SampleTruth, "--decoys", decoys));
        Assert.Equal(ExitCodes.BadInput, await missing.RunAsync("eval", "--leads", leads, "--truth", SampleTruth, "--decoys", temp.Combine("nope.jsonl")));

        Assert.Contains($"{decoys}:2: not valid JSON", bad.Error.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("nope.jsonl: no such decoys file.", missing.Error.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupervisionModels.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No SupervisionModels.sln above {AppContext.BaseDirectory}: the test reads the committed sample.");
    }
}
