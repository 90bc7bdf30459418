using System.Text;
using System.Text.Json;

namespace SupervisionModels.Reporting.Tests;

public sealed class CsvAndJsonReportTests
{
    private static async Task<byte[]> WriteAsync(LeadReport report, ReportFormat format)
    {
        using var stream = new MemoryStream();
        await ReportWriter.WriteAsync(report, format, stream);
        return stream.ToArray();
    }

    [Fact]
    public async Task Csv_StartsWithBom_HasHeaderAndOneRowPerLead_Masked()
    {
        var bytes = await WriteAsync(TestLeads.Report(), ReportFormat.Csv);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        Assert.StartsWith("模型,排名,线索编号,对象,对象类型,角色,主体标识,识别方式,分值,涉案金额（元）,命中规则,证据数\r\n", text, StringComparison.Ordinal);
        Assert.Contains("SM0001,1,SM0001-AAAAAAAAAA,张*,自然人,原告,ID:3704**********1234,身份证号,60,264000.00,\"R2 同一原告多次起诉（+10，3 次，264,000.00 元）\nR4 拍卖车牌额度，案款付原告（+50，1 次）\",2\r\n", text, StringComparison.Ordinal);
        Assert.Contains("SM0002,1,SM0002-CCCCCCCCCC,龙口市福润特种气体经营部,单位,非法销售者,CC:92370681MA54UWTB51,", text, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestLeads.PlaintiffId, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_Unmasked_ShowsNamesAndIds()
    {
        var text = Encoding.UTF8.GetString(await WriteAsync(TestLeads.Report(unmask: true), ReportFormat.Csv));

        Assert.Contains(",张三,自然人,原告,ID:" + TestLeads.PlaintiffId + ",", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("-1", "-1")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("a,b", "\"a,b\"")]
    public void CsvField_QuotesAndDefusesFormulas(string value, string expected) =>
        Assert.Equal(expected, Writers.CsvReportWriter.Field(value));

    [Fact]
    public async Task Json_HasReportHeader_AndLeadsInTheLeadFormat()
    {
        using var json = JsonDocument.Parse(await WriteAsync(TestLeads.Report(), ReportFormat.Json));

        var header = json.RootElement.GetProperty("report");
        Assert.Equal(3, header.GetProperty("leadCount").GetInt32());
        Assert.True(header.GetProperty("masked").GetBoolean());
        Assert.Equal("/runs/leads.jsonl", header.GetProperty("source").GetString());
        Assert.Equal(2, header.GetProperty("leadsPerModel").GetProperty("SM0002").GetInt32());
        Assert.Equal("0.1.0", header.GetProperty("run").GetProperty("summary").GetProperty("engineVersion").GetString());
        Assert.Equal(JsonValueKind.Null, header.GetProperty("runNote").ValueKind);
        var leads = json.RootElement.GetProperty("leads");
        Assert.Equal(["SM0001-AAAAAAAAAA", "SM0002-CCCCCCCCCC", "SM0002-BBBBBBBBBB"], leads.EnumerateArray().Select(l => l.GetProperty("leadId").GetString()));
        var first = leads[0];
        Assert.Equal("张*", first.GetProperty("subject").GetProperty("name").GetString());
        Assert.Equal("…原告张*与被告枣庄某运输有限公司以被告名下【车牌额度】抵偿，张*电话138****5678…",
            first.GetProperty("evidence")[0].GetProperty("excerpt").GetString());
        Assert.Equal("车牌额度", first.GetProperty("evidence")[0].GetProperty("matchedWords")[0].GetString());
    }

    [Fact]
    public async Task Json_WithoutRunRecord_SaysSo()
    {
        using var json = JsonDocument.Parse(await WriteAsync(TestLeads.Report(withoutRun: true), ReportFormat.Json));

        var header = json.RootElement.GetProperty("report");
        Assert.Equal(JsonValueKind.Null, header.GetProperty("run").ValueKind);
        Assert.Equal(ReportHeader.NoRunRecordNote, header.GetProperty("runNote").GetString());
    }

    [Fact]
    public async Task WriteToPath_Cancelled_LeavesNoFile()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("leads.xlsx");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ReportWriter.WriteAsync(TestLeads.Report(), ReportFormat.Xlsx, path, cancelled.Token));

        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Theory]
    [InlineData("out/leads.XLSX", ReportFormat.Xlsx)]
    [InlineData("leads.htm", ReportFormat.Html)]
    [InlineData("leads.csv", ReportFormat.Csv)]
    [InlineData("leads.json", ReportFormat.Json)]
    public void FormatFromPath_ReadsTheExtension(string path, ReportFormat expected) => Assert.Equal(expected, ReportFormats.FromPath(path));

    [Fact]
    public void FormatFromPath_UnknownExtension_IsNull() => Assert.Null(ReportFormats.FromPath("leads.txt"));
}
