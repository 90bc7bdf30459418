using SupervisionModels.Leads;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Engine.Tests;

/// <summary>
/// <see cref="LeadEvaluation"/> with a decoys file: which planted near-misses a model took for leads, by kind, and
/// what each wrong lead is. A tiny truth and decoys file, written in the test, in the generator's line format.
/// </summary>
public sealed class LeadEvaluationDecoyTests
{
    private const string Planted = "ID:370403198001011234";
    private const string Lender = "CC:91370403499682855A";
    private const string OtherLender = "CC:91370403499682856B";
    private const string WageCreditor = "ID:370481197704252843";
    private const string Background = "ID:370404197603150773";

    private const string Truth = """
        {"modelId":"SM0001","subjectKey":"ID:370403198001011234","role":"原告","name":"张三","evidence":{"judgments":["（2021）鲁0403民初1号"]},"tags":["paraphrase"],"note":"同一原告多次起诉，车牌额度被拍卖"}
        {"modelId":"SM0001","subjectKey":"ID:370403198001015678","role":"原告","name":"李四","evidence":{"judgments":["（2021）鲁0403民初2号"]},"tags":[],"note":"以车抵债后号牌被拍卖"}
        """;

    private const string Decoys = """
        {"modelId":"SM0001","subjectKey":"CC:91370403499682855A","role":"原告","name":"运运小额贷款有限公司","decoyKind":"持牌放贷机构","evidence":{"judgments":["（2019）鲁0403民初71号"]},"tags":[],"note":"小额贷款公司依合同起诉借款人"}
        {"modelId":"SM0001","subjectKey":"CC:91370403499682856B","role":"原告","name":"鑫鑫小额贷款有限公司","decoyKind":"持牌放贷机构","evidence":{},"tags":[],"note":"正常金融借款纠纷"}

        {"modelId":"SM0001","subjectKey":"ID:370481197704252843","role":"原告","name":"郝丽娟","decoyKind":"工资债权执行","evidence":{},"tags":[],"note":"劳动者申请执行工资"}
        {"modelId":"SM0002","subjectKey":"ID:370404197603150773","role":"原告","name":"刘东升","decoyKind":"同名不同人","evidence":{},"tags":[],"note":"另一模型的诱饵"}
        """;

    private static Lead Lead(string key, string role, int rank) =>
        new($"SM0001-{rank:D10}", "SM0001", "1.0.0", new LeadSubject(key, "某某", "person", role, "idNumber"), 40, rank, [new LeadRule("R1", "同一原告多次起诉", 40, 2)], []);

    private static async Task<(IReadOnlyList<TruthLead> Truth, IReadOnlyList<DecoyLead> Decoys)> ReadAsync(TempFolder temp)
    {
        var ct = TestContext.Current.CancellationToken;
        await File.WriteAllTextAsync(temp.Combine("truth.jsonl"), Truth, ct);
        await File.WriteAllTextAsync(temp.Combine("decoys.jsonl"), Decoys, ct);
        return (await LeadEvaluation.ReadTruthAsync(temp.Combine("truth.jsonl"), ct),
            await LeadEvaluation.ReadDecoysAsync(LeadEvaluation.DecoysPathFor(temp.Combine("truth.jsonl")), ct));
    }

    [Fact]
    public async Task Evaluate_DecoysThatBecameLeads_CountedByKind_WithTheBestRank()
    {
        // Arrange: the planted lead first, then a lender decoy, a subject nobody planted, the wage creditor's key in
        // another role (not the decoy), and the other model's decoy key among SM0001's leads (not SM0001's decoy).
        using var temp = new TempFolder();
        var (truth, decoys) = await ReadAsync(temp);
        Lead[] leads = [Lead(Planted, "原告", 1), Lead(OtherLender, "原告", 2), Lead(Background, "原告", 3), Lead(WageCreditor, "被告", 4)];

        // Act
        var quality = LeadEvaluation.Evaluate(leads, truth, decoys);

        // Assert
        var sm0001 = quality.Single(q => q.ModelId == "SM0001");
        Assert.Equal((2, 4, 1), (sm0001.Planted, sm0001.Found, sm0001.TruePositives));
        Assert.Equal(
            [new DecoyKindQuality("工资债权执行", 1, 0, null), new DecoyKindQuality("持牌放贷机构", 2, 1, 2)],
            sm0001.Decoys!.Kinds);
        Assert.Equal((3, 1, (int?)2), (sm0001.Decoys.Planted, sm0001.Decoys.BecameLeads, sm0001.Decoys.BestRank));
        Assert.Equal(0.5, sm0001.Decoys.Kinds[1].Share);
        Assert.Equal(1.0 / 3, sm0001.Decoys.Share, 1e-12);

        var sm0002 = quality.Single(q => q.ModelId == "SM0002"); // only decoys planted: still reported
        Assert.Equal((0, 0), (sm0002.Planted, sm0002.Found));
        Assert.Equal(new DecoyKindQuality("同名不同人", 1, 0, null), Assert.Single(sm0002.Decoys!.Kinds));
    }

