using SupervisionModels.Leads;
using SupervisionModels.Runtime;
using SupervisionModels.Runtime.Facts;
using SupervisionModels.Runtime.Leads;

namespace SupervisionModels.Reporting.Tests;

/// <summary>A tiny set of leads, as a run would write them: two models, three leads, one organisation.</summary>
internal static class TestLeads
{
    public const string PlaintiffId = "370403198001011234";

    public static Lead Plaintiff { get; } = new(
        "SM0001-AAAAAAAAAA", "SM0001", "1.0.0",
        new LeadSubject("ID:" + PlaintiffId, "张三", "person", "原告", "idNumber"),
        Score: 60, Rank: 1,
        [new LeadRule("R2", "同一原告多次起诉", 10, 3) { Amount = 264000m }, new LeadRule("R4", "拍卖车牌额度，案款付原告", 50, 1)],
        [
            new Evidence("R2", "judgments", "（2021）鲁0403民初1234号")
            {
                Excerpt = "…原告张三与被告枣庄某运输有限公司以被告名下【车牌额度】抵偿，张三电话13812345678…",
                MatchedWords = ["车牌额度"],
                Probability = 0.98,
            },
            new Evidence("R4", "plate_auctions", "PA-2021-0007"),
        ])
    { Amount = 264000m };

    public static Lead Minor { get; } = new(
        "SM0002-BBBBBBBBBB", "SM0002", "1.0.0",
        new LeadSubject("PN:欧阳娜娜", "欧阳娜娜", "person", "未成年人", "normalizedName"),
        Score: 40, Rank: 2,
        [new LeadRule("M1", "涉“笑气”警情中的未成年人", 30, 1), new LeadRule("M3", "多次出现", 10, 2)],
        [new Evidence("M1", "police_cases", "A370681513000202110000441") { Excerpt = "…在山东省烟台市龙口市石良镇杏山村309号吸食【笑气】，身份证号370681200802114665…", MatchedWords = ["笑气"] }]);

    public static Lead Seller { get; } = new(
        "SM0002-CCCCCCCCCC", "SM0002", "1.0.0",
        new LeadSubject("CC:92370681MA54UWTB51", "龙口市福润特种气体经营部", "organization", "非法销售者", "creditCode"),
        Score: 70, Rank: 1,
        [new LeadRule("S1", "因销售“笑气”被查处", 15, 1)],
        [new Evidence("S1", "waybills", "YD2022080200000358")]);

    public static IReadOnlyList<Lead> All { get; } = [Minor, Plaintiff, Seller];

    public static RunRecord Run { get; } = new(
        new RunSummary("0.1.0", new DateTimeOffset(2026, 12, 1, 8, 30, 0, TimeSpan.Zero), TimeSpan.FromSeconds(5.1),
            [
                new ModelSummary("SM0001", "虚假诉讼·套取车牌额度拍卖款", "1.0.0", "民事检察", 1, new Dictionary<string, string> { ["min-cases"] = "2" }, []),
                new ModelSummary("SM0002", "未成年人“笑气”滥用", "1.0.0", "公益诉讼", 2, new Dictionary<string, string>(), []),
            ],
            [
                new DatasetSummary(new DatasetProvenance("judgments", "/data/judgments",
                    [new DatasetFile("/data/judgments/part-00000.parquet", 1234, new string('a', 64))], 4), ["case_no"], ["full_text"], 4, 100, TimeSpan.Zero),
            ],
            ["a warning"]),
        "/data",
        new Dictionary<string, object?> { ["SM0001"] = "enabled" });

    public static LeadReport Report(bool unmask = false, RunRecord? run = null, bool withoutRun = false) =>
        LeadReport.Create(All, withoutRun ? null : run ?? Run, new ReportOptions
        {
            SourcePath = "/runs/leads.jsonl",
            GeneratedAt = new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(8)),
            Unmask = unmask,
        });
}
