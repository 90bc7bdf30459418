using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SupervisionModels.Leads;
using SupervisionModels.Reporting.Writers;

namespace SupervisionModels.Reporting.Tests;

/// <summary>What a reader sees first: rules named in the collapsed rows, one time zone, short paths, only scoring rules, each record once.</summary>
public sealed class ReportReadingTests
{
    /// <summary>A plaintiff whose group rule R1 fired once for four suits, R2 on the same suits, and R9 at weight 0.</summary>
    private static Lead GroupLead()
    {
        var suits = Enumerable.Range(1, 4).Select(n => $"（2021）鲁0403民初{n}号").ToArray();
        var evidence = new List<Evidence>();
        foreach (var rule in new[] { "R1", "R2" })
        {
            foreach (var suit in suits)
            {
                evidence.Add(new Evidence(rule, "judgments", suit) { Excerpt = $"{suit}：以被告名下【车牌额度】抵偿", MatchedWords = ["车牌额度"] });
                evidence.Add(new Evidence(rule, "judgment_parties", suit + "#1"));
            }
        }

        evidence.Add(new Evidence("R9", "enterprises", "91370403MA00000001"));
        return new Lead(
            "SM0001-GGGGGGGGGG", "SM0001", "1.0.0", new LeadSubject("CC:91370403MA00000002", "枣庄某运输有限公司", "organization", "原告", "creditCode"), 35, 1,
            [new LeadRule("R1", "同一原告在筛查文书中作为原告起诉 ≥ 2 件", 10, 1), new LeadRule("R2", "被告单位在起诉时已吊销、注销、列入经营异常名录", 25, 4), new LeadRule("R9", "被告为僵尸企业", 0, 1)],
            evidence);
    }

    private static LeadReport Report(string? workingDirectory) => LeadReport.Create([GroupLead()], TestLeads.Run, new ReportOptions
    {
        SourcePath = "/data/out/leads.jsonl",
        GeneratedAt = new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(8)),
        WorkingDirectory = workingDirectory,
    });

    [Fact]
    public void LeadEvidence_EachRecordOnce_WithTheRulesItSupports_GroupRuleCountsItsRecords()
    {
        var lead = GroupLead();

        var records = LeadEvidence.Records(lead);

        Assert.Equal(9, records.Count); // 4 suits, 4 party rows, 1 enterprise: not 17
        Assert.Equal(["judgments", "judgments", "judgments", "judgments", "judgment_parties", "judgment_parties", "judgment_parties", "judgment_parties", "enterprises"], records.Select(r => r.Dataset));
        Assert.All(records.Take(8), r => Assert.Equal(["R1", "R2"], r.RuleIds));
        Assert.Equal("（2021）鲁0403民初1号：以被告名下【车牌额度】抵偿", records[0].Excerpt);
        Assert.Equal(4, LeadEvidence.Count(lead, lead.Rules[0])); // R1 fired once for its group of four suits
        Assert.Equal(4, LeadEvidence.Count(lead, lead.Rules[1]));
    }

    [Fact]
    public void Html_CollapsedRowNamesItsRules_WithoutZeroWeightRules_EvidenceOnce()
    {
        var html = HtmlReportWriter.Render(Report(null), TestContext.Current.CancellationToken);

        Assert.Contains("R1 <span class=\"rule-text\">同一原告在筛查文书中作为…</span> +10", html, StringComparison.Ordinal);
        Assert.Contains("R2 <span class=\"rule-text\">被告单位在起诉时已吊销、…</span> +25", html, StringComparison.Ordinal);
        Assert.DoesNotContain("R9", html, StringComparison.Ordinal); // weight 0: nothing added to the score
        Assert.DoesNotContain("91370403MA00000001", html, StringComparison.Ordinal); // its evidence goes with it
        Assert.Contains("<td>R1</td><td>同一原告在筛查文书中作为原告起诉 ≥ 2 件</td><td class=\"num\">+10</td><td class=\"num\">4</td>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>证据（8 条记录）</h3>", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<span class=\"record\">（2021）鲁0403民初1号</span>"));
    }

    [Fact]
    public void Html_RunStartAndGenerationInOneTimeZone_DataFolderRelativeToTheWorkingFolder()
    {
        var html = HtmlReportWriter.Render(Report("/"), TestContext.Current.CancellationToken);

        Assert.Contains("<dt>报告生成</dt><dd>2026-12-02 09:00:00 UTC+08:00</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>运行开始</dt><dd>2026-12-01 16:30:00 UTC+08:00</dd>", html, StringComparison.Ordinal); // 08:30 UTC
        Assert.Contains("<dd id=\"data-folder\">data</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>线索文件</dt><dd>data/out/leads.jsonl</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<td>judgments</td><td>part-00000.parquet</td>", html, StringComparison.Ordinal); // inside its dataset's folder
    }

    [Fact]
    public void Html_DataFolderOutsideTheWorkingFolder_IsShownWhole()
    {
        var html = HtmlReportWriter.Render(Report("/elsewhere"), TestContext.Current.CancellationToken);

        Assert.Contains("<dd id=\"data-folder\">/data</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_HasTheRunStartInTheReportsTimeZone_AndTheShownDataFolder()
    {
        using var stream = new MemoryStream();
        await ReportWriter.WriteAsync(Report("/"), ReportFormat.Json, stream, TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(stream.ToArray());
        var header = json.RootElement.GetProperty("report");

        Assert.Equal("2026-12-02T09:00:00+08:00", header.GetProperty("generatedAt").GetString());
        Assert.Equal("2026-12-01T16:30:00+08:00", header.GetProperty("runStartedAt").GetString());
        Assert.Equal("data", header.GetProperty("dataDirectory").GetString());
        Assert.Equal("data/out/leads.jsonl", header.GetProperty("source").GetString());
        Assert.DoesNotContain(json.RootElement.GetProperty("leads")[0].GetProperty("rules").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "R9");
    }

    [Fact]
    public async Task Xlsx_SummaryHasTheSameTimesAndDataFolder()
    {
        using var stream = new MemoryStream();
        await ReportWriter.WriteAsync(Report("/"), ReportFormat.Xlsx, stream, TestContext.Current.CancellationToken);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "摘要");
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray();
        var cells = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>()
            .Select(c => c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)] : c.InnerText)
            .ToList();

        Assert.Equal("2026-12-02 09:00:00 UTC+08:00", cells[cells.IndexOf("报告生成时间") + 1]);
        Assert.Equal("2026-12-01 16:30:00 UTC+08:00", cells[cells.IndexOf("运行开始") + 1]);
        Assert.Equal("data", cells[cells.IndexOf("数据目录") + 1]);
        Assert.Contains("data/judgments", cells);
    }

    [Fact]
    public void Short_CutsLongDescriptionsWithAnEllipsis_KeepsShortOnes()
    {
        Assert.Equal("同一原告多次起诉", LeadText.Short("同一原告多次起诉"));
        Assert.Equal("被告单位在起诉时已吊销、…", LeadText.Short("被告单位在起诉时已吊销、注销、列入经营异常名录"));
    }
}