    [Fact]
    public async Task Evaluate_WrongLeads_NameTheDecoyTheyAre_OrNone()
    {
        using var temp = new TempFolder();
        var (truth, decoys) = await ReadAsync(temp);
        Lead[] leads = [Lead(Planted, "原告", 1), Lead(Lender, "原告", 2), Lead(Background, "原告", 3), Lead(WageCreditor, "被告", 4)];

        var sm0001 = LeadEvaluation.Evaluate(leads, truth, decoys).Single(q => q.ModelId == "SM0001");

        Assert.Equal(sm0001.FalsePositives, sm0001.WrongLeads.Select(w => w.Lead));
        Assert.Equal(
            [(Lender, "持牌放贷机构", "小额贷款公司依合同起诉借款人"), (Background, null, null), (WageCreditor, null, null)],
            sm0001.WrongLeads.Select(w => (w.Lead.Subject.Key, w.Decoy?.DecoyKind, w.Decoy?.Note)));
        var missed = Assert.Single(sm0001.Missed);
        Assert.Equal(("李四", "以车抵债后号牌被拍卖"), (missed.Name, missed.Note));
    }

    [Fact]
    public async Task Evaluate_WithoutDecoys_HasNoDecoySection_AndNoWrongLeadIsCalledADecoy()
    {
        using var temp = new TempFolder();
        var (truth, _) = await ReadAsync(temp);
        Lead[] leads = [Lead(Planted, "原告", 1), Lead(Lender, "原告", 2)];

        var quality = Assert.Single(LeadEvaluation.Evaluate(leads, truth));

        Assert.Null(quality.Decoys);
        Assert.Equal((Lender, (DecoyLead?)null), (Assert.Single(quality.WrongLeads).Lead.Subject.Key, quality.WrongLeads[0].Decoy));
    }

    [Fact]
    public async Task ReadTruthAndDecoys_TheGeneratorsLines_AllFieldsRead()
    {
        using var temp = new TempFolder();

        var (truth, decoys) = await ReadAsync(temp);

        Assert.Equal(4, decoys.Count); // the blank line is skipped
        var lender = decoys[0];
        Assert.Equal(
            ("SM0001", Lender, "原告", "运运小额贷款有限公司", "持牌放贷机构", "小额贷款公司依合同起诉借款人"),
            (lender.ModelId, lender.SubjectKey, lender.Role, lender.Name, lender.DecoyKind, lender.Note));
        Assert.Equal(["（2019）鲁0403民初71号"], lender.Evidence["judgments"]);
        Assert.Equal(["paraphrase"], truth[0].Tags);
        Assert.Equal(["（2021）鲁0403民初1号"], truth[0].Evidence["judgments"]);
        Assert.Equal("同一原告多次起诉，车牌额度被拍卖", truth[0].Note);
    }

    [Theory]
    [InlineData("{\"modelId\":\"SM0001\",", "2: not valid JSON: ")]
    [InlineData("{\"modelId\":\"SM0001\",\"subjectKey\":\"ID:1\",\"role\":\"原告\",\"note\":\"没有类型\"}", "2: a decoys line needs modelId, subjectKey and decoyKind.")]
    [InlineData("null", "2: a decoys line needs an object.")]
    public async Task ReadDecoys_BadLine_NamesFileAndLine(string badLine, string message)
    {
        using var temp = new TempFolder();
        var path = temp.Combine("decoys.jsonl");
        await File.WriteAllLinesAsync(path, [Decoys.Split('\n')[0], badLine], TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<LeadFileException>(() => LeadEvaluation.ReadDecoysAsync(path, TestContext.Current.CancellationToken));

        Assert.StartsWith($"{path}:{message}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadDecoys_NoSuchFile_SaysSo()
    {
        using var temp = new TempFolder();

        var error = await Assert.ThrowsAsync<LeadFileException>(() => LeadEvaluation.ReadDecoysAsync(temp.Combine("decoys.jsonl"), TestContext.Current.CancellationToken));

        Assert.Equal($"{temp.Combine("decoys.jsonl")}: no such decoys file.", error.Message);
    }
}
